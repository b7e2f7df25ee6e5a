package nl.frontoffice.adapters.brp.it;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The component test's configuration inside Payara Micro: the adapter's keys, the stub's keys and fault tolerance
 * values small enough for a test. The base URL is known only once the server runs on its random port:
 * {@link RegistryProbe} sets it from its own request before the first look-up (the adapter reads its configuration at
 * the first look-up).
 */
public class ItConfigSource implements ConfigSource {

    /** The API key the stub requires and the adapter sends. */
    static final String API_KEY = "component-test-key";

    private static final String FT = "nl.frontoffice.adapters.brp.BrpPersonRegistry/lookUp/";

    private static volatile URI baseUrl;

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("frontoffice.brp.api-key", API_KEY),
            Map.entry("frontoffice.brp.connect-timeout", "1s"),
            Map.entry("frontoffice.brp.read-timeout", "1s"),
            Map.entry("frontoffice.brp.doelbinding", "BRPACT-ComponentTest"),
            Map.entry("frontoffice.brp.verwerking", "Componenttest"),
            Map.entry("frontoffice.brp.origin-oin", "00000001234567890000"),
            Map.entry("brp-stub.api-key", API_KEY),
            Map.entry("brp-stub.slow-delay", "3s"),
            Map.entry(FT + "Retry/delay", "50"),
            Map.entry(FT + "Retry/jitter", "0"),
            Map.entry(FT + "CircuitBreaker/delay", "2000"));

    /**
     * @param stubBase the stub's base URI (ending in {@code /brp-stub/}); only the first call counts
     */
    static void stubAt(URI stubBase) {
        if (baseUrl == null) {
            baseUrl = stubBase.resolve("haalcentraal/api/brp");
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(FIXED);
        if (baseUrl != null) {
            properties.put("frontoffice.brp.base-url", baseUrl.toString());
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
        return "brp-component-test";
    }

    @Override
    public int getOrdinal() {
        return 600;
    }
}
