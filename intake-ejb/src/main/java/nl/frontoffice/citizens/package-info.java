/**
 * The citizen view (klantbeeld) for staff: find a citizen by BSN, by surname and date of birth, or by
 * postcode and house number ({@link nl.frontoffice.citizens.CitizenViewService#findCitizens}), fetch
 * the citizen's registered data from the BRP, and show one timeline of everything the citizen did
 * with us on every channel ({@link nl.frontoffice.citizens.CitizenViewService#timeline}).
 *
 * <p>Access is checked on the server for every call, from the caller principal and the staff
 * directory ({@link nl.frontoffice.citizens.CallerScope}): the contact centre (KCC) sees every
 * citizen's timeline, but opens case details only in the domains of its teams; a consulent or team
 * lead sees a citizen only when the citizen has a case (or a callback request) in his teams'
 * domains, and sees cases of other domains only as "exists". Every view of personal data is
 * written to the audit trail ({@link nl.frontoffice.platform.audit.PersonalDataAccessLog}) with the
 * reason the staff member gave.
 */
package nl.frontoffice.citizens;
