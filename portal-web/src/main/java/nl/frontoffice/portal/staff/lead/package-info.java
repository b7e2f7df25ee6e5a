/**
 * The team lead's dashboard {@code /medewerker/dashboard.xhtml}
 * ({@link nl.frontoffice.portal.staff.lead.DashboardView}): the numbers of
 * {@link nl.frontoffice.cases.work.TeamDashboardService} for the domains of the lead's teams, as
 * figures that link to the worklist, as bar charts drawn on the server (bars in SVG)
 * ({@link nl.frontoffice.portal.staff.lead.ChartBar}) and as data tables with the same numbers. Only
 * for TEAMLEIDER: anyone else gets 403 (the view checks the role before the page renders; the
 * service refuses other callers anyway).
 */
package nl.frontoffice.portal.staff.lead;
