/**
 * The BEHEERDER's search of the audit trail of personal data {@code /medewerker/audit.xhtml}
 * ({@link nl.frontoffice.portal.staff.audit.AuditView}) on
 * {@link nl.frontoffice.platform.audit.AuditTrailService}: by citizen (BSN, typed in a posted form and
 * never put in an address), staff username, kind of view and period, in a lazy table paged in the
 * database. Read only: the application offers no way to change or remove an audit row. Anyone but a
 * BEHEERDER gets 403.
 */
package nl.frontoffice.portal.staff.audit;
