package nl.frontoffice.auth.digid;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.PendingLogin;
import nl.frontoffice.auth.saml.PendingLogout;
import nl.frontoffice.auth.saml.SamlTestKeys;
import nl.frontoffice.auth.saml.SamlTestKeys.KeyMaterial;
import nl.frontoffice.auth.saml.TestIdentityProvider;
import nl.frontoffice.auth.saml.TestIdentityProvider.ArtifactResponseBuilder;
import nl.frontoffice.auth.saml.TestIdentityProvider.LogoutRequestBuilder;
import nl.frontoffice.auth.saml.TestIdentityProvider.LogoutResponseBuilder;
import nl.frontoffice.auth.saml.TestSignatures;
import nl.frontoffice.auth.saml.TestXml;

/**
 * DigiD for the component test of {@link DigidLogin}: the key stores, trust store, metadata file and
 * MicroProfile Config properties written into {@code target/digid-it} (in the Maven JVM), and a
 * local HTTPS ArtifactResolution endpoint requiring our TLS client certificate (inside Payara) that
 * answers with real signed messages from the SAML tests' {@link TestIdentityProvider}.
 */
final class DigidTestIdentityProvider {

    static final String PASSWORD = "changeit";
    static final String ALIAS = "key";
    static final String SIGNING_ALIAS = "saml-2026";
    static final String NEXT_SIGNING_ALIAS = "saml-2027";
    static final String SP_ENTITY_ID = "urn:nl:frontoffice:test:sp";
    static final String ACS = "https://portal.frontoffice.test/saml/acs";
    static final String SSO = "https://idp.digid.test/saml/idp/request_authentication";
    static final String SLO = "https://idp.digid.test/saml/idp/request_logout";
    static final String SP_SLO = "https://portal.frontoffice.test/saml/slo";
    static final String RESOLVE_PATH = "/saml/idp/resolve_artifact";
    static final String BSN = "999993847";
    static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";

    /** Extra test-only properties, in the same config file. */
    static final String PORT_PROPERTY = "digid-it.port";
    static final String KEYS_PROPERTY = "digid-it.keys";

    private DigidTestIdentityProvider() {
    }

    /** The classes of the SAML test helpers, to add to the test deployment. */
    static Class<?>[] samlTestHelpers() {
        return new Class<?>[] {TestIdentityProvider.class, SamlTestKeys.class, TestXml.class, TestSignatures.class};
    }

    // ---- in the Maven JVM: files and configuration ----

    /**
     * Writes the trust store and the IdP metadata into {@code target/digid-it} and returns the
     * content of a {@code microprofile-config.properties} that configures DigiD with them.
     */
    static String writeConfiguration() {
        try {
            Path keys = keysDirectory();
            Path dir = Files.createDirectories(Path.of("target", "digid-it").toAbsolutePath());
            int port = freePort();

            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("digid-tls", load(keys, "tls-server").getCertificate(ALIAS));
            Path trustStore = dir.resolve("digid-tls-trust.p12");
            try (OutputStream out = Files.newOutputStream(trustStore)) {
                trust.store(out, PASSWORD.toCharArray());
            }

            // our signing key store with the current key and the next one (rollover)
            KeyStore signing = KeyStore.getInstance("PKCS12");
            signing.load(null, null);
            KeyStore sp = load(keys, "sp");
            signing.setKeyEntry(SIGNING_ALIAS, sp.getKey(ALIAS, PASSWORD.toCharArray()), PASSWORD.toCharArray(),
                    sp.getCertificateChain(ALIAS));
            KeyStore spNext = load(keys, "sp-next");
            signing.setKeyEntry(NEXT_SIGNING_ALIAS, spNext.getKey(ALIAS, PASSWORD.toCharArray()), PASSWORD.toCharArray(),
                    spNext.getCertificateChain(ALIAS));
            Path signingStore = dir.resolve("sp-signing.p12");
            try (OutputStream out = Files.newOutputStream(signingStore)) {
                signing.store(out, PASSWORD.toCharArray());
            }

            X509Certificate idpCertificate = (X509Certificate) load(keys, "idp").getCertificate(ALIAS);
            Path metadataFile = dir.resolve("digid-metadata.xml");
            Files.writeString(metadataFile, metadataXml(port, idpCertificate));

            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(DigidSettings.ENABLED, "true");
            properties.put(DigidSettings.SP_ENTITY_ID, SP_ENTITY_ID);
            properties.put(DigidSettings.SP_ACS_URL, ACS);
            properties.put(DigidSettings.SP_ACS_INDEX, "1");
            properties.put(DigidSettings.SP_SLO_URL, SP_SLO);
            properties.put(DigidSettings.SP_KEYSTORE, signingStore.toString());
            properties.put(DigidSettings.SP_KEYSTORE_PASSWORD, PASSWORD);
            properties.put(DigidSettings.SP_SIGNING_ALIAS, SIGNING_ALIAS);
            properties.put(DigidSettings.SP_NEXT_SIGNING_ALIAS, NEXT_SIGNING_ALIAS);
            properties.put(DigidSettings.IDP_METADATA, metadataFile.toString());
            properties.put(DigidSettings.TLS_KEYSTORE, keys.resolve("tls-client.p12").toString());
            properties.put(DigidSettings.TLS_KEYSTORE_PASSWORD, PASSWORD);
            properties.put(DigidSettings.TLS_ALIAS, ALIAS);
            properties.put(DigidSettings.TLS_TRUSTSTORE, trustStore.toString());
            properties.put(DigidSettings.TLS_TRUSTSTORE_PASSWORD, PASSWORD);
            properties.put(DigidSettings.AUDIT_SECRET, "component-test-secret");
            properties.put(PORT_PROPERTY, Integer.toString(port));
            properties.put(KEYS_PROPERTY, keys.toString());
            StringBuilder text = new StringBuilder();
            properties.forEach((name, value) -> text.append(name).append('=')
                    .append(value.replace("\\", "\\\\")).append('\n'));
            return text.toString();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the DigiD test configuration could not be written", e);
        }
    }

