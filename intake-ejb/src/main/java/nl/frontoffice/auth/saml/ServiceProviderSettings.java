package nl.frontoffice.auth.saml;

import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * This service provider's own SAML settings: entity id, the assertion consumer service (HTTP-Artifact
 * binding) with its index, the signing key with its current certificate and optionally the next one
 * (both are published in our metadata during a rollover; we sign with the current key), the lowest
 * assurance level we ever accept, the clock skew allowed on time checks, and an optional single
 * logout service. Immutable; {@link #toString()} never shows the key.
 *
 * <p>Usage:
 * <pre>{@code
 * ServiceProviderSettings sp = ServiceProviderSettings.builder()
 *         .entityId("urn:nl:gemeente:frontoffice")
 *         .assertionConsumerService(URI.create("https://portal.example/saml/acs"), 0)
 *         .signing(privateKey, currentCertificate)
 *         .nextCertificate(nextCertificate)              // only during a rollover
 *         .minimumLevel(AssuranceLevel.MIDDEN)
 *         .build();
 * }</pre>
 */
public final class ServiceProviderSettings {

    /** The clock skew allowed unless configured otherwise. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(2);

    private final String entityId;
    private final URI assertionConsumerServiceUrl;
    private final int assertionConsumerServiceIndex;
    private final boolean requestAcsByIndex;
    private final PrivateKey signingKey;
    private final X509Certificate currentCertificate;
    private final X509Certificate nextCertificate;
    private final AssuranceLevel minimumLevel;
    private final Duration clockSkew;
    private final URI singleLogoutServiceUrl;

    private ServiceProviderSettings(Builder builder) {
        this.entityId = requireText(builder.entityId, "entityId");
        this.assertionConsumerServiceUrl = Objects.requireNonNull(builder.assertionConsumerServiceUrl, "assertionConsumerService");
        if (!assertionConsumerServiceUrl.isAbsolute()) {
            throw new IllegalArgumentException("the assertion consumer service URL must be absolute");
        }
        if (builder.assertionConsumerServiceIndex < 0 || builder.assertionConsumerServiceIndex > 0xFFFF) {
            throw new IllegalArgumentException("the assertion consumer service index is an unsigned short");
        }
        this.assertionConsumerServiceIndex = builder.assertionConsumerServiceIndex;
        this.requestAcsByIndex = builder.requestAcsByIndex;
        this.signingKey = Objects.requireNonNull(builder.signingKey, "signing key");
        if (!"RSA".equals(signingKey.getAlgorithm())) {
            throw new IllegalArgumentException("the signing key must be an RSA key (RSA-SHA256)");
        }
        this.currentCertificate = Objects.requireNonNull(builder.currentCertificate, "current certificate");
        this.nextCertificate = builder.nextCertificate;
        this.minimumLevel = Objects.requireNonNull(builder.minimumLevel, "minimumLevel");
        this.clockSkew = Objects.requireNonNull(builder.clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("the clock skew must be between 0 and 10 minutes");
        }
        this.singleLogoutServiceUrl = builder.singleLogoutServiceUrl;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /**
     * @return a builder; entity id, assertion consumer service and signing key are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return our entity id: the Issuer of our messages and the Audience we require */
    public String entityId() {
        return entityId;
    }

    /** @return the assertion consumer service URL (HTTP-Artifact): Destination and Recipient we require */
    public URI assertionConsumerServiceUrl() {
        return assertionConsumerServiceUrl;
    }

    /** @return the index of the assertion consumer service in our metadata */
    public int assertionConsumerServiceIndex() {
        return assertionConsumerServiceIndex;
    }

    /** @return whether AuthnRequests name the assertion consumer service by index (default) rather than by URL and binding */
    public boolean requestAcsByIndex() {
        return requestAcsByIndex;
    }

    /** The private signing key: for this package's signers only. */
    PrivateKey signingKey() {
        return signingKey;
    }

    /** @return the certificate of the key we sign with now */
    public X509Certificate currentCertificate() {
        return currentCertificate;
    }

    /** @return the certificate of the key we will sign with after the rollover, published in advance */
    public Optional<X509Certificate> nextCertificate() {
        return Optional.ofNullable(nextCertificate);
    }

    /** @return the current certificate, then the next one if any: all that our metadata publishes */
    public List<X509Certificate> publishedCertificates() {
        List<X509Certificate> all = new ArrayList<>();
        all.add(currentCertificate);
        nextCertificate().ifPresent(all::add);
        return List.copyOf(all);
    }

    /** @return the lowest assurance level accepted anywhere, whatever a request asked */
    public AssuranceLevel minimumLevel() {
        return minimumLevel;
    }

    /** @return the clock skew allowed on NotBefore, NotOnOrAfter and IssueInstant */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** @return our single logout service URL (HTTP-Redirect), if we publish one */
    public Optional<URI> singleLogoutServiceUrl() {
        return Optional.ofNullable(singleLogoutServiceUrl);
    }

    @Override
    public String toString() {
        return "ServiceProviderSettings[" + entityId + ", acs=" + assertionConsumerServiceUrl
                + " (" + assertionConsumerServiceIndex + "), minimum=" + minimumLevel + ", skew=" + clockSkew + "]";
    }

    /**
     * Builds {@link ServiceProviderSettings}.
     */
    public static final class Builder {

        private String entityId;
        private URI assertionConsumerServiceUrl;
        private int assertionConsumerServiceIndex;
        private boolean requestAcsByIndex = true;
        private PrivateKey signingKey;
        private X509Certificate currentCertificate;
        private X509Certificate nextCertificate;
        private AssuranceLevel minimumLevel = AssuranceLevel.MIDDEN;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private URI singleLogoutServiceUrl;

        private Builder() {
        }

        /** Required: our SAML entity id. */
        public Builder entityId(String value) {
            this.entityId = value;
            return this;
        }

        /** Required: the absolute URL of our HTTP-Artifact assertion consumer service and its index in our metadata. */
        public Builder assertionConsumerService(URI url, int index) {
            this.assertionConsumerServiceUrl = url;
            this.assertionConsumerServiceIndex = index;
            return this;
        }

        /** AuthnRequests carry AssertionConsumerServiceURL and ProtocolBinding instead of the index. */
        public Builder requestAcsByUrl() {
            this.requestAcsByIndex = false;
            return this;
        }

        /** Required: the RSA key we sign with now and its certificate. */
        public Builder signing(PrivateKey key, X509Certificate certificate) {
            this.signingKey = key;
            this.currentCertificate = certificate;
            return this;
        }

        /** Optional: the certificate of the key we will sign with after a rollover, published in advance. */
        public Builder nextCertificate(X509Certificate certificate) {
            this.nextCertificate = certificate;
            return this;
        }

        /** Default {@link AssuranceLevel#MIDDEN}. */
        public Builder minimumLevel(AssuranceLevel level) {
            this.minimumLevel = level;
            return this;
        }

        /** Default {@link #DEFAULT_CLOCK_SKEW}. */
        public Builder clockSkew(Duration skew) {
            this.clockSkew = skew;
            return this;
        }

        /** Optional: our HTTP-Redirect single logout service URL, published in our metadata. */
        public Builder singleLogoutService(URI url) {
            this.singleLogoutServiceUrl = url;
            return this;
        }

        /**
         * @throws IllegalArgumentException or NullPointerException when a setting is missing or wrong
         */
        public ServiceProviderSettings build() {
            return new ServiceProviderSettings(this);
        }
    }
}
