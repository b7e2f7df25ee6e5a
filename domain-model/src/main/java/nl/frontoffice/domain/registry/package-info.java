/**
 * The port through which the application reads what the Basisregistratie Personen (BRP) knows
 * about a citizen: {@link nl.frontoffice.domain.registry.PersonRegistry}. The intake prefills name,
 * birth date, address and household from it, so that a citizen is never asked what the government
 * already knows.
 *
 * <p>The types here are the application's own, not the BRP's: an adapter in
 * {@code integration-adapters} (Haal Centraal BRP Personen) translates the registry's model into
 * them. A look-up has three outcomes ({@link nl.frontoffice.domain.registry.PersonLookup}): the
 * person was found, the BRP does not know the number, or the BRP could not be asked (down, slow,
 * circuit open, not configured). In the last case the citizen fills in the data by hand and the
 * intake records that it was not verified.
 *
 * <p>Staff who do not know a citizen's BSN (a phone call, the counter) {@link
 * nl.frontoffice.domain.registry.PersonRegistry#search search} by surname and date of birth or by
 * postcode and house number ({@link nl.frontoffice.domain.registry.PersonSearch}); the BRP answers
 * a short list of {@link nl.frontoffice.domain.registry.PersonSummary} (name, date of birth, address
 * lines), or "unavailable".
 *
 * <p>All values are immutable and {@link java.io.Serializable}, so they can be kept in an HTTP
 * session or a draft. None of them is persisted: the BRP stays the source of this data.
 */
package nl.frontoffice.domain.registry;
