/**
 * The DigiD simulator: a development-only identity provider that speaks DigiD's SAML 2.0 protocol (signed
 * AuthnRequest by HTTP-Redirect or HTTP-POST, the answer as an artifact, the assertion fetched with a signed SOAP
 * ArtifactResolve, single logout by HTTP-Redirect), for the quick start and the tests.
 *
 * <p>Never part of the production EAR. It depends on none of the application's modules: it is an independent
 * implementation of the IdP role, so that the service provider is tested against a counterpart that does not share
 * its code. XML signatures use the JDK's {@code javax.xml.crypto.dsig} API with secure validation; no OpenSAML.
 *
 * <p>{@link nl.frontoffice.digidsimulator.Simulator} wires the parts together from MicroProfile Config; the
 * subpackages hold the protocol, each usable without a server:
 * <ul>
 *   <li>{@code saml}: secure XML parsing, XML signatures, the HTTP-Redirect binding, SAML names;</li>
 *   <li>{@code idp}: the IdP's own settings, signing key and metadata;</li>
 *   <li>{@code sp}: the service providers it knows, read from their metadata or configured directly;</li>
 *   <li>{@code sso}: AuthnRequest checks, the login page, the SAML Response;</li>
 *   <li>{@code artifact}: SAML 2.0 artifacts, their store and the SOAP ArtifactResolution service;</li>
 *   <li>{@code logout}: single logout;</li>
 *   <li>{@code web}: HTML pages, error page and security headers shared by the servlets.</li>
 * </ul>
 */
package nl.frontoffice.digidsimulator;
