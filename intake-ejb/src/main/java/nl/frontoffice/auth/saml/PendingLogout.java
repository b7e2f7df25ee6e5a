package nl.frontoffice.auth.saml;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A single logout this service provider started and DigiD has not answered yet: the id of our
 * LogoutRequest and when it was made. The HTTP side keeps it in the (new, anonymous) session it
 * opens when it ends the citizen's session and sends the browser to DigiD, and hands it, once, to
 * {@link LogoutResponseValidator}: the LogoutResponse must answer exactly this request, and the
 * validator also records the request id as answered, so a second answer is refused.
 *
 * @param logoutRequestId the ID of our LogoutRequest, which the LogoutResponse's InResponseTo must be
 * @param issuedAt        the LogoutRequest's IssueInstant
 */
public record PendingLogout(String logoutRequestId, Instant issuedAt) implements Serializable {

    public PendingLogout {
        Objects.requireNonNull(logoutRequestId, "logoutRequestId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
