package nl.frontoffice.digidsimulator;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import nl.frontoffice.digidsimulator.artifact.ArtifactResolutionService;
import nl.frontoffice.digidsimulator.artifact.ArtifactStore;
import nl.frontoffice.digidsimulator.artifact.ClientCertificateCheck;
import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.idp.IdpKeys;
import nl.frontoffice.digidsimulator.idp.IdpMetadata;
import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.logout.LogoutHandler;
import nl.frontoffice.digidsimulator.saml.Certificates;
import nl.frontoffice.digidsimulator.sp.ServiceProvider;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;
import nl.frontoffice.digidsimulator.sso.AuthnRequestHandler;
import nl.frontoffice.digidsimulator.sso.AuthnResponder;
import nl.frontoffice.digidsimulator.sso.PendingAuthentications;
import nl.frontoffice.digidsimulator.sso.ResponseFactory;
import nl.frontoffice.digidsimulator.sso.SimulatedSessions;

/**
 * The simulator's parts, wired together from its configuration (see {@link #PROPERTIES} and the README). One
 * instance per application; the servlets reach it through CDI ({@link SimulatorProducer}).
 */
public final class Simulator {

    private static final Logger LOG = Logger.getLogger(Simulator.class.getName());

    public static final String ENTITY_ID = "digid-simulator.entity-id";
    public static final String BASE_URL = "digid-simulator.base-url";
    public static final String ARTIFACT_RESOLUTION_URL = "digid-simulator.artifact-resolution-url";
    public static final String KEYSTORE = "digid-simulator.keystore";
    public static final String KEYSTORE_PASSWORD = "digid-simulator.keystore-password";
    public static final String KEY_ALIAS = "digid-simulator.key-alias";
    public static final String SP_METADATA = "digid-simulator.sp.metadata";
    public static final String SP_ENTITY_ID = "digid-simulator.sp.entity-id";
    public static final String SP_SIGNING_CERTIFICATES = "digid-simulator.sp.signing-certificates";
    public static final String SP_ACS_URL = "digid-simulator.sp.acs-url";
    public static final String SP_LOGOUT_URL = "digid-simulator.sp.logout-url";
    public static final String SP_TLS_CERTIFICATES = "digid-simulator.sp.tls-certificates";

    /** Every configuration property the simulator reads. */
    public static final List<String> PROPERTIES = List.of(ENTITY_ID, BASE_URL, ARTIFACT_RESOLUTION_URL, KEYSTORE,
            KEYSTORE_PASSWORD, KEY_ALIAS, SP_METADATA, SP_ENTITY_ID, SP_SIGNING_CERTIFICATES, SP_ACS_URL,
            SP_LOGOUT_URL, SP_TLS_CERTIFICATES);

    public static final String DEFAULT_SP_METADATA = "http://localhost:8080/saml/metadata";
    public static final String GENERATED_KEYSTORE_NAME = "digid-simulator.p12";

    private final IdpSettings settings;
    private final IdpCredential credential;
    private final ServiceProviderDirectory serviceProviders;
    private final PendingAuthentications pendingAuthentications;
    private final AuthnRequestHandler authnRequests;
    private final AuthnResponder responder;
    private final ArtifactResolutionService artifactResolution;
    private final ClientCertificateCheck clientCertificates;
    private final LogoutHandler logout;
    private final String metadata;

    public Simulator(IdpSettings settings, IdpCredential credential, ServiceProviderDirectory serviceProviders,
                     ClientCertificateCheck clientCertificates, Optional<String> logoutUrl, Clock clock) {
        this.settings = settings;
        this.credential = credential;
        this.serviceProviders = serviceProviders;
        this.clientCertificates = clientCertificates;
        ArtifactStore artifacts = new ArtifactStore(clock);
        SimulatedSessions sessions = new SimulatedSessions(clock);
        this.pendingAuthentications = new PendingAuthentications(clock);
        this.authnRequests = new AuthnRequestHandler(settings, serviceProviders, clock);
        this.responder = new AuthnResponder(settings, new ResponseFactory(settings, credential, clock), artifacts,
                sessions);
        this.artifactResolution = new ArtifactResolutionService(settings, credential, serviceProviders, artifacts,
                clock);
        this.logout = new LogoutHandler(settings, credential, serviceProviders, sessions, logoutUrl, clock);
        this.metadata = IdpMetadata.xml(settings, credential);
    }

