package nl.frontoffice.cases.work;

import java.util.Objects;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffRole;

/**
 * Who of the staff may do what with a case, by role and by the domains of his teams. The one place
 * these rules live; {@link CaseHandlingService} asks it on every call.
 *
 * <ul>
 *   <li><b>Summary and history</b> (timeline level): KCC for any case (the citizen on the phone may
 *       ask about any of his cases); consulent and team lead only in the domains of their teams.</li>
 *   <li><b>Details</b> (notes, intake answers and documents, the citizen's BSN): KCC, consulent and
 *       team lead, only in the domains of their teams.</li>
 *   <li><b>Claim</b>: consulent or team lead of the domain, when nobody has the case.</li>
 *   <li><b>Assign</b>: team lead of the domain (to a member of one of his teams).</li>
 *   <li><b>Handle</b> (status, suspend, resume, extend, decision): the assignee (a consulent or team
 *       lead of the domain), or any team lead of the domain.</li>
 *   <li><b>Notes</b>: consulent or team lead of the domain.</li>
 * </ul>
 * A BEHEERDER manages staff and teams and has no access to cases.
 */
public final class CaseAccessPolicy {

    private final StaffAccess access;

    /** @param access the caller */
    public CaseAccessPolicy(StaffAccess access) {
        this.access = Objects.requireNonNull(access, "access");
    }

    private boolean handler() {
        return access.hasRole(StaffRole.CONSULENT) || access.hasRole(StaffRole.TEAMLEIDER);
    }

    /** @return whether the caller may see the case's summary and history */
    public boolean maySeeSummary(SocialDomain domain) {
        return access.hasRole(StaffRole.KCC) || handler() && access.mayServe(domain);
    }

    /** @return whether the caller may see notes, answers, documents and the citizen of the case */
    public boolean maySeeDetails(SocialDomain domain) {
        return (access.hasRole(StaffRole.KCC) || handler()) && access.mayServe(domain);
    }

    /** @return whether the caller may take the case (when it is unassigned) */
    public boolean mayClaim(SocialDomain domain) {
        return handler() && access.mayServe(domain);
    }

    /** @return whether the caller may assign the case to a member of his teams */
    public boolean mayAssign(SocialDomain domain) {
        return access.hasRole(StaffRole.TEAMLEIDER) && access.mayServe(domain);
    }

    /**
     * @param assigneeUsername the case's assignee, or {@code null}
     * @return whether the caller may move, suspend, resume, extend or decide the case
     */
    public boolean mayHandle(SocialDomain domain, String assigneeUsername) {
        if (!access.mayServe(domain)) {
            return false;
        }
        return access.hasRole(StaffRole.TEAMLEIDER)
                || access.hasRole(StaffRole.CONSULENT) && access.getUsername().equals(assigneeUsername);
    }

    /** @return whether the caller may write internal notes on the case */
    public boolean mayWriteNotes(SocialDomain domain) {
        return handler() && access.mayServe(domain);
    }
}
