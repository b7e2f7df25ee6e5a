package nl.frontoffice.auth.digid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import nl.frontoffice.auth.saml.IdentityProviderMetadata;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * The DigiD configuration of this application: the {@link DigidSettings} read from MicroProfile
 * Config at first use (so a deployment without DigiD never touches a key store), and DigiD's
 * metadata, fetched at first use and cached for {@code frontoffice.digid.idp.metadata-refresh}
 * (see {@link IdentityProviderMetadataCache}). The properties are listed in {@link DigidSettings}.
 */
@ApplicationScoped
public class DigidConfiguration {

    /** Length of the citizen reference in the audit log: 12 hex characters (48 bits of an HMAC-SHA256). */
    static final int REFERENCE_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(DigidConfiguration.class.getName());

    @Inject
    private Clock clock;

    /** Where properties come from; MicroProfile Config unless a test sets it. */
    Function<String, Optional<String>> config;

    private volatile DigidSettings settings;
    private volatile IdentityProviderMetadataCache metadata;

    /** @return whether {@code frontoffice.digid.enabled} is on */
    public boolean enabled() {
        return DigidSettings.enabled(lookup());
    }

    /**
     * @return the checked settings, read once
     * @throws DigidConfigurationException when DigiD is not enabled or a setting is missing or unusable
     */
    public DigidSettings settings() {
        DigidSettings current = settings;
        if (current == null) {
            synchronized (this) {
                current = settings;
                if (current == null) {
                    if (!enabled()) {
                        throw new DigidConfigurationException("DigiD login is not configured ("
                                + DigidSettings.ENABLED + " is not true)");
                    }
                    current = DigidSettings.read(lookup());
                    metadata = new IdentityProviderMetadataCache(current.metadataSource(), current.metadataRefresh(), clock);
                    settings = current;
                    LOG.info("DigiD configured: " + current);
                }
            }
        }
        return current;
    }

    /**
     * @return DigiD's metadata, from the cache while it is fresh
     * @throws DigidConfigurationException when DigiD is not configured, or the metadata cannot be read and there is no earlier copy
     */
    public IdentityProviderMetadata identityProvider() {
        settings();
        return metadata.get();
    }

    /**
     * Called when an IdP signature was made by a key our metadata does not name (DigiD may have
     * rolled its key over): the metadata is re-read for the next login, at most once a minute.
     */
    public void signingKeyUnknown() {
        IdentityProviderMetadataCache current = metadata;
        if (current != null) {
            current.signingKeyUnknown();
        }
    }

    /**
     * @return a non-reversible reference to the citizen for the audit log: the first 12 hex
     *         characters of HMAC-SHA256(secret, BSN). Never log the BSN itself.
     */
    public String citizenReference(Bsn bsn) {
        return citizenReference(settings().auditSecret(), bsn);
    }

    static String citizenReference(byte[] secret, Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest).substring(0, REFERENCE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private Function<String, Optional<String>> lookup() {
        if (config != null) {
            return config;
        }
        Config microProfile = ConfigProvider.getConfig(DigidConfiguration.class.getClassLoader());
        return name -> microProfile.getOptionalValue(name, String.class);
    }
}
