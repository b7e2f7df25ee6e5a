package nl.frontoffice.auth.digid;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import nl.frontoffice.auth.saml.ArtifactResolutionClient;
import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.ServiceProviderSettings;
import nl.frontoffice.auth.saml.TlsArtifactResolutionClient;

/**
 * The DigiD settings, read from MicroProfile Config and checked: our SAML service provider (entity
 * id, assertion consumer service, signing keys), where the IdP metadata comes from, and the mutual
 * TLS back channel. Keys are read from PKCS12 key stores; each key entry has the password of its
 * store. Every error names the property (never a password).
 *
 * <table>
 * <caption>DigiD settings (environment variable: name in capitals, dots and dashes as underscores)</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.digid.enabled}</td><td>{@code false}</td><td>DigiD login on; when off no key is read and the login says DigiD is not configured</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.entity-id}</td><td>required</td><td>our SAML entity id (Issuer of our messages, the Audience we require)</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.acs-url}</td><td>required</td><td>absolute https URL of our HTTP-Artifact assertion consumer service</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.acs-index}</td><td>{@code 0}</td><td>its index in our metadata (AuthnRequests name it by index)</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.slo-url}</td><td>none</td><td>our HTTP-Redirect single logout URL, published in our metadata</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.keystore}</td><td>required</td><td>path of the PKCS12 key store with our SAML signing key(s)</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.keystore-password}</td><td>required</td><td>its password (also the key entries' password)</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.signing-alias}</td><td>required</td><td>alias of the key we sign with now</td></tr>
 * <tr><td>{@code frontoffice.digid.sp.next-signing-alias}</td><td>none</td><td>alias of the next key; its certificate is published in our metadata ahead of a rollover</td></tr>
 * <tr><td>{@code frontoffice.digid.idp.metadata}</td><td>required</td><td>DigiD's metadata: an http(s) URL or a file path; read at first use and cached</td></tr>
 * <tr><td>{@code frontoffice.digid.idp.metadata-refresh}</td><td>{@code PT1H}</td><td>re-read the metadata after this long (ISO-8601 duration); also re-read (at most once a minute) when a signature is made by an unknown key</td></tr>
 * <tr><td>{@code frontoffice.digid.tls.keystore}</td><td>required</td><td>path of the PKCS12 key store with our TLS client key for the back channel</td></tr>
 * <tr><td>{@code frontoffice.digid.tls.keystore-password}</td><td>required</td><td>its password (also the key entry's password)</td></tr>
 * <tr><td>{@code frontoffice.digid.tls.alias}</td><td>none: the store's only key</td><td>alias of the TLS client key</td></tr>
 * <tr><td>{@code frontoffice.digid.tls.truststore}</td><td>required</td><td>path of a PKCS12 trust store holding only DigiD's TLS server certificate or its CA (pinned; the JDK's default trust is not used)</td></tr>
 * <tr><td>{@code frontoffice.digid.tls.truststore-password}</td><td>empty</td><td>its password</td></tr>
 * <tr><td>{@code frontoffice.digid.min-level}</td><td>{@code MIDDEN}</td><td>lowest assurance level accepted anywhere: BASIS, MIDDEN, SUBSTANTIEEL or HOOG</td></tr>
 * <tr><td>{@code frontoffice.digid.clock-skew}</td><td>{@code PT2M}</td><td>clock skew allowed on the assertion's times (ISO-8601 duration)</td></tr>
 * <tr><td>{@code frontoffice.digid.audit-secret}</td><td>random per start</td><td>secret of the HMAC that turns a BSN into the citizen reference in the audit log; set it (the same on every cluster member) to make references comparable across restarts</td></tr>
 * </table>
 *
 * @param serviceProvider       our SAML settings with the signing key(s)
 * @param metadataSource        where DigiD's metadata is: an http(s) URI or a file URI
 * @param metadataRefresh       how long the cached metadata is used
 * @param artifactResolution    the mutual-TLS back channel
 * @param auditSecret           the HMAC key for citizen references
 */
