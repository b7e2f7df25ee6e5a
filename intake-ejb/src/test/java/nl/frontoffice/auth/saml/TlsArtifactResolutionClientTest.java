package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

import nl.frontoffice.auth.saml.SamlTestKeys.KeyMaterial;
import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The back channel against a local HTTPS server on 127.0.0.1 that requires a client certificate,
 * as DigiD's ArtifactResolutionService does.
 */
class TlsArtifactResolutionClientTest {

    private static final String ANSWER = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>";

    private static SamlTestKeys keys;

    private HttpsServer server;
    private final AtomicReference<String> clientSubject = new AtomicReference<>();
    private final AtomicReference<String> soapAction = new AtomicReference<>();
    private final AtomicReference<String> receivedBody = new AtomicReference<>();

    @BeforeAll
    static void keys() {
        keys = SamlTestKeys.get();
    }

    @BeforeEach
    void startServer() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory serverKeys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        serverKeys.init(keys.tlsServer.keyStore(), SamlTestKeys.PASSWORD);
        TrustManagerFactory clients = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        clients.init(keys.tlsClient.asTrustStore());
        context.init(serverKeys.getKeyManagers(), clients.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/resolve", exchange -> {
            HttpsExchange https = (HttpsExchange) exchange;
            clientSubject.set(((X509Certificate) https.getSSLSession().getPeerCertificates()[0])
                    .getSubjectX500Principal().getName());
            soapAction.set(exchange.getRequestHeaders().getFirst("SOAPAction"));
            try (InputStream in = exchange.getRequestBody()) {
                receivedBody.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            respond(exchange, 200, ANSWER.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/error", exchange -> respond(exchange, 500, "fault".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", exchange ->
                respond(exchange, 200, new byte[TlsArtifactResolutionClient.MAX_RESPONSE_BYTES + 10]));
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static TlsArtifactResolutionClient client(KeyMaterial clientKey, KeyStore trust) {
        return new TlsArtifactResolutionClient(clientKey.keyStore(), SamlTestKeys.PASSWORD, trust,
                Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Test
    void resolvesOverMutualTlsWithThePinnedServerCertificate() throws SamlValidationException {
        String answer = client(keys.tlsClient, keys.tlsServer.asTrustStore()).resolve(url("/resolve"), "<request/>");

        assertThat(answer).isEqualTo(ANSWER);
        assertThat(receivedBody).hasValue("<request/>");
        assertThat(clientSubject.get()).isEqualTo("CN=Frontoffice SP TLS client");
        assertThat(soapAction).hasValue("\"http://www.oasis-open.org/committees/security\"");
    }

    @Test
    void refusesAServerWhoseCertificateIsNotPinned() {
        TlsArtifactResolutionClient client = client(keys.tlsClient, keys.tlsRogueServer.asTrustStore());

        assertRejected(() -> client.resolve(url("/resolve"), "<request/>"), Reason.ARTIFACT_RESOLUTION_FAILED);
        assertThat(receivedBody).hasValue(null);
    }

    @Test
    void theServerRefusesAClientWithoutTheRegisteredCertificate() {
        TlsArtifactResolutionClient client = client(keys.attacker, keys.tlsServer.asTrustStore());

        assertRejected(() -> client.resolve(url("/resolve"), "<request/>"), Reason.ARTIFACT_RESOLUTION_FAILED);
        assertThat(receivedBody).hasValue(null);
    }

    @Test
    void anHttpErrorIsAFailedResolution() {
        TlsArtifactResolutionClient client = client(keys.tlsClient, keys.tlsServer.asTrustStore());

        assertRejected(() -> client.resolve(url("/error"), "<request/>"), Reason.ARTIFACT_RESOLUTION_FAILED);
    }

    @Test
    void anOversizedAnswerIsAFailedResolution() {
        TlsArtifactResolutionClient client = client(keys.tlsClient, keys.tlsServer.asTrustStore());

        assertRejected(() -> client.resolve(url("/huge"), "<request/>"), Reason.ARTIFACT_RESOLUTION_FAILED);
    }

    @Test
    void plainHttpIsNeverUsed() {
        TlsArtifactResolutionClient client = client(keys.tlsClient, keys.tlsServer.asTrustStore());

        assertRejected(() -> client.resolve(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/resolve"),
                "<request/>"), Reason.ARTIFACT_RESOLUTION_FAILED);
    }
}
