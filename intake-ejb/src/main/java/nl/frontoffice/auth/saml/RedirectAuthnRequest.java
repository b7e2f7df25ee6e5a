package nl.frontoffice.auth.saml;

import java.net.URI;

/**
 * An AuthnRequest encoded for the HTTP-Redirect binding: send the browser to {@link #location()}
 * (a 302/303) and keep {@link #pending()} in the session.
 *
 * @param location the IdP's SingleSignOnService URL with {@code SAMLRequest}, {@code RelayState},
 *                 {@code SigAlg} and {@code Signature} in its query
 * @param pending  the request id and level to bind to the browser session
 */
public record RedirectAuthnRequest(URI location, PendingLogin pending) {
}