    /**
     * Builds the simulator from configuration properties.
     *
     * @param property looks up a property (MicroProfile Config in the server, a map in tests)
     * @throws IllegalStateException when the configuration is incomplete or a file cannot be read
     */
    public static Simulator fromConfiguration(Function<String, Optional<String>> property, Clock clock) {
        Function<String, Optional<String>> lookup = name -> property.apply(name).map(String::trim)
                .filter(value -> !value.isEmpty());
        IdpSettings settings = new IdpSettings(
                lookup.apply(ENTITY_ID).orElse(IdpSettings.DEFAULT_ENTITY_ID),
                lookup.apply(BASE_URL).orElse(IdpSettings.DEFAULT_BASE_URL),
                lookup.apply(ARTIFACT_RESOLUTION_URL).orElse(IdpSettings.DEFAULT_ARTIFACT_RESOLUTION_URL));
        IdpCredential credential = credential(lookup);
        ServiceProviderDirectory serviceProviders = serviceProviders(lookup, clock);
        ClientCertificateCheck clientCertificates = lookup.apply(SP_TLS_CERTIFICATES)
                .map(file -> new ClientCertificateCheck(certificates(SP_TLS_CERTIFICATES, file)))
                .orElse(ClientCertificateCheck.none());
        LOG.info(() -> "DigiD simulator (development only) as " + settings.entityId() + " at " + settings.baseUrl()
                + "; artifact resolution at " + settings.artifactResolutionUrl()
                + (clientCertificates.isEnabled() ? " (TLS client certificate pinned)" : ""));
        return new Simulator(settings, credential, serviceProviders, clientCertificates, lookup.apply(SP_LOGOUT_URL),
                clock);
    }

    private static IdpCredential credential(Function<String, Optional<String>> lookup) {
        String alias = lookup.apply(KEY_ALIAS).orElse(IdpKeys.DEFAULT_ALIAS);
        Optional<String> keystore = lookup.apply(KEYSTORE);
        try {
            if (keystore.isPresent()) {
                char[] password = lookup.apply(KEYSTORE_PASSWORD).orElseThrow(() -> new IllegalStateException(
                        KEYSTORE + " is set but " + KEYSTORE_PASSWORD + " is not")).toCharArray();
                return IdpKeys.load(Path.of(keystore.get()), password, alias);
            }
            Path generated = generatedKeystore();
            return IdpKeys.loadOrGenerate(generated, IdpKeys.GENERATED_KEYSTORE_PASSWORD.toCharArray(), alias);
        } catch (IOException e) {
            throw new IllegalStateException("The DigiD simulator has no signing key: " + e.getMessage(), e);
        }
    }

    /** {@code <instance>/config/digid-simulator.p12} in Payara, else in a directory under java.io.tmpdir. */
    static Path generatedKeystore() {
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        Path directory = instanceRoot != null
                ? Path.of(instanceRoot, "config")
                : Path.of(System.getProperty("java.io.tmpdir"), "digid-simulator");
        return directory.resolve(GENERATED_KEYSTORE_NAME);
    }

    private static ServiceProviderDirectory serviceProviders(Function<String, Optional<String>> lookup, Clock clock) {
        Optional<String> entityId = lookup.apply(SP_ENTITY_ID);
        if (entityId.isEmpty()) {
            String metadata = lookup.apply(SP_METADATA).orElse(DEFAULT_SP_METADATA);
            LOG.info(() -> "DigiD simulator reads service provider metadata from " + metadata + " when first needed");
            return ServiceProviderDirectory.fromMetadata(metadata, clock);
        }
        String certificates = lookup.apply(SP_SIGNING_CERTIFICATES).orElseThrow(() -> new IllegalStateException(
                SP_ENTITY_ID + " is set, so " + SP_SIGNING_CERTIFICATES + " (a PEM file) is needed too"));
        String acsUrl = lookup.apply(SP_ACS_URL).orElseThrow(() -> new IllegalStateException(
                SP_ENTITY_ID + " is set, so " + SP_ACS_URL + " is needed too"));
        ServiceProvider sp = ServiceProvider.configured(entityId.get(),
                certificates(SP_SIGNING_CERTIFICATES, certificates), acsUrl, lookup.apply(SP_LOGOUT_URL));
        LOG.info(() -> "DigiD simulator serves the configured service provider " + sp.entityId());
        return ServiceProviderDirectory.of(List.of(sp));
    }

    private static List<X509Certificate> certificates(String property, String file) {
        try {
            return Certificates.read(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(property + ": " + e.getMessage(), e);
        }
    }

    public IdpSettings settings() {
        return settings;
    }

    public IdpCredential credential() {
        return credential;
    }

    public ServiceProviderDirectory serviceProviders() {
        return serviceProviders;
    }

    public PendingAuthentications pendingAuthentications() {
        return pendingAuthentications;
    }

    public AuthnRequestHandler authnRequests() {
        return authnRequests;
    }

    public AuthnResponder responder() {
        return responder;
    }

    public ArtifactResolutionService artifactResolution() {
        return artifactResolution;
    }

    public ClientCertificateCheck clientCertificates() {
        return clientCertificates;
    }

    public LogoutHandler logout() {
        return logout;
    }

    /** The IdP metadata document (XML with declaration). */
    public String metadata() {
        return metadata;
    }
}
