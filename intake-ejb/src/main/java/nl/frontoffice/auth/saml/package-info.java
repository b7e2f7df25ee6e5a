/**
 * The service-provider side of DigiD's SAML 2.0 protocol as a plain-Java library: signed
 * AuthnRequests (HTTP-Redirect and HTTP-POST), the HTTP-Artifact binding with a signed SOAP
 * ArtifactResolve over mutual TLS, the strict validation of the ArtifactResponse and its
 * assertion, and single logout by HTTP-Redirect (our signed LogoutRequest, DigiD's LogoutResponse
 * checked). No OpenSAML: XML is parsed only by {@link nl.frontoffice.auth.saml.SecureXml} and
 * signatures are made and checked with the JDK's XML Digital Signature API, with secure validation
 * on.
 *
 * <p>Nothing here is a container component: every class takes what it needs by constructor (a
 * {@link java.time.Clock} for time, a {@link nl.frontoffice.auth.saml.ReplayCache} for
 * once-only use), so an EJB facade and the HTTP authentication mechanism are built on top of it.
 *
 * <p>Usage, the whole login:
 * <pre>{@code
 * AuthnRequests requests = new AuthnRequests(sp, idp, clock);
 * RedirectAuthnRequest redirect = requests.redirect(AssuranceLevel.MIDDEN, relayState);
 * session.setAttribute(PENDING, redirect.pending());          // bind the request id to the session
 * response.sendRedirect(redirect.location().toString());
 * // ... the citizen comes back to the assertion consumer service with ?SAMLart=...
 * PendingLogin pending = (PendingLogin) session.getAttribute(PENDING);
 * session.removeAttribute(PENDING);                            // usable once
 * AuthenticatedCitizen citizen = new ArtifactConsumer(sp, idp, client, replayCache, clock)
 *         .consume(request.getParameter("SAMLart"), pending);
 * }</pre>
 *
 * <p>Usage, single logout (HTTP-Redirect both ways, each signed over the query string):
 * <pre>{@code
 * LogoutRequests logouts = new LogoutRequests(sp, idp, clock);
 * if (logouts.supported()) {                                   // both sides have a SingleLogoutService
 *     RedirectLogoutRequest redirect = logouts.redirect(citizen, "/");
 *     newSession.setAttribute(PENDING_LOGOUT, redirect.pending());
 *     response.sendRedirect(redirect.location().toString());
 * }
 * // ... the browser comes back to our single logout service with ?SAMLResponse=...
 * LogoutResult result = new LogoutResponseValidator(sp, idp, replayCache, clock)
 *         .validate(request.getQueryString(), pending);        // result.success(), or the status
 * }</pre>
 *
 * <p>Every rejection is a {@link nl.frontoffice.auth.saml.SamlValidationException} carrying a
 * {@link nl.frontoffice.auth.saml.SamlValidationException.Reason} code. Neither exceptions nor
 * anything else in this package ever carries a BSN, a NameID, an assertion or a whole message.
 */
package nl.frontoffice.auth.saml;
