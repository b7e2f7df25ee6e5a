package nl.frontoffice.domain.audit;

import java.io.Serializable;
import java.time.Instant;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * What a BEHEERDER searches the audit trail for; every part is optional ({@code null}: any), the
 * parts that are given must all match.
 *
 * @param staffUsername the staff member's username, exactly
 * @param citizenBsn    the citizen
 * @param event         the kind of view
 * @param from          from this moment (inclusive)
 * @param until         until this moment (exclusive)
 */
public record AuditQuery(String staffUsername, Bsn citizenBsn, PersonalDataEvent event, Instant from, Instant until)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Blank usernames become {@code null}; the range must not be reversed. */
    public AuditQuery {
        staffUsername = staffUsername == null || staffUsername.isBlank() ? null : staffUsername.strip();
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until is before from");
        }
    }

    /** @return a query that matches every row */
    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }

    /** @return never the BSN */
    @Override
    public String toString() {
        return "AuditQuery[staff=" + staffUsername + ", citizen=" + citizenBsn + ", event=" + event + ", from=" + from
                + ", until=" + until + "]";
    }
}
