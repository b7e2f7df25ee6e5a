package nl.frontoffice.auth.saml;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * A citizen whose DigiD assertion passed every check. {@link #toString()} shows the BSN masked only.
 *
 * @param bsn           the citizen's BSN (passes the eleven test)
 * @param level         the assurance level DigiD vouches for, at least the level asked
 * @param sessionIndex  DigiD's session index, needed for single logout
 * @param assertionId   the assertion's ID, for the audit log
 * @param notOnOrAfter  when the assertion stops being valid (the earliest NotOnOrAfter it carries)
 */
public record AuthenticatedCitizen(Bsn bsn, AssuranceLevel level, String sessionIndex, String assertionId,
        Instant notOnOrAfter) implements Serializable {

    public AuthenticatedCitizen {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sessionIndex, "sessionIndex");
        Objects.requireNonNull(assertionId, "assertionId");
        Objects.requireNonNull(notOnOrAfter, "notOnOrAfter");
    }
}
