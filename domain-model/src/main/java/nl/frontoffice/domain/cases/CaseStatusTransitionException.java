package nl.frontoffice.domain.cases;

import nl.frontoffice.domain.shared.DomainException;

/**
 * A case cannot move to the requested status. The message key says why:
 * <ul>
 *   <li>{@value #UNKNOWN_STATUS}: the case type has no status with that code (argument: the code);</li>
 *   <li>{@value #SAME_STATUS}: the case already has that status (argument: the code);</li>
 *   <li>{@value #TERMINAL_STATUS}: the case has a final status, e.g. CLOSED, and cannot change any
 *       more (arguments: the current code, the requested code).</li>
 * </ul>
 */
public class CaseStatusTransitionException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** The case type has no status with the requested code. */
    public static final String UNKNOWN_STATUS = "case.status.unknown";
    /** The case already has the requested status. */
    public static final String SAME_STATUS = "case.status.same";
    /** The case has a terminal status. */
    public static final String TERMINAL_STATUS = "case.status.terminal";

    private CaseStatusTransitionException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    static CaseStatusTransitionException unknownStatus(String requested) {
        return new CaseStatusTransitionException(UNKNOWN_STATUS, requested);
    }

    static CaseStatusTransitionException sameStatus(String current) {
        return new CaseStatusTransitionException(SAME_STATUS, current);
    }

    static CaseStatusTransitionException terminalStatus(String current, String requested) {
        return new CaseStatusTransitionException(TERMINAL_STATUS, current, requested);
    }
}
