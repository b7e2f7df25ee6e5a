package nl.frontoffice.digidsimulator.sp;

import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.frontoffice.digidsimulator.saml.SamlNames;

/**
 * A service provider the simulator answers: its entity id, the certificates its messages are signed with (several
 * during a key rollover), its assertion consumer services and its single logout services.
 */
public record ServiceProvider(String entityId, List<X509Certificate> signingCertificates,
                              List<Endpoint> assertionConsumerServices, List<Endpoint> singleLogoutServices) {

    public ServiceProvider {
        Objects.requireNonNull(entityId, "entityId");
        signingCertificates = List.copyOf(signingCertificates);
        assertionConsumerServices = List.copyOf(assertionConsumerServices);
        singleLogoutServices = List.copyOf(singleLogoutServices);
    }

    /**
     * A service provider configured directly instead of by metadata (for tests): one HTTP-Artifact assertion consumer
     * service (index 0) and optionally one HTTP-Redirect single logout service.
     */
    public static ServiceProvider configured(String entityId, List<X509Certificate> signingCertificates,
                                             String acsUrl, Optional<String> logoutUrl) {
        return new ServiceProvider(entityId, signingCertificates,
                List.of(Endpoint.indexed(SamlNames.BINDING_HTTP_ARTIFACT, acsUrl, 0, true)),
                logoutUrl.map(url -> List.of(Endpoint.of(SamlNames.BINDING_HTTP_REDIRECT, url))).orElse(List.of()));
    }

    /** The artifact-binding ACS with this index. */
    public Optional<Endpoint> artifactConsumerByIndex(int index) {
        return artifactConsumers().stream().filter(endpoint -> endpoint.index() == index).findFirst();
    }

    /** The artifact-binding ACS with exactly this URL. */
    public Optional<Endpoint> artifactConsumerByUrl(String url) {
        return artifactConsumers().stream().filter(endpoint -> endpoint.location().equals(url)).findFirst();
    }

    /** The default artifact-binding ACS: the one marked default, else the one with the lowest index. */
    public Optional<Endpoint> defaultArtifactConsumer() {
        List<Endpoint> consumers = artifactConsumers();
        return consumers.stream().filter(Endpoint::isDefault).findFirst()
                .or(() -> consumers.stream().min(Comparator.comparingInt(Endpoint::index)));
    }

    /** Where a LogoutResponse goes by HTTP-Redirect, if the SP has such a SingleLogoutService. */
    public Optional<String> redirectLogoutResponseTarget() {
        return singleLogoutServices.stream()
                .filter(endpoint -> SamlNames.BINDING_HTTP_REDIRECT.equals(endpoint.binding()))
                .map(Endpoint::responseTarget).findFirst();
    }

    private List<Endpoint> artifactConsumers() {
        return assertionConsumerServices.stream()
                .filter(endpoint -> SamlNames.BINDING_HTTP_ARTIFACT.equals(endpoint.binding())).toList();
    }
}
