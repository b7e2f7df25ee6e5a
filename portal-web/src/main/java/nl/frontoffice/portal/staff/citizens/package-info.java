/**
 * The citizen view (klantbeeld) for the contact centre (KCC), consulenten and team leads, on the services of
 * {@link nl.frontoffice.citizens.CitizenViewService} and {@link nl.frontoffice.contact.ContactService}:
 * <ul>
 *   <li>{@code /medewerker/klantbeeld.xhtml} ({@link nl.frontoffice.portal.staff.citizens.KlantbeeldView}): find a
 *       citizen by BSN, by surname and date of birth, or by postcode and house number, with the reason for looking
 *       (doelbinding); the form is posted, and each result links to the citizen page by an opaque token;</li>
 *   <li>{@code /medewerker/klant.xhtml?klant=<token>} ({@link nl.frontoffice.portal.staff.citizens.CitizenView}):
 *       the citizen's BRP data and one timeline of every channel, a contact moment to register, a callback request
 *       to make, and the link to an intake on the citizen's behalf;</li>
 *   <li>{@code /medewerker/terugbelverzoeken.xhtml} ({@link nl.frontoffice.portal.staff.citizens.CallbackListView}):
 *       the open callback requests of the caller's teams, each completed with a short result.</li>
 * </ul>
 *
 * <p>No BSN is ever in an address: a citizen is pointed at by the session's
 * {@link nl.frontoffice.portal.staff.CitizenSelection} token, and the reason given for looking stays with that
 * token in the session ({@link nl.frontoffice.portal.staff.citizens.CitizenAccessReasons}). The pages render an
 * action only for the roles that may take it; the services check role, team and need to know again on every call,
 * and write every view of personal data to the audit trail. Input is parsed and checked by plain classes
 * ({@link nl.frontoffice.portal.staff.citizens.DutchInput},
 * {@link nl.frontoffice.portal.staff.citizens.CitizenSearchForm}), unit-tested, with Dutch messages at the field.
 */
package nl.frontoffice.portal.staff.citizens;
