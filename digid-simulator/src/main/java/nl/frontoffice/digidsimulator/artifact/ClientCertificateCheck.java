package nl.frontoffice.digidsimulator.artifact;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Mutual TLS on the artifact resolution endpoint, as DigiD requires: when the SP's TLS certificates are configured,
 * the request must have come with a client certificate equal to one of them (the HTTPS listener of the application
 * server does the handshake and asks for the certificate; this check pins which one). When none are configured,
 * nothing is checked.
 */
public final class ClientCertificateCheck {

    /** The servlet request attribute with the client's certificate chain (Servlet 6 §3.10). */
    public static final String REQUEST_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final List<X509Certificate> pinned;

    public ClientCertificateCheck(List<X509Certificate> pinned) {
        this.pinned = List.copyOf(pinned);
    }

    public static ClientCertificateCheck none() {
        return new ClientCertificateCheck(List.of());
    }

    public boolean isEnabled() {
        return !pinned.isEmpty();
    }

    /**
     * @param chain the request's certificate chain, client certificate first; null or empty when none was sent
     * @return empty when accepted, otherwise the reason (Dutch, for the SOAP fault)
     */
    public Optional<String> problem(X509Certificate[] chain) {
        if (pinned.isEmpty()) {
            return Optional.empty();
        }
        if (chain == null || chain.length == 0) {
            return Optional.of("Er is geen TLS-clientcertificaat meegestuurd; de ArtifactResolutionService vraagt "
                    + "het TLS-certificaat van de dienstverlener (mutual TLS).");
        }
        if (!pinned.contains(chain[0])) {
            return Optional.of("Het TLS-clientcertificaat (" + chain[0].getSubjectX500Principal().getName()
                    + ") is niet een van de ingestelde TLS-certificaten van de dienstverlener.");
        }
        return Optional.empty();
    }
}
