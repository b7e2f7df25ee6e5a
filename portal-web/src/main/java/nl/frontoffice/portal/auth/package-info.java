/**
 * Login and logout in the portal: the application's one Jakarta Security
 * {@link nl.frontoffice.portal.auth.PortalAuthenticationMechanism}, which dispatches by credential
 * and path (staff by password or OpenID Connect, citizens by DigiD), the staff login page's bean
 * {@link nl.frontoffice.portal.auth.StaffLoginView} ({@code /medewerker/inloggen.xhtml}) and
 * {@link nl.frontoffice.portal.auth.LogoutAction}.
 *
 * <p>What is protected is declared in {@code WEB-INF/web.xml} (security constraints per area:
 * {@code /medewerker/*} for the staff roles, {@code /mijn/*} for role {@code CITIZEN}); the groups
 * of a login map to the roles of the same name in {@code WEB-INF/payara-web.xml}, for the web
 * module and the EJBs of the EAR alike. The identity stores live in the EJB module
 * ({@code nl.frontoffice.auth.staff}).
 *
 * <p><b>OpenID Connect for staff (optional, {@code nl.frontoffice.portal.auth.oidc}).</b> A
 * municipality with its own identity provider can let staff log in there. Jakarta Security 3.0's
 * {@code @OpenIdAuthenticationMechanismDefinition} would define a second
 * {@code HttpAuthenticationMechanism}, and Jakarta EE 10 allows one per application, so the flow is a
 * branch of {@link nl.frontoffice.portal.auth.PortalAuthenticationMechanism} ({@code /medewerker/oidc/*}),
 * switched on by configuration ({@code frontoffice.staff.oidc.*}); the provider says who someone is,
 * our database says whether and with which roles he may work here.
 */
package nl.frontoffice.portal.auth;
