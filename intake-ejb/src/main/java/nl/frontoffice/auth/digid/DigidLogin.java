package nl.frontoffice.auth.digid;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.frontoffice.auth.saml.ArtifactConsumer;
import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.AuthenticatedCitizen;
import nl.frontoffice.auth.saml.AuthnRequests;
import nl.frontoffice.auth.saml.PendingLogin;
import nl.frontoffice.auth.saml.RedirectAuthnRequest;
import nl.frontoffice.auth.saml.RelayState;
import nl.frontoffice.auth.saml.SamlValidationException;
import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.ServiceProviderMetadata;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;

/**
 * The DigiD login, the boundary the portal calls: {@link #start} gives the redirect to DigiD and
 * the pending login to keep in the HTTP session; {@link #complete} takes the artifact DigiD sent
 * the browser back with, resolves it over the mutual-TLS back channel and checks the answer
 * strictly (replays refused through {@link DatabaseReplayCache}); {@link #logout} records the end
 * of a citizen's session. Every login, failed login and logout is one audit line naming the
 * citizen by a non-reversible reference, never by BSN.
 *
 * <p>When {@code frontoffice.digid.enabled} is off, {@link #enabled()} is {@code false} and every
 * other method throws {@link DigidConfigurationException}.
 *
 * <p>Usage (portal):
 * <pre>{@code
 * LoginRedirect redirect = digidLogin.start(AssuranceLevel.MIDDEN, request.getRequestURI());
 * session.setAttribute(PENDING, redirect.pending());
 * response.sendRedirect(redirect.location().toString());
 * // back at the assertion consumer service:
 * PendingLogin pending = (PendingLogin) session.getAttribute(PENDING);
 * session.removeAttribute(PENDING);
 * try {
 *     AuthenticatedCitizen citizen = digidLogin.complete(request.getParameter("SAMLart"), pending);
 * } catch (DigidLoginException e) {
 *     // e.cancelled(), e.levelTooLow() + e.receivedLevel(), e.reason()
 * }
 * }</pre>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigidLogin {

    /** Where a citizen goes after login when the requested RelayState is not a local path. */
    public static final String DEFAULT_RELAY_STATE = "/mijn/";

    /** Why a citizen's session ended, for the audit line. */
    public enum LogoutCause {
        /** The citizen logged out. */
        CITIZEN,
        /** The session was idle too long. */
        IDLE_TIMEOUT,
        /** The session reached its absolute lifetime. */
        SESSION_EXPIRED,
        /** DigiD asked us to end the session (single logout). */
        IDP_LOGOUT
    }

    @Inject
    private DigidConfiguration configuration;

    @EJB
    private DatabaseReplayCache replayCache;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** @return whether DigiD login is switched on ({@code frontoffice.digid.enabled}) */
    public boolean enabled() {
        return configuration.enabled();
    }

    /**
     * @param requested  the least level this part of the portal needs; raised to {@code frontoffice.digid.min-level};
     *                   {@code null} means that minimum
     * @param relayState where the citizen wants to go after login; anything but a local path becomes {@value #DEFAULT_RELAY_STATE}
     * @return the redirect to DigiD with a signed AuthnRequest, and the pending login to keep in the session
     * @throws DigidConfigurationException when DigiD is not enabled or not configured right
     */
    public LoginRedirect start(AssuranceLevel requested, String relayState) {
        DigidSettings settings = configuration.settings();
        AssuranceLevel level = requested == null
                ? settings.serviceProvider().minimumLevel()
                : AssuranceLevel.max(requested, settings.serviceProvider().minimumLevel());
        String target = RelayState.isLocalPath(relayState) ? relayState : DEFAULT_RELAY_STATE;
        RedirectAuthnRequest redirect = new AuthnRequests(settings.serviceProvider(), configuration.identityProvider(), clock)
                .redirect(level, target);
        return new LoginRedirect(redirect.location(), redirect.pending(), target);
    }

    /**
     * @param samlArt the {@code SAMLart} parameter DigiD sent the browser back with
     * @param pending the pending login taken (and removed) from the HTTP session; {@code null} when there was none
     * @return the citizen, at least at the requested level
     * @throws DigidLoginException         the login failed or was cancelled, with the reason (audited)
     * @throws DigidConfigurationException when DigiD is not enabled or not configured right
     */
    public AuthenticatedCitizen complete(String samlArt, PendingLogin pending) throws DigidLoginException {
        DigidSettings settings = configuration.settings();
        try {
            AuthenticatedCitizen citizen = new ArtifactConsumer(settings.serviceProvider(), configuration.identityProvider(),
                    settings.artifactResolution(), replayCache, clock).consume(samlArt, pending);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("level", citizen.level());
            details.put("requested", pending.requestedLevel());
            audit.record(AuditEvent.CITIZEN_LOGIN, configuration.citizenReference(citizen.bsn()), details);
            return citizen;
        } catch (SamlValidationException e) {
            if (e.reason() == Reason.UNTRUSTED_KEY) {
                configuration.signingKeyUnknown();
            }
            AssuranceLevel requestedLevel = pending == null ? null : pending.requestedLevel();
            AssuranceLevel received = e.receivedLevel().orElse(null);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", e.reason());
            e.where().ifPresent(where -> details.put("where", where.replaceAll("\\s+", "-")));
            if (requestedLevel != null) {
                details.put("requested", requestedLevel);
            }
            if (received != null) {
                details.put("received", received);
            }
            audit.record(AuditEvent.CITIZEN_LOGIN_FAILED, "", details);
            throw new DigidLoginException(e.reason(), requestedLevel, received, e);
        }
    }

    /**
     * Records that a citizen's session ended. Sending a LogoutRequest to DigiD is the portal's
     * next step (not built yet).
     *
     * @param citizen the citizen whose session ended
     * @param cause   why it ended
     */
    public void logout(AuthenticatedCitizen citizen, LogoutCause cause) {
        Objects.requireNonNull(citizen, "citizen");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cause", cause == null ? LogoutCause.CITIZEN : cause);
        details.put("level", citizen.level());
        audit.record(AuditEvent.CITIZEN_LOGOUT, configuration.citizenReference(citizen.bsn()), details);
    }

    /**
     * @return our SAML metadata (entity id, assertion consumer service, single logout service, the
     *         signing certificate and, during a rollover, the next one), to publish at a stable URL
     * @throws DigidConfigurationException when DigiD is not enabled or not configured right
     */
    public String serviceProviderMetadata() {
        return ServiceProviderMetadata.toXml(configuration.settings().serviceProvider());
    }
}
