package nl.frontoffice.cases.work;

/** Which cases of the worklist by assignee. */
public enum AssigneeFilter {
    /** Assigned or not, to anyone. */
    ANYONE,
    /** Assigned to the caller. */
    MINE,
    /** Not assigned to anyone. */
    UNASSIGNED,
    /** Assigned to the staff member named in the filter. */
    STAFF_MEMBER
}
