package nl.frontoffice.auth.saml;

import java.net.URI;

/**
 * Sends a SOAP ArtifactResolve to the IdP over the back channel and returns its SOAP answer.
 * {@link TlsArtifactResolutionClient} is the real one (mutual TLS, pinned trust).
 */
@FunctionalInterface
public interface ArtifactResolutionClient {

    /**
     * @param endpoint    the IdP's ArtifactResolutionService location
     * @param soapRequest the signed ArtifactResolve in its SOAP envelope
     * @return the SOAP envelope the IdP answered with, unchecked (validate it with {@link ArtifactResponseValidator})
     * @throws SamlValidationException {@link SamlValidationException.Reason#ARTIFACT_RESOLUTION_FAILED}
     *                                 when there is no usable answer
     */
    String resolve(URI endpoint, String soapRequest) throws SamlValidationException;
}
