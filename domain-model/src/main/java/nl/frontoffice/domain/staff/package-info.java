/**
 * Staff members of the municipality and the teams they work in.
 *
 * <p>A {@link nl.frontoffice.domain.staff.Team} serves one or more social domains; a
 * {@link nl.frontoffice.domain.staff.StaffMember} has {@link nl.frontoffice.domain.staff.StaffRole roles}
 * and serves the domains of his teams. Teams are created by a migration (or a functional
 * administrator); staff accounts are created when people start working with the application,
 * never by a migration.
 *
 * <p>A staff member's password lives apart from him, in a
 * {@link nl.frontoffice.domain.staff.StaffCredential} (a PBKDF2 hash and the lockout after five wrong
 * passwords); {@link nl.frontoffice.domain.staff.PasswordPolicy} says what a password must be. The
 * login itself (Jakarta Security) is in the EJB module, package {@code nl.frontoffice.auth.staff}.
 */
package nl.frontoffice.domain.staff;
