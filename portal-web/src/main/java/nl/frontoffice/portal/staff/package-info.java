/**
 * The staff area of the portal ({@code /medewerker/*}, only for the staff roles): for now the
 * landing page {@code /medewerker/index.xhtml} ({@link nl.frontoffice.portal.staff.StaffHomeView})
 * with the logged-in staff member's name, roles and the domains his teams serve. The worklist comes
 * with a later increment.
 */
package nl.frontoffice.portal.staff;
