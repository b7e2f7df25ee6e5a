package nl.frontoffice.digidsimulator.idp;

import java.util.Objects;

/**
 * Who the simulated IdP is and where it answers.
 *
 * @param entityId              the IdP's entity id (Issuer of everything it sends)
 * @param baseUrl               the public URL of the simulator's context root, without trailing slash; the SSO and
 *                              logout endpoints are under it, and AuthnRequest/LogoutRequest destinations must match
 * @param artifactResolutionUrl the ArtifactResolutionService (SOAP) URL published in the metadata, normally HTTPS
 */
public record IdpSettings(String entityId, String baseUrl, String artifactResolutionUrl) {

    public static final String DEFAULT_ENTITY_ID = "http://localhost:8080/digid-simulator/metadata";
    public static final String DEFAULT_BASE_URL = "http://localhost:8080/digid-simulator";
    public static final String DEFAULT_ARTIFACT_RESOLUTION_URL = "https://localhost:8181/digid-simulator/artifact";

    public IdpSettings {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(artifactResolutionUrl, "artifactResolutionUrl");
        baseUrl = Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", "");
    }

    public static IdpSettings defaults() {
        return new IdpSettings(DEFAULT_ENTITY_ID, DEFAULT_BASE_URL, DEFAULT_ARTIFACT_RESOLUTION_URL);
    }

    /** The SingleSignOnService, for both HTTP-Redirect and HTTP-POST. */
    public String ssoUrl() {
        return baseUrl + "/sso";
    }

    /** The SingleLogoutService (HTTP-Redirect). */
    public String logoutUrl() {
        return baseUrl + "/logout";
    }

    public String metadataUrl() {
        return baseUrl + "/metadata";
    }
}
