package nl.frontoffice.digidsimulator.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.frontoffice.digidsimulator.Simulator;
import nl.frontoffice.digidsimulator.artifact.ClientCertificateCheck;
import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;

/** A simulator wired for unit tests: default settings, the test IdP key, the test SP. */
public final class TestSimulators {

    private TestSimulators() {
    }

    public static Simulator simulator() {
        return simulator(Clock.systemUTC());
    }

    public static Simulator simulator(Clock clock) {
        return new Simulator(TestServiceProvider.IDP,
                new IdpCredential(TestKeys.idp().privateKey(), TestKeys.idp().certificate()),
                ServiceProviderDirectory.of(List.of(TestServiceProvider.serviceProvider(TestKeys.sp().certificate()))),
                ClientCertificateCheck.none(), Optional.empty(), clock);
    }

    /** The decoded query parameters of a URL. */
    public static Map<String, String> queryParameters(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
