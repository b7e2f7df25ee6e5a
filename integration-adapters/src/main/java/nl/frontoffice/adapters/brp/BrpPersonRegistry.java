package nl.frontoffice.adapters.brp;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.PersonRegistry;
import nl.frontoffice.domain.registry.PersonSearch;
import nl.frontoffice.domain.registry.PersonSearchResult;
import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * {@link PersonRegistry} backed by Haal Centraal BRP Personen 2.x: {@code POST {base}/personen} with a
 * {@code RaadpleegMetBurgerservicenummer} query for the fields of {@link BrpQuery#FIELDS}, and the searches
 * {@code ZoekMetGeslachtsnaamEnGeboortedatum} and {@code ZoekMetPostcodeEnHuisnummer} for
 * {@link BrpQuery#SEARCH_FIELDS} ({@link #search}, same fault tolerance, keys {@code .../BrpPersonRegistry/search/...}).
 *
 * <p>Fault tolerance (MicroProfile Fault Tolerance; each value can be overridden with the standard keys, e.g.
 * {@code nl.frontoffice.adapters.brp.BrpPersonRegistry/lookUp/CircuitBreaker/delay=60000}):
 * <ul>
 *   <li>{@link Timeout}: 8 s per attempt, a backstop behind the HTTP connect and read timeouts of
 *       {@link BrpSettings};</li>
 *   <li>{@link Retry}: twice, only for {@link BrpUnavailableException} (connection refused or reset, 5xx, 429); a
 *       timeout, a refusal (4xx) or an unreadable answer is not retried;</li>
 *   <li>{@link CircuitBreaker}: opens when at least half of the last 10 attempts (retries included) failed, stays
 *       open 30 s, closes after 2 successful trial calls;</li>
 *   <li>{@link Fallback}: {@link BrpFallback} answers {@link PersonLookup.Unavailable} with the reason.</li>
 * </ul>
 * A look-up therefore never throws for a BRP that is down, slow or refuses us.
 *
 * <p>All durations are in milliseconds on purpose: Payara 6.2025.9 does not apply {@code delayUnit} of
 * {@link CircuitBreaker} (with {@code delay = 30, delayUnit = SECONDS} the circuit half-opened after 30 ms, seen on
 * Payara Server with this adapter in an EAR's {@code lib/}); an override of {@code .../CircuitBreaker/delay} is
 * therefore in milliseconds too.
 *
 * <p>Without {@value BrpSettings#BASE_URL} (or with an invalid one) every look-up answers "unavailable" with reason
 * {@link UnavailableReason#NOT_CONFIGURED} and one configuration warning is logged, so the application deploys and
 * runs without a BRP. The configuration is read at the first look-up.
 *
 * <p>Logging: the outcome and the duration at FINE, failures at WARNING (see {@link BrpFallback}); never a BSN,
 * a name or a response body.
 */
@ApplicationScoped
public class BrpPersonRegistry implements PersonRegistry {

    private static final Logger LOG = Logger.getLogger(BrpPersonRegistry.class.getName());

    private final Supplier<BrpSettings> settingsSource;
    private final Object lock = new Object();
    private volatile boolean initialised;
    private volatile PersonenClient client;

    /** Reads the settings from MicroProfile Config at the first look-up. */
    public BrpPersonRegistry() {
        this(() -> BrpSettings.from(ConfigProvider.getConfig()));
    }

    /**
     * @param settingsSource gives the settings at the first look-up (may throw {@link IllegalArgumentException})
     */
    BrpPersonRegistry(Supplier<BrpSettings> settingsSource) {
        this.settingsSource = settingsSource;
    }

    @Override
    @Timeout(8_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = BrpUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2)
    @Fallback(BrpFallback.class)
    public PersonLookup lookUp(Bsn bsn) {
        Objects.requireNonNull(bsn, "bsn");
        PersonenClient personen = client();
        if (personen == null) {
            return PersonLookup.unavailable(UnavailableReason.NOT_CONFIGURED);
        }
        long start = System.nanoTime();
        PersonLookup lookup = BrpPersonMapper.toLookup(personen.personen(BrpQuery.raadpleegMetBurgerservicenummer(bsn)),
                bsn);
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("BRP look-up: " + (lookup.isFound() ? "found" : "not found") + " in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
        return lookup;
    }

    /**
     * Searches with {@code ZoekMetGeslachtsnaamEnGeboortedatum} or {@code ZoekMetPostcodeEnHuisnummer}, with the same
     * fault tolerance as {@link #lookUp} (its own circuit breaker; the fallback is {@link BrpSearchFallback}).
     */
    @Override
    @Timeout(8_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = BrpUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000, successThreshold = 2)
    @Fallback(BrpSearchFallback.class)
    public PersonSearchResult search(PersonSearch search) {
        Objects.requireNonNull(search, "search");
        PersonenClient personen = client();
        if (personen == null) {
            return PersonSearchResult.unavailable(UnavailableReason.NOT_CONFIGURED);
        }
        long start = System.nanoTime();
        PersonSearchResult result = BrpPersonMapper.toSearchResult(personen.personen(BrpQuery.search(search)), search);
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("BRP search " + BrpQuery.typeOf(search) + ": " + result.persons().size() + " hit(s) in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
        return result;
    }

    /** @return the client, or {@code null} when the BRP is not (validly) configured */
    private PersonenClient client() {
        if (!initialised) {
            synchronized (lock) {
                if (!initialised) {
                    client = createClient();
                    initialised = true;
                }
            }
        }
        return client;
    }

    private PersonenClient createClient() {
        BrpSettings settings;
        try {
            settings = settingsSource.get();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "BRP configuration is invalid, look-ups will answer ''unavailable'': {0}",
                    e.getMessage());
            return null;
        }
        if (!settings.isConfigured()) {
            LOG.warning("BRP is not configured (" + BrpSettings.BASE_URL + " / FRONTOFFICE_BRP_BASE_URL is not set): "
                    + "look-ups answer 'unavailable' and citizens fill in their data by hand");
            return null;
        }
        LOG.info("BRP adapter configured: " + settings);
        return new PersonenClient(settings);
    }
}
