package nl.frontoffice.auth.saml;

import java.net.URI;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * A SAML 2.0 artifact of type 0x0004 (SAML bindings §3.6.4) as the IdP sends it in {@code SAMLart},
 * checked against the IdP metadata before anything is resolved: exactly 44 bytes, type code 0x0004,
 * an endpoint index that is an ArtifactResolutionService index of the IdP, and a source id equal to
 * the SHA-1 of the IdP's entity id. Immutable.
 *
 * <p>Usage: {@code Artifact artifact = Artifact.parse(request.getParameter("SAMLart"), idp);}
 */
public final class Artifact {

    /** The type code of a SAML 2.0 artifact with source id and message handle. */
    public static final int TYPE_CODE = 0x0004;
    /** The length of a type 0x0004 artifact: 2 + 2 + 20 + 20 bytes. */
    public static final int LENGTH = 44;

    private static final int MAX_ENCODED_LENGTH = 4 * ((LENGTH + 2) / 3) + 4;

    private final String value;
    private final int endpointIndex;
    private final byte[] sourceId;
    private final byte[] messageHandle;
    private final URI resolutionEndpoint;

    private Artifact(byte[] bytes, URI resolutionEndpoint) {
        this.value = Base64.getEncoder().encodeToString(bytes);
        this.endpointIndex = ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        this.sourceId = Arrays.copyOfRange(bytes, 4, 24);
        this.messageHandle = Arrays.copyOfRange(bytes, 24, 44);
        this.resolutionEndpoint = resolutionEndpoint;
    }

    /**
     * @param samlArt the {@code SAMLart} parameter as received (already URL-decoded)
     * @param idp     the IdP it must come from
     * @return the artifact
     * @throws SamlValidationException {@link Reason#ARTIFACT_MALFORMED}, {@link Reason#ARTIFACT_LENGTH},
     *                                 {@link Reason#ARTIFACT_TYPE_CODE}, {@link Reason#ARTIFACT_SOURCE_ID}
     *                                 or {@link Reason#ARTIFACT_ENDPOINT_INDEX}
     */
    public static Artifact parse(String samlArt, IdentityProviderMetadata idp) throws SamlValidationException {
        Objects.requireNonNull(idp);
        if (samlArt == null || samlArt.isEmpty()) {
            throw new SamlValidationException(Reason.ARTIFACT_MALFORMED, "SAMLart");
        }
        if (samlArt.length() > MAX_ENCODED_LENGTH) {
            throw new SamlValidationException(Reason.ARTIFACT_LENGTH, "SAMLart");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(samlArt);
        } catch (IllegalArgumentException e) {
            throw new SamlValidationException(Reason.ARTIFACT_MALFORMED, "SAMLart");
        }
        if (bytes.length != LENGTH) {
            throw new SamlValidationException(Reason.ARTIFACT_LENGTH, "SAMLart");
        }
        int typeCode = ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
        if (typeCode != TYPE_CODE) {
            throw new SamlValidationException(Reason.ARTIFACT_TYPE_CODE, "SAMLart");
        }
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, 4, 24), idp.sourceId())) {
            throw new SamlValidationException(Reason.ARTIFACT_SOURCE_ID, "SAMLart");
        }
        int index = ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
        URI endpoint = idp.artifactResolutionService(index)
                .orElseThrow(() -> new SamlValidationException(Reason.ARTIFACT_ENDPOINT_INDEX, "SAMLart"));
        return new Artifact(bytes, endpoint);
    }

    /**
     * @return the artifact in canonical base64, as it goes into the ArtifactResolve
     */
    public String value() {
        return value;
    }

    /**
     * @return the endpoint index: which ArtifactResolutionService of the IdP holds the message
     */
    public int endpointIndex() {
        return endpointIndex;
    }

    /**
     * @return the IdP's ArtifactResolutionService location for {@link #endpointIndex()}, from the metadata
     */
    public URI resolutionEndpoint() {
        return resolutionEndpoint;
    }

    /**
     * @return a copy of the 20-byte source id (SHA-1 of the IdP's entity id)
     */
    public byte[] sourceId() {
        return sourceId.clone();
    }

    /**
     * @return a copy of the 20-byte message handle
     */
    public byte[] messageHandle() {
        return messageHandle.clone();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Artifact that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * @return the endpoint index only: an unresolved artifact is a bearer credential and is not logged
     */
    @Override
    public String toString() {
        return "Artifact[endpointIndex=" + endpointIndex + "]";
    }
}
