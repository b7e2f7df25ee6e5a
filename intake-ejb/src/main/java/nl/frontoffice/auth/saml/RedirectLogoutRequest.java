package nl.frontoffice.auth.saml;

import java.net.URI;
import java.util.Objects;

/**
 * A signed LogoutRequest encoded for the HTTP-Redirect binding: send the browser to
 * {@link #location()} (a 302/303) and keep {@link #pending()} in the session.
 *
 * <p>The location's query carries the citizen's NameID ({@code s00000000:<BSN>}, DEFLATEd and
 * base64-encoded) as DigiD's protocol wants it: never log it. {@link #toString()} leaves the
 * query out.
 *
 * @param location the IdP's SingleLogoutService URL with {@code SAMLRequest}, {@code RelayState},
 *                 {@code SigAlg} and {@code Signature} in its query
 * @param pending  the request id to bind to the browser session
 */
public record RedirectLogoutRequest(URI location, PendingLogout pending) {

    public RedirectLogoutRequest {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pending, "pending");
    }

    @Override
    public String toString() {
        return "RedirectLogoutRequest[" + location.getScheme() + "://" + location.getRawAuthority()
                + location.getRawPath() + ", " + pending + "]";
    }
}