    /** The test IdP's metadata with its ArtifactResolutionService (index 0) on the local port. */
    static String metadataXml(int port, X509Certificate... signingCertificates) {
        return TestIdentityProvider.metadataXml(signingCertificates)
                .replace("https://idp.digid.test" + RESOLVE_PATH, "https://127.0.0.1:" + port + RESOLVE_PATH);
    }

    /** Makes (or reuses) the SAML test keys and returns their directory. */
    private static Path keysDirectory() {
        SamlTestKeys.get();
        Path dir = Path.of("target", "saml-test-keys").toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("sp.p12"))) {
            throw new IllegalStateException("the SAML test keys are not in " + dir);
        }
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // ---- inside Payara: the back channel ----

    /** One running ArtifactResolution endpoint. */
    static final class Server implements AutoCloseable {

        private final HttpsServer https;
        private final Path keys;
        private final int port;
        private volatile KeyMaterial idpKey;
        /** Makes the SOAP answer for the id of the ArtifactResolve received. */
        volatile Function<String, String> answer = resolveId -> {
            throw new IllegalStateException("no answer prepared");
        };
        final List<String> clientSubjects = new CopyOnWriteArrayList<>();

        Server(Path keys, int port) throws IOException, GeneralSecurityException {
            this.keys = keys;
            this.port = port;
            idpKey = keyMaterial("idp");

            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(load(keys, "tls-server"), PASSWORD.toCharArray());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("sp-tls", load(keys, "tls-client").getCertificate(ALIAS));
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());

            https = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(context) {
                @Override
                public void configure(HttpsParameters parameters) {
                    SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                    ssl.setNeedClientAuth(true);
                    parameters.setSSLParameters(ssl);
                }
            });
            Pattern resolveId = Pattern.compile("ArtifactResolve\\b[^>]*?\\sID=\"([^\"]+)\"");
            https.createContext(RESOLVE_PATH, exchange -> {
                try {
                    clientSubjects.add(((X509Certificate) ((com.sun.net.httpserver.HttpsExchange) exchange)
                            .getSSLSession().getPeerCertificates()[0]).getSubjectX500Principal().getName());
                    String body;
                    try (InputStream in = exchange.getRequestBody()) {
                        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    Matcher matcher = resolveId.matcher(body);
                    byte[] answerBytes;
                    int status;
                    if (matcher.find()) {
                        answerBytes = answer.apply(matcher.group(1)).getBytes(StandardCharsets.UTF_8);
                        status = 200;
                    } else {
                        answerBytes = "no ArtifactResolve".getBytes(StandardCharsets.UTF_8);
                        status = 400;
                    }
                    exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
                    exchange.sendResponseHeaders(status, answerBytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answerBytes);
                    }
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                }
            });
            https.start();
        }

        /** From now on the IdP signs with the key of that name in the test keys ("idp", "idp-next", "attacker"). */
        void signWith(String keyName) {
            try {
                idpKey = keyMaterial(keyName);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Rewrites the metadata file DigiD is configured with, naming these signing keys. */
        void publishMetadata(Path file, String... keyNames) {
            try {
                X509Certificate[] certificates = new X509Certificate[keyNames.length];
                for (int i = 0; i < keyNames.length; i++) {
                    certificates[i] = (X509Certificate) load(keys, keyNames[i]).getCertificate(ALIAS);
                }
                Files.writeString(file, metadataXml(port, certificates));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        private KeyMaterial keyMaterial(String name) throws IOException, GeneralSecurityException {
            KeyStore store = load(keys, name);
            return new KeyMaterial((PrivateKey) store.getKey(ALIAS, PASSWORD.toCharArray()),
                    (X509Certificate) store.getCertificate(ALIAS), store);
        }

        /** @return a valid signed SOAP ArtifactResponse for {@code pending}, answering {@code resolveId} */
        String response(PendingLogin pending, String resolveId) {
            return response(pending, resolveId, builder -> { });
        }

        /**
         * @return a valid signed SOAP ArtifactResponse for {@code pending}, answering {@code resolveId},
         *         with the fields of the test IdP's builder changed as given (e.g. {@code classRef})
         */
        String response(PendingLogin pending, String resolveId, Consumer<ArtifactResponseBuilder> change) {
            ArtifactResponseBuilder builder = TestIdentityProvider.response(pending, resolveId, idpKey);
            Instant now = Instant.now();
            builder.issueInstant = now;
            builder.notBefore = now.minusSeconds(60);
            builder.notOnOrAfter = now.plus(Duration.ofMinutes(2));
            builder.subjectNotOnOrAfter = now.plus(Duration.ofMinutes(2));
            return builder.with(change).soap();
        }

        /**
         * Acts as DigiD's SingleLogoutService: checks our LogoutRequest like DigiD does (the query
         * signature with our signing certificate, Destination, Issuer) and answers with a
         * LogoutResponse (Success unless changed) signed over the query string with the IdP's
         * current key, echoing the RelayState.
         *
         * @param logoutLocation where {@link DigidLogin#startLogout} sent the browser
         * @param spCertificate  our signing certificate, as DigiD knows it from our metadata
         * @return the received LogoutRequest and the raw query string the browser brings back to our SLO
         */
        LogoutExchange logout(URI logoutLocation, X509Certificate spCertificate, Consumer<LogoutResponseBuilder> change) {
            if (!logoutLocation.toString().startsWith(SLO + "?")) {
                throw new IllegalStateException("not sent to DigiD's SingleLogoutService");
            }
            String rawQuery = logoutLocation.getRawQuery();
            if (!TestIdentityProvider.queryVerifies(rawQuery, "SAMLRequest", spCertificate.getPublicKey())) {
                throw new IllegalStateException("the LogoutRequest's query signature does not verify");
            }
            Map<String, String> query = TestIdentityProvider.decodedQuery(rawQuery);
            Element request = TestXml.parse(TestIdentityProvider.inflate(query.get("SAMLRequest"))).getDocumentElement();
            if (!"LogoutRequest".equals(request.getLocalName()) || !SLO.equals(request.getAttribute("Destination"))
                    || !SP_ENTITY_ID.equals(TestXml.child(request, ASSERTION_NS, "Issuer").getTextContent())) {
                throw new IllegalStateException("not a LogoutRequest for DigiD from us");
            }
            PendingLogout answered = new PendingLogout(request.getAttribute("ID"), Instant.now());
            LogoutResponseBuilder response = TestIdentityProvider.logoutResponse(answered, idpKey);
            response.destination = SP_SLO;
            response.issueInstant = Instant.now();
            response.relayState = query.get("RelayState");
            response.with(change);
            return new LogoutExchange(request, response.query());
        }

        /**
         * @return the query string of an IdP-initiated LogoutRequest for the test citizen's DigiD
         *         session {@code sessionIndex}, to our single logout service, signed with the IdP's current key
         */
        String idpLogoutRequest(String sessionIndex) {
            LogoutRequestBuilder request = TestIdentityProvider.logoutRequest(idpKey);
            request.destination = SP_SLO;
            request.issueInstant = Instant.now();
            request.notOnOrAfter = Instant.now().plus(Duration.ofMinutes(2));
            request.sessionIndexes = List.of(sessionIndex);
            return request.query();
        }

        static Consumer<ArtifactResponseBuilder> level(AssuranceLevel level) {
            return builder -> builder.classRef = level.classRef();
        }

        static Consumer<ArtifactResponseBuilder> cancelled() {
            return builder -> {
                builder.responseStatus = "urn:oasis:names:tc:SAML:2.0:status:Responder";
                builder.responseSecondLevelStatus = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
                builder.includeAssertion = false;
            };
        }

        @Override
        public void close() {
            https.stop(0);
        }
    }

    /**
     * A LogoutRequest DigiD received and the query string of its answer.
     *
     * @param request     the LogoutRequest element
     * @param responseQuery the signed LogoutResponse query string for our single logout service
     */
    record LogoutExchange(Element request, String responseQuery) {

        String nameId() {
            return TestXml.child(request, ASSERTION_NS, "NameID").getTextContent();
        }

        String sessionIndex() {
            return TestXml.child(request, PROTOCOL_NS, "SessionIndex").getTextContent();
        }
    }

    /** @return a fresh SAMLart from the test IdP for ArtifactResolutionService index 0 */
    static String artifact() {
        return TestIdentityProvider.artifact();
    }

    static KeyStore load(Path keys, String name) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve(name + ".p12"))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
