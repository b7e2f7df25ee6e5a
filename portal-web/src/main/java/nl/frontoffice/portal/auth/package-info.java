/**
 * Login and logout in the portal: the application's one Jakarta Security
 * {@link nl.frontoffice.portal.auth.PortalAuthenticationMechanism}, which dispatches by credential
 * and path (staff now, DigiD for citizens in a later increment), the staff login page's bean
 * {@link nl.frontoffice.portal.auth.StaffLoginView} ({@code /medewerker/inloggen.xhtml}) and
 * {@link nl.frontoffice.portal.auth.LogoutAction}.
 *
 * <p>What is protected is declared in {@code WEB-INF/web.xml} (security constraints per area:
 * {@code /medewerker/*} for the staff roles, {@code /mijn/*} for role {@code CITIZEN}); the groups
 * of a login map to the roles of the same name in {@code WEB-INF/payara-web.xml}, for the web
 * module and the EJBs of the EAR alike. The identity stores live in the EJB module
 * ({@code nl.frontoffice.auth.staff}).
 *
 * <p><b>OpenID Connect for staff (not built).</b> A municipality with its own identity provider may
 * want staff to log in there. Jakarta Security 3.0 has {@code @OpenIdAuthenticationMechanismDefinition}
 * (and Payara its own {@code @OpenIdAuthenticationDefinition}, configurable through MicroProfile
 * Config), but each defines a second {@code HttpAuthenticationMechanism}, and Jakarta EE 10 allows
 * one per application. So the annotation must not simply be added: the staff branch of
 * {@link nl.frontoffice.portal.auth.PortalAuthenticationMechanism} would switch, by configuration
 * ({@code frontoffice.staff.login=password|oidc}), to the OpenID Connect flow (redirect to the
 * provider, callback under {@code /medewerker/}, the ID token's name and groups claims mapped to a
 * staff member and his roles), keeping one mechanism. Jakarta EE 11 (Payara 7) allows several
 * mechanisms with qualifiers, which makes this simpler.
 */
package nl.frontoffice.portal.auth;
