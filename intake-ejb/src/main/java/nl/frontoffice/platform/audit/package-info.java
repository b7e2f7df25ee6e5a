/**
 * The audit trails.
 *
 * <ul>
 *   <li>{@link nl.frontoffice.platform.audit.AuditLog}: one line per event on the {@code java.util.logging}
 *       logger {@value nl.frontoffice.platform.audit.AuditLog#LOGGER_NAME} (logins, logouts, password changes,
 *       views of personal data), so that a sysadmin can route it to its own file or SIEM (Payara:
 *       {@code asadmin set-log-levels} and a separate log handler). A line never holds a password, a password
 *       hash, a BSN or a SAML assertion.</li>
 *   <li>{@link nl.frontoffice.platform.audit.PersonalDataAccessLog}: every view of a citizen's personal data,
 *       as an append-only row in table {@code personal_data_access} (who, which citizen, what, why, when), plus
 *       the log line {@code PERSONAL_DATA_VIEWED} with the row's id. Each call site names what was viewed:
 *       {@code accessLog.recordView(bsn, PersonalDataEvent.CASE_VIEWED, caseReference, reason)}.</li>
 *   <li>{@link nl.frontoffice.platform.audit.AuditTrailService}: the BEHEERDER's search of that table, paged
 *       in the database. There is no way to change or remove a row through the application.</li>
 * </ul>
 */
package nl.frontoffice.platform.audit;
