package nl.frontoffice.auth.digid;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

import nl.frontoffice.auth.saml.PendingLogout;

/**
 * Where to send the citizen's browser to end the DigiD session too (a 303 to DigiD's
 * SingleLogoutService with a signed LogoutRequest), and the pending logout the portal keeps in the
 * new, anonymous HTTP session and hands back, once, to
 * {@link DigidLogin#completeLogout(String, PendingLogout)}.
 *
 * <p>The location's query carries the citizen's DigiD NameID (which holds the BSN) DEFLATEd and
 * base64-encoded, as DigiD's protocol requires: send it as a redirect, never log it.
 * {@link #toString()} leaves the query out.
 *
 * @param location   DigiD's SingleLogoutService URL with SAMLRequest, RelayState, SigAlg and Signature
 * @param pending    the LogoutRequest id and when it was made, bound to the browser session
 * @param relayState the local path sent as RelayState (what was asked if it was a local path, else {@code /})
 */
public record LogoutRedirect(URI location, PendingLogout pending, String relayState) implements Serializable {

    public LogoutRedirect {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(relayState, "relayState");
    }

    @Override
    public String toString() {
        return "LogoutRedirect[" + location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath()
                + ", " + pending + ", relayState=" + relayState + "]";
    }
}
