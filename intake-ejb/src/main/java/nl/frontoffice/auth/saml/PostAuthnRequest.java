package nl.frontoffice.auth.saml;

import java.net.URI;
import java.util.Optional;

/**
 * An AuthnRequest encoded for the HTTP-POST binding: render an auto-submitting form that posts
 * {@code SAMLRequest} (and {@code RelayState}, if any) to {@link #action()}, HTML-escaping the
 * values, and keep {@link #pending()} in the session.
 *
 * @param action      the IdP's SingleSignOnService URL for HTTP-POST
 * @param samlRequest the base64 of the signed AuthnRequest XML, the value of the form field {@code SAMLRequest}
 * @param relayState  the value of the form field {@code RelayState}, if any
 * @param pending     the request id and level to bind to the browser session
 */
public record PostAuthnRequest(URI action, String samlRequest, Optional<String> relayState, PendingLogin pending) {
}
