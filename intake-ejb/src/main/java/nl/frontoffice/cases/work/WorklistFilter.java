package nl.frontoffice.cases.work;

import java.time.LocalDate;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * What the worklist shows, within the domains of the caller's teams. Every field is optional
 * ({@code null}: no filter). Build with {@link #openCases()} and the {@code with…} methods.
 *
 * @param statusCode       only cases in this status
 * @param domain           only cases of this domain (one of the caller's; another gives an empty list)
 * @param caseTypeCode     only cases of this case type
 * @param assignee         by assignee; {@code null} is {@link AssigneeFilter#ANYONE}
 * @param assigneeUsername the staff member for {@link AssigneeFilter#STAFF_MEMBER}
 * @param deadlineFrom     deadline on or after this day
 * @param deadlineTo       deadline on or before this day
 * @param urgent           only urgent ({@code true}) or only not urgent ({@code false}) cases
 * @param includeClosed    also closed cases (default: open cases only)
 */
public record WorklistFilter(String statusCode, SocialDomain domain, String caseTypeCode, AssigneeFilter assignee,
                             String assigneeUsername, LocalDate deadlineFrom, LocalDate deadlineTo, Boolean urgent,
                             boolean includeClosed) {

    /** @return all open cases of the caller's domains */
    public static WorklistFilter openCases() {
        return new WorklistFilter(null, null, null, AssigneeFilter.ANYONE, null, null, null, null, false);
    }

    public WorklistFilter withStatus(String code) {
        return new WorklistFilter(code, domain, caseTypeCode, assignee, assigneeUsername, deadlineFrom, deadlineTo, urgent, includeClosed);
    }

    public WorklistFilter withDomain(SocialDomain value) {
        return new WorklistFilter(statusCode, value, caseTypeCode, assignee, assigneeUsername, deadlineFrom, deadlineTo, urgent, includeClosed);
    }

    public WorklistFilter withCaseType(String code) {
        return new WorklistFilter(statusCode, domain, code, assignee, assigneeUsername, deadlineFrom, deadlineTo, urgent, includeClosed);
    }

    /** @param value {@link AssigneeFilter#MINE}, {@link AssigneeFilter#UNASSIGNED} or {@link AssigneeFilter#ANYONE} */
    public WorklistFilter withAssignee(AssigneeFilter value) {
        return new WorklistFilter(statusCode, domain, caseTypeCode, value, null, deadlineFrom, deadlineTo, urgent, includeClosed);
    }

    /** @return only the cases assigned to this staff member */
    public WorklistFilter withAssignee(String username) {
        return new WorklistFilter(statusCode, domain, caseTypeCode, AssigneeFilter.STAFF_MEMBER, username, deadlineFrom, deadlineTo, urgent, includeClosed);
    }

    public WorklistFilter withDeadlineBetween(LocalDate from, LocalDate to) {
        return new WorklistFilter(statusCode, domain, caseTypeCode, assignee, assigneeUsername, from, to, urgent, includeClosed);
    }

    public WorklistFilter withUrgent(Boolean value) {
        return new WorklistFilter(statusCode, domain, caseTypeCode, assignee, assigneeUsername, deadlineFrom, deadlineTo, value, includeClosed);
    }

    public WorklistFilter includingClosed(boolean value) {
        return new WorklistFilter(statusCode, domain, caseTypeCode, assignee, assigneeUsername, deadlineFrom, deadlineTo, urgent, value);
    }
}
