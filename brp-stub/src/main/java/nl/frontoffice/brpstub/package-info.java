/**
 * A stub of Haal Centraal BRP Personen 2.x for development and tests (never in the production EAR):
 * {@code POST /haalcentraal/api/brp/personen} answers {@code RaadpleegMetBurgerservicenummer} queries per the
 * specification (version 2.7.0) with persons from RvIG's GBA-V test set, honouring {@code fields}; an outage can be
 * simulated ({@code normal}, {@code down}, {@code slow}) and switched at runtime over loopback
 * ({@code POST /beheer/modus}). See README.md.
 *
 * <ul>
 *   <li>{@code personen}: the API resource, the fields filter and the problem+json answers;</li>
 *   <li>{@code testset}: the GBA-V test set (CSV, LO GBA element numbers) and its conversion to the API's Persoon;</li>
 *   <li>{@code beheer}: the mode switch and the request counter for testers and system tests.</li>
 * </ul>
 */
package nl.frontoffice.brpstub;
