package nl.frontoffice.auth.digid;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

import nl.frontoffice.auth.saml.PendingLogin;

/**
 * Where to send the citizen's browser (a 303 to DigiD with a signed AuthnRequest), and the pending
 * login the portal keeps in the HTTP session and hands back, once, to
 * {@link DigidLogin#complete(String, PendingLogin)}.
 *
 * @param location   DigiD's SingleSignOnService URL with SAMLRequest, RelayState, SigAlg and Signature
 * @param pending    the request id and requested level, bound to the browser session
 * @param relayState the local path the citizen returns to (what was asked if it was a local path, else {@code /mijn/})
 */
public record LoginRedirect(URI location, PendingLogin pending, String relayState) implements Serializable {

    public LoginRedirect {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(relayState, "relayState");
    }
}
