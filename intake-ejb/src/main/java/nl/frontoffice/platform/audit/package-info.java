/**
 * The audit log: who logged in, failed to log in, logged out or changed a password, and when.
 *
 * <p>For now the audit trail is the {@code java.util.logging} logger named
 * {@value nl.frontoffice.platform.audit.AuditLog#LOGGER_NAME}, one line per event, so that a
 * sysadmin can route it to its own file or SIEM (Payara: {@code asadmin set-log-levels} and a
 * separate log handler). A database table that functional administrators can search comes with a
 * later increment; callers do not change then, only {@link nl.frontoffice.platform.audit.AuditLog}.
 *
 * <p>An audit line never holds a password, a password hash, a BSN or a SAML assertion.
 */
package nl.frontoffice.platform.audit;
