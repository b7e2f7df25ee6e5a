/**
 * Optional staff login with the municipality's own OpenID Connect provider (configuration only:
 * {@link nl.frontoffice.portal.auth.oidc.OidcSettings}, properties {@code frontoffice.staff.oidc.*}).
 *
 * <p>Jakarta EE 10 allows one {@code HttpAuthenticationMechanism} per application, so this is no
 * second mechanism (no {@code @OpenIdAuthenticationMechanismDefinition}): the application's
 * {@code PortalAuthenticationMechanism} hands the two paths {@code /medewerker/oidc/start} and
 * {@code /medewerker/oidc/callback} to {@link nl.frontoffice.portal.auth.oidc.StaffOidcLogin}, the thin
 * servlet glue, which uses {@link nl.frontoffice.portal.auth.oidc.OidcClient}, the relying party
 * (authorization code flow with PKCE S256, {@code state} and {@code nonce}; ID token validation in
 * {@code IdTokenValidator}; on the JDK's {@code HttpClient} and {@code Signature} and JSON-P).
 *
 * <p>The provider only says who someone is (the username claim); whether he may work here, with which
 * roles and teams, is in our database ({@code nl.frontoffice.auth.staff.StaffFederatedLogin}). Password
 * login stays available next to it.
 */
package nl.frontoffice.portal.auth.oidc;
