package nl.frontoffice.citizens;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The citizen view component test's configuration inside Payara Micro: the BRP adapter points at the BRP stub in
 * the same WAR (its base URL is known once the server runs on its random port: {@link #stubAt}), with fault
 * tolerance values small enough for a test.
 */
public class BrpStubConfig implements ConfigSource {

    private static final String LOOKUP = "nl.frontoffice.adapters.brp.BrpPersonRegistry/lookUp/";
    private static final String SEARCH = "nl.frontoffice.adapters.brp.BrpPersonRegistry/search/";

    private static volatile String baseUrl;

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("frontoffice.brp.connect-timeout", "1s"),
            Map.entry("frontoffice.brp.read-timeout", "5s"),
            Map.entry("frontoffice.brp.doelbinding", "BRPACT-Klantbeeld"),
            Map.entry(LOOKUP + "Retry/delay", "20"),
            Map.entry(LOOKUP + "Retry/jitter", "0"),
            Map.entry(LOOKUP + "CircuitBreaker/delay", "1000"),
            Map.entry(SEARCH + "Retry/delay", "20"),
            Map.entry(SEARCH + "Retry/jitter", "0"),
            Map.entry(SEARCH + "CircuitBreaker/delay", "1000"));

    /** @param url the stub's API base URL; only the first call counts (the adapter reads it once) */
    static void stubAt(String url) {
        if (baseUrl == null) {
            baseUrl = url;
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FIXED);
        if (baseUrl != null) {
            properties.put("frontoffice.brp.base-url", baseUrl);
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "citizen-view-component-test";
    }

    @Override
    public int getOrdinal() {
        return 600;
    }
}
