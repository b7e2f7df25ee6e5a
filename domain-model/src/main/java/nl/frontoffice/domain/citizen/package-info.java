/**
 * The citizen ("inwoner") as the Frontoffice knows him: his citizen service number
 * ({@link nl.frontoffice.domain.citizen.Bsn}) and the contact details he gave us.
 *
 * <p>Name, address and date of birth are <em>not</em> stored: they belong to the Basisregistratie
 * Personen (BRP) and are fetched from it when needed, so they are never out of date and we keep no
 * copy of personal data we do not need.
 *
 * <p>A BSN is personal data that must not leak: {@link nl.frontoffice.domain.citizen.Bsn#toString()}
 * is masked, {@link nl.frontoffice.domain.citizen.InvalidBsnException} never repeats the number, and
 * the persistence unit never logs bind values.
 */
package nl.frontoffice.domain.citizen;
