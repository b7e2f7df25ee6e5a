package nl.frontoffice.domain.staff;

/**
 * What a staff member may do. Stored by name in table {@code staff_role}.
 */
public enum StaffRole {

    /** Klantcontactcentrum: answers the phone and the counter, registers contact moments and intakes. */
    KCC,
    /** Consulent: handles cases in the domains of his teams. */
    CONSULENT,
    /** Teamleider: assigns and oversees the cases of his teams. */
    TEAMLEIDER,
    /** Functioneel beheerder: manages teams and staff accounts. */
    BEHEERDER;

    /**
     * @return the resource-bundle key of the role's name, e.g. {@code staffrole.KCC}
     */
    public String getMessageKey() {
        return "staffrole." + name();
    }
}
