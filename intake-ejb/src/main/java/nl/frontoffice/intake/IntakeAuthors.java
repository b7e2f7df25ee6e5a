package nl.frontoffice.intake;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.ActorType;

/**
 * Who may write an intake in whose name. A citizen's own intake is reached only through the DigiD
 * pages, which take the citizen from the login; an intake on a citizen's behalf names a staff
 * member as its author, and only that staff member, logged in with a role that takes intakes
 * (KCC, consulent, team lead), may load, change or send it. The services call
 * {@link #checkCaller} first, so a forged author is refused on the server whatever the page does.
 */
final class IntakeAuthors {

    private IntakeAuthors() {
    }

    /**
     * @throws EJBAccessException when the author is a staff member other than the caller, or the
     *         caller has no role that takes intakes
     */
    static void checkCaller(SessionContext context, Actor author) {
        if (author.getType() != ActorType.STAFF) {
            return;
        }
        boolean self = author.getIdentifier().equals(context.getCallerPrincipal().getName());
        boolean takesIntakes = context.isCallerInRole(StaffRoles.KCC) || context.isCallerInRole(StaffRoles.CONSULENT)
                || context.isCallerInRole(StaffRoles.TEAMLEIDER);
        if (!self || !takesIntakes) {
            throw new EJBAccessException("an intake on a citizen's behalf is only for its own author with an intake role");
        }
    }
}
