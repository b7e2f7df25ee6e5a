package nl.frontoffice.brpstub.beheer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The stub's state: the mode (initially {@code brp-stub.mode}, default {@code normal}), the delay of the slow mode
 * ({@code brp-stub.slow-delay}, default {@code 10s}), the API key it requires ({@code brp-stub.api-key}, none by
 * default), the number of API requests received, and what the last one asked (its {@code x-*} protocol headers and
 * its fields, never a BSN) for testers and tests.
 */
@ApplicationScoped
public class StubState {

    /** Config key of the initial mode: {@code normal}, {@code down} or {@code slow}. */
    public static final String MODE = "brp-stub.mode";
    /** Config key of the slow mode's delay: {@code 10s}, {@code 2500ms} or milliseconds. */
    public static final String SLOW_DELAY = "brp-stub.slow-delay";
    /** Config key of the API key the stub requires in {@code X-API-KEY}; none when unset. */
    public static final String API_KEY = "brp-stub.api-key";

    private static final Logger LOG = Logger.getLogger(StubState.class.getName());

    private final AtomicReference<StubMode> mode = new AtomicReference<>(StubMode.NORMAL);
    private final AtomicLong requests = new AtomicLong();
    private final AtomicReference<LastRequest> lastRequest = new AtomicReference<>();
    private Duration slowDelay = Duration.ofSeconds(10);
    private String apiKey;

    /** What the last API request carried: its protocol headers and fields. */
    public record LastRequest(Map<String, String> protocolHeaders, boolean apiKeyPresent, List<String> fields) {
    }

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        Optional<String> initial = config.getOptionalValue(MODE, String.class);
        initial.ifPresent(text -> mode.set(StubMode.parse(text).orElseGet(() -> {
            LOG.warning(MODE + " is not normal, down or slow; the stub starts normal");
            return StubMode.NORMAL;
        })));
        config.getOptionalValue(SLOW_DELAY, String.class).map(StubState::duration).ifPresent(d -> slowDelay = d);
        apiKey = config.getOptionalValue(API_KEY, String.class).filter(key -> !key.isBlank()).orElse(null);
        LOG.info("BRP stub: mode " + mode.get().text() + ", slow delay " + slowDelay.toMillis() + " ms, API key "
                + (apiKey == null ? "not required" : "required"));
    }

    private static Duration duration(String text) {
        String value = text.strip();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
        }
        if (value.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
        }
        return Duration.ofMillis(Long.parseLong(value));
    }

    /** @return the current mode */
    public StubMode mode() {
        return mode.get();
    }

    /**
     * @param newMode the mode from now on
     */
    public void switchTo(StubMode newMode) {
        StubMode old = mode.getAndSet(newMode);
        LOG.info("BRP stub: mode " + old.text() + " -> " + newMode.text());
    }

    /** @return the delay of the slow mode */
    public Duration slowDelay() {
        return slowDelay;
    }

    /** @return the API key required in {@code X-API-KEY}, or empty when none is required */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /** Counts an API request, as it arrives (before any simulated delay). */
    public void arrived() {
        requests.incrementAndGet();
    }

    /**
     * Remembers what the last API request carried.
     *
     * @param request its protocol headers and fields
     */
    public void remember(LastRequest request) {
        lastRequest.set(request);
    }

    /** @return the number of API requests since the start */
    public long requests() {
        return requests.get();
    }

    /** @return the last API request, if any */
    public Optional<LastRequest> lastRequest() {
        return Optional.ofNullable(lastRequest.get());
    }
}
