package nl.frontoffice.auth.saml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * Resolves artifacts over HTTPS with mutual TLS: our client certificate from a key store, and trust
 * pinned to the IdP's TLS certificate or CA from a trust store of its own (never the JDK's default
 * trust), TLS 1.2 or 1.3 only, host name verification on, no redirects, timeouts, and a size limit
 * on the answer.
 *
 * <p>Usage: {@code new TlsArtifactResolutionClient(clientKeys, keyPassword, idpTrust,
 * Duration.ofSeconds(5), Duration.ofSeconds(10))}. Thread-safe; make one and reuse it.
 */
public final class TlsArtifactResolutionClient implements ArtifactResolutionClient {

    /** The largest SOAP answer read; an ArtifactResponse with one assertion is a few kilobytes. */
    public static final int MAX_RESPONSE_BYTES = 512 * 1024;

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final HttpClient http;
    private final Duration requestTimeout;

    /**
     * @param clientKeyStore    holds our TLS client key and certificate chain
     * @param clientKeyPassword the password of the key entry
     * @param trustStore        holds only the IdP's TLS server certificate or its issuing CA
     * @param connectTimeout    how long to wait for the TCP and TLS connection
     * @param requestTimeout    how long to wait for the whole answer
     * @throws IllegalArgumentException when the key or trust store is not usable
     */
    public TlsArtifactResolutionClient(KeyStore clientKeyStore, char[] clientKeyPassword, KeyStore trustStore,
            Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(clientKeyStore, "clientKeyStore");
        Objects.requireNonNull(trustStore, "trustStore");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        SSLContext context;
        try {
            if (!hasCertificate(trustStore)) {
                throw new IllegalArgumentException("the trust store holds no certificate");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(clientKeyStore, clientKeyPassword);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the TLS key or trust store is not usable", e);
        }
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        this.http = HttpClient.newBuilder()
                .sslContext(context)
                .sslParameters(parameters)
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    private static boolean hasCertificate(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isCertificateEntry(alias) || store.getCertificate(alias) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String resolve(URI endpoint, String soapRequest) throws SamlValidationException {
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            throw new SamlValidationException(Reason.ARTIFACT_RESOLUTION_FAILED, "endpoint is not https");
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + Saml.SOAP_ACTION + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(soapRequest, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new SamlValidationException(Reason.ARTIFACT_RESOLUTION_FAILED,
                            "HTTP status " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (bytes.length > MAX_RESPONSE_BYTES) {
                    throw new SamlValidationException(Reason.ARTIFACT_RESOLUTION_FAILED, "answer too large");
                }
                return new String(bytes, charset(response));
            }
        } catch (IOException e) {
            throw new SamlValidationException(Reason.ARTIFACT_RESOLUTION_FAILED, "transport", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SamlValidationException(Reason.ARTIFACT_RESOLUTION_FAILED, "interrupted", e);
        }
    }

    private static Charset charset(HttpResponse<?> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        int at = contentType.indexOf("charset=");
        if (at >= 0) {
            String name = contentType.substring(at + "charset=".length()).split("[;\\s]")[0].replace("\"", "");
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
