/**
 * Staff login with username and password (Jakarta Security), and what a logged-in staff member may
 * see.
 *
 * <ul>
 * <li>{@link nl.frontoffice.auth.staff.StaffIdentityStore}: the {@code IdentityStore} that checks a
 * {@code UsernamePasswordCredential} against active staff members and their password hash; the
 * caller's groups are his {@link nl.frontoffice.domain.staff.StaffRole roles} (KCC, CONSULENT,
 * TEAMLEIDER, BEHEERDER), which the portal maps one-to-one to security roles
 * ({@code WEB-INF/payara-web.xml}). The HTTP side, the one {@code HttpAuthenticationMechanism} of
 * the application, lives in the portal ({@code nl.frontoffice.portal.auth}).</li>
 * <li>{@link nl.frontoffice.auth.staff.StaffAuthentication}: the rules of a login: five wrong
 * passwords lock an account for 15 minutes; an unknown username, an inactive account and a wrong
 * password get the same answer and take the same time, so the login does not reveal which
 * usernames exist; every attempt goes to the audit log with a reason code.</li>
 * <li>{@link nl.frontoffice.auth.staff.StaffPasswords}: hashing with Jakarta Security's
 * {@code Pbkdf2PasswordHash} (PBKDF2WithHmacSHA256, 210,000 iterations, 32-byte salt).</li>
 * <li>{@link nl.frontoffice.auth.staff.StaffPasswordService}: set or change a password
 * ({@link nl.frontoffice.domain.staff.PasswordPolicy at least 12 characters}).</li>
 * <li>{@link nl.frontoffice.auth.staff.StaffDirectory} and
 * {@link nl.frontoffice.auth.staff.StaffAccess}: the logged-in staff member as the portal shows
 * him: name, roles and the domains his teams serve, which decide what he may see.</li>
 * </ul>
 */
package nl.frontoffice.auth.staff;