public record DigidSettings(ServiceProviderSettings serviceProvider, URI metadataSource, Duration metadataRefresh,
        ArtifactResolutionClient artifactResolution, byte[] auditSecret) {

    static final String PREFIX = "frontoffice.digid.";
    static final String ENABLED = PREFIX + "enabled";
    static final String SP_ENTITY_ID = PREFIX + "sp.entity-id";
    static final String SP_ACS_URL = PREFIX + "sp.acs-url";
    static final String SP_ACS_INDEX = PREFIX + "sp.acs-index";
    static final String SP_SLO_URL = PREFIX + "sp.slo-url";
    static final String SP_KEYSTORE = PREFIX + "sp.keystore";
    static final String SP_KEYSTORE_PASSWORD = PREFIX + "sp.keystore-password";
    static final String SP_SIGNING_ALIAS = PREFIX + "sp.signing-alias";
    static final String SP_NEXT_SIGNING_ALIAS = PREFIX + "sp.next-signing-alias";
    static final String IDP_METADATA = PREFIX + "idp.metadata";
    static final String IDP_METADATA_REFRESH = PREFIX + "idp.metadata-refresh";
    static final String TLS_KEYSTORE = PREFIX + "tls.keystore";
    static final String TLS_KEYSTORE_PASSWORD = PREFIX + "tls.keystore-password";
    static final String TLS_ALIAS = PREFIX + "tls.alias";
    static final String TLS_TRUSTSTORE = PREFIX + "tls.truststore";
    static final String TLS_TRUSTSTORE_PASSWORD = PREFIX + "tls.truststore-password";
    static final String MIN_LEVEL = PREFIX + "min-level";
    static final String CLOCK_SKEW = PREFIX + "clock-skew";
    static final String AUDIT_SECRET = PREFIX + "audit-secret";

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** @return whether {@value #ENABLED} is {@code true} */
    static boolean enabled(Function<String, Optional<String>> config) {
        return config.apply(ENABLED).map(String::trim).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * @param config looks a property up; empty when it is not set
     * @throws DigidConfigurationException naming the first property that is missing or unusable
     */
    static DigidSettings read(Function<String, Optional<String>> config) {
        Function<String, Optional<String>> lookup = name -> config.apply(name).map(String::trim).filter(v -> !v.isEmpty());

        ServiceProviderSettings.Builder sp = ServiceProviderSettings.builder()
                .entityId(required(lookup, SP_ENTITY_ID));
        URI acs = httpUri(SP_ACS_URL, required(lookup, SP_ACS_URL));
        int acsIndex = lookup.apply(SP_ACS_INDEX).map(value -> integer(SP_ACS_INDEX, value)).orElse(0);
        sp.assertionConsumerService(acs, acsIndex);
        lookup.apply(SP_SLO_URL).ifPresent(value -> sp.singleLogoutService(httpUri(SP_SLO_URL, value)));

        char[] spPassword = required(lookup, SP_KEYSTORE_PASSWORD).toCharArray();
        try {
            KeyStore spStore = keyStore(SP_KEYSTORE, required(lookup, SP_KEYSTORE), spPassword);
            String signingAlias = required(lookup, SP_SIGNING_ALIAS);
            sp.signing(privateKey(spStore, SP_SIGNING_ALIAS, signingAlias, spPassword),
                    certificate(spStore, SP_SIGNING_ALIAS, signingAlias));
            lookup.apply(SP_NEXT_SIGNING_ALIAS).ifPresent(alias ->
                    sp.nextCertificate(certificate(spStore, SP_NEXT_SIGNING_ALIAS, alias)));
        } finally {
            Arrays.fill(spPassword, '\0');
        }
        sp.minimumLevel(lookup.apply(MIN_LEVEL).map(DigidSettings::level).orElse(AssuranceLevel.MIDDEN));
        sp.clockSkew(lookup.apply(CLOCK_SKEW).map(value -> duration(CLOCK_SKEW, value))
                .orElse(ServiceProviderSettings.DEFAULT_CLOCK_SKEW));

        ServiceProviderSettings serviceProvider;
        try {
            serviceProvider = sp.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DigidConfigurationException("The DigiD service provider settings (" + PREFIX + "sp.*) are not usable: "
                    + e.getMessage(), e);
        }

        URI metadata = metadataSource(required(lookup, IDP_METADATA));
        Duration refresh = lookup.apply(IDP_METADATA_REFRESH).map(value -> duration(IDP_METADATA_REFRESH, value))
                .orElse(Duration.ofHours(1));

        ArtifactResolutionClient client = tlsClient(lookup);

        byte[] secret = lookup.apply(AUDIT_SECRET)
                .map(value -> value.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
        return new DigidSettings(serviceProvider, metadata, refresh, client, secret);
    }

    private static ArtifactResolutionClient tlsClient(Function<String, Optional<String>> lookup) {
        char[] keyPassword = required(lookup, TLS_KEYSTORE_PASSWORD).toCharArray();
        char[] trustPassword = lookup.apply(TLS_TRUSTSTORE_PASSWORD).orElse("").toCharArray();
        try {
            KeyStore keys = keyStore(TLS_KEYSTORE, required(lookup, TLS_KEYSTORE), keyPassword);
            Optional<String> alias = lookup.apply(TLS_ALIAS);
            if (alias.isPresent()) {
                keys = onlyEntry(keys, alias.get(), keyPassword);
            }
            KeyStore trust = keyStore(TLS_TRUSTSTORE, required(lookup, TLS_TRUSTSTORE), trustPassword);
            return new TlsArtifactResolutionClient(keys, keyPassword, trust, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw new DigidConfigurationException("The DigiD back channel key store (" + TLS_KEYSTORE
                    + ") or trust store (" + TLS_TRUSTSTORE + ") is not usable: " + e.getMessage(), e);
        } finally {
            Arrays.fill(trustPassword, '\0');
            // the key password stays in the KeyManagerFactory; our copy is cleared
            Arrays.fill(keyPassword, '\0');
        }
    }

    /** A key store with only the entry {@code alias}, so the TLS client offers exactly that key. */
    private static KeyStore onlyEntry(KeyStore store, String alias, char[] password) {
        try {
            if (!store.isKeyEntry(alias)) {
                throw new DigidConfigurationException(TLS_ALIAS + ": the key store " + TLS_KEYSTORE
                        + " has no key entry with alias \"" + alias + "\"");
            }
            KeyStore only = KeyStore.getInstance("PKCS12");
            only.load(null, null);
            only.setKeyEntry(alias, store.getKey(alias, password), password, store.getCertificateChain(alias));
            return only;
        } catch (GeneralSecurityException | IOException e) {
            throw new DigidConfigurationException(TLS_ALIAS + ": the key \"" + alias + "\" cannot be read", e);
        }
    }

    static String required(Function<String, Optional<String>> lookup, String name) {
        return lookup.apply(name).orElseThrow(() -> new DigidConfigurationException(
                "DigiD is enabled (" + ENABLED + "=true) but " + name + " is not set"));
    }

    static KeyStore keyStore(String property, String path, char[] password) {
        Path file = Path.of(path);
        if (!Files.isReadable(file)) {
            throw new DigidConfigurationException(property + ": the key store " + file.toAbsolutePath() + " cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new DigidConfigurationException(property + ": the key store " + file.toAbsolutePath()
                    + " cannot be opened (not PKCS12, or the password in " + property + "-password is wrong)", e);
        }
    }

    private static PrivateKey privateKey(KeyStore store, String property, String alias, char[] password) {
        try {
            Key key = store.getKey(alias, password);
            if (key instanceof PrivateKey privateKey) {
                return privateKey;
            }
            throw new DigidConfigurationException(property + ": the key store " + SP_KEYSTORE
                    + " has no private key with alias \"" + alias + "\"");
        } catch (GeneralSecurityException e) {
            throw new DigidConfigurationException(property + ": the key \"" + alias + "\" in " + SP_KEYSTORE
                    + " cannot be read", e);
        }
    }

    private static X509Certificate certificate(KeyStore store, String property, String alias) {
        try {
            Certificate certificate = store.getCertificate(alias);
            if (certificate instanceof X509Certificate x509) {
                return x509;
            }
            throw new DigidConfigurationException(property + ": the key store " + SP_KEYSTORE
                    + " has no X.509 certificate with alias \"" + alias + "\"");
        } catch (GeneralSecurityException e) {
            throw new DigidConfigurationException(property + ": the certificate \"" + alias + "\" cannot be read", e);
        }
    }

    static URI metadataSource(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return httpUri(IDP_METADATA, value);
        }
        if (lower.startsWith("file:")) {
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                throw new DigidConfigurationException(IDP_METADATA + " is not a valid file URL");
            }
        }
        return Path.of(value).toAbsolutePath().toUri();
    }

    private static URI httpUri(String property, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new DigidConfigurationException(property + " must be an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DigidConfigurationException(property + " is not a valid URL");
        }
    }

    private static int integer(String property, String value) {
        try {
            int result = Integer.parseInt(value);
            if (result < 0) {
                throw new NumberFormatException();
            }
            return result;
        } catch (NumberFormatException e) {
            throw new DigidConfigurationException(property + " must be a whole number of 0 or more");
        }
    }

    private static Duration duration(String property, String value) {
        try {
            Duration result = Duration.parse(value);
            if (result.isNegative()) {
                throw new DigidConfigurationException(property + " must not be negative");
            }
            return result;
        } catch (DateTimeParseException e) {
            throw new DigidConfigurationException(property + " must be an ISO-8601 duration such as PT2M");
        }
    }

    private static AssuranceLevel level(String value) {
        try {
            return AssuranceLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DigidConfigurationException(MIN_LEVEL + " must be one of " + Arrays.toString(AssuranceLevel.values()));
        }
    }

    /** @return a copy of the HMAC key for citizen references */
    @Override
    public byte[] auditSecret() {
        return auditSecret.clone();
    }

    /** Never shows the audit secret or keys. */
    @Override
    public String toString() {
        return "DigidSettings[" + serviceProvider + ", metadata " + metadataSource + ", refresh " + metadataRefresh + "]";
    }
}
