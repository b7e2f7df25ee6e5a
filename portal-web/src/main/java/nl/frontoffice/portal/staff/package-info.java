/**
 * The staff area of the portal ({@code /medewerker/*}, only for the staff roles): the landing page
 * {@code /medewerker/index.xhtml} ({@link nl.frontoffice.portal.staff.StaffHomeView}) with the logged-in staff
 * member's name, roles and the domains his teams serve; the worklist {@code /medewerker/werkvoorraad.xhtml}
 * ({@link nl.frontoffice.portal.staff.WorklistView}); the case page {@code /medewerker/zaak.xhtml}
 * ({@link nl.frontoffice.portal.staff.StaffCaseView}: summary, actions, assignment, decision, what the citizen sent,
 * BRP data on request, notes, history) with its file download {@code /medewerker/bijlage}
 * ({@link nl.frontoffice.portal.staff.StaffAttachmentServlet}); and the session's
 * {@link nl.frontoffice.portal.staff.CitizenSelection} that points at a citizen by a token instead of his BSN.
 * Every access rule is checked by the services these pages call; the pages only leave out what would be refused.
 */
package nl.frontoffice.portal.staff;
