package nl.frontoffice.auth.saml;

import java.util.Optional;

/**
 * The SAML 2.0 protocol bindings this service provider knows.
 */
public enum Binding {

    HTTP_REDIRECT("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"),
    HTTP_POST("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"),
    HTTP_ARTIFACT("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact"),
    SOAP("urn:oasis:names:tc:SAML:2.0:bindings:SOAP");

    private final String uri;

    Binding(String uri) {
        this.uri = uri;
    }

    /**
     * @return the binding's URI as metadata and messages carry it
     */
    public String uri() {
        return uri;
    }

    /**
     * @return the binding with this URI, or empty
     */
    public static Optional<Binding> fromUri(String uri) {
        for (Binding binding : values()) {
            if (binding.uri.equals(uri)) {
                return Optional.of(binding);
            }
        }
        return Optional.empty();
    }
}
