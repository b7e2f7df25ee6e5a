/**
 * The adapter for Haal Centraal BRP Personen 2.x ({@code POST /personen}, types
 * {@code RaadpleegMetBurgerservicenummer}, {@code ZoekMetGeslachtsnaamEnGeboortedatum} and
 * {@code ZoekMetPostcodeEnHuisnummer}), implementing the domain port
 * {@link nl.frontoffice.domain.registry.PersonRegistry}.
 *
 * <ul>
 *   <li>{@link nl.frontoffice.adapters.brp.BrpPersonRegistry}: the CDI bean, with MicroProfile Fault Tolerance
 *       (timeout, retry on connection errors and server errors, circuit breaker, fallback to "unavailable");</li>
 *   <li>{@link nl.frontoffice.adapters.brp.BrpSettings}: the MicroProfile Config keys {@code frontoffice.brp.*};</li>
 *   <li>{@link nl.frontoffice.adapters.brp.PersonenClient} and {@link nl.frontoffice.adapters.brp.PersonenApi}:
 *       the MicroProfile Rest Client, built programmatically (works from the EAR's {@code lib/});</li>
 *   <li>{@link nl.frontoffice.adapters.brp.BrpRequestHeaders}: the one place that sets the API key and the
 *       protocol headers;</li>
 *   <li>{@link nl.frontoffice.adapters.brp.BrpQuery} and {@link nl.frontoffice.adapters.brp.BrpPersonMapper}: the
 *       requests with only the fields the intake or the search list needs, and the anti-corruption mapping of the
 *       answers (a search answers "PersoonBeperkt": name, birth date and the address lines of
 *       {@code adressering});</li>
 *   <li>{@link nl.frontoffice.adapters.brp.BrpFallback} and {@link nl.frontoffice.adapters.brp.BrpSearchFallback}:
 *       "unavailable" with the reason, for a look-up and a search.</li>
 * </ul>
 *
 * <p>The specification is {@code haal-centraal-brp-personen-openapi.yaml} (version 2.7.0) from RvIG's repository
 * BRP-API/Haal-Centraal-BRP-bevragen. No class here logs a BSN or a response body: only outcomes and HTTP statuses.
 */
package nl.frontoffice.adapters.brp;
