package nl.frontoffice.digidsimulator.sso;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

import nl.frontoffice.digidsimulator.artifact.Artifact;
import nl.frontoffice.digidsimulator.artifact.ArtifactStore;
import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.saml.RedirectBinding;
import nl.frontoffice.digidsimulator.saml.SamlNames;

/**
 * Answers an accepted AuthnRequest by the HTTP-Artifact binding: builds the Response (login, cancel, or no passive
 * login possible), stores it under a fresh artifact and returns the URL of the SP's assertion consumer service with
 * {@code SAMLart} and {@code RelayState} for the browser to be redirected to.
 */
public final class AuthnResponder {

    private static final Logger LOG = Logger.getLogger(AuthnResponder.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdpSettings idp;
    private final ResponseFactory responses;
    private final ArtifactStore artifacts;
    private final SimulatedSessions sessions;

    public AuthnResponder(IdpSettings idp, ResponseFactory responses, ArtifactStore artifacts,
                          SimulatedSessions sessions) {
        this.idp = idp;
        this.responses = responses;
        this.artifacts = artifacts;
        this.sessions = sessions;
    }

    /** The tester logged in as {@code bsn} (already validated) at {@code level}. */
    public String login(PendingAuthentication request, String bsn, AssuranceLevel level) {
        String sessionIndex = "_" + HexFormat.of().formatHex(randomBytes(16));
        String response = responses.success(request, bsn, level, sessionIndex);
        sessions.start(sessionIndex, request.spEntityId(), SamlNames.BSN_SECTOR_PREFIX + bsn, level);
        LOG.info(() -> "Simulated DigiD login at level " + level.label() + " for " + request.spEntityId());
        return redirect(request, response);
    }

    /** The tester cancelled: Responder / AuthnFailed, as DigiD answers when the citizen clicks "Annuleren". */
    public String cancel(PendingAuthentication request) {
        LOG.info(() -> "Simulated DigiD login cancelled for " + request.spEntityId());
        return redirect(request, responses.failure(request, SamlNames.STATUS_RESPONDER, SamlNames.STATUS_AUTHN_FAILED,
                "Authentication cancelled"));
    }

    /** The SP asked IsPassive, and the simulator always shows its login page: Responder / NoPassive. */
    public String noPassive(PendingAuthentication request) {
        return redirect(request, responses.failure(request, SamlNames.STATUS_RESPONDER, SamlNames.STATUS_NO_PASSIVE,
                "Passive authentication is not supported"));
    }

    private String redirect(PendingAuthentication request, String response) {
        Artifact artifact = artifacts.put(idp.entityId(), request.spEntityId(), response);
        StringBuilder url = new StringBuilder(request.acsUrl())
                .append(request.acsUrl().contains("?") ? '&' : '?')
                .append("SAMLart=").append(RedirectBinding.urlEncode(artifact.encoded()));
        request.relayState().ifPresent(state -> url.append("&RelayState=").append(RedirectBinding.urlEncode(state)));
        return url.toString();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
