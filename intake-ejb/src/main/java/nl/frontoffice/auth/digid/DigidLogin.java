package nl.frontoffice.auth.digid;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.frontoffice.auth.saml.ArtifactConsumer;
import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.AuthenticatedCitizen;
import nl.frontoffice.auth.saml.AuthnRequests;
import nl.frontoffice.auth.saml.IdentityProviderMetadata;
import nl.frontoffice.auth.saml.IdpLogoutRequest;
import nl.frontoffice.auth.saml.LogoutRequestHandler;
import nl.frontoffice.auth.saml.LogoutRequests;
import nl.frontoffice.auth.saml.LogoutResponseValidator;
import nl.frontoffice.auth.saml.LogoutResult;
import nl.frontoffice.auth.saml.PendingLogin;
import nl.frontoffice.auth.saml.PendingLogout;
import nl.frontoffice.auth.saml.RedirectAuthnRequest;
import nl.frontoffice.auth.saml.RedirectLogoutRequest;
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
 * strictly (replays refused through {@link DatabaseReplayCache}). {@link #startLogout} records the
 * citizen's logout and gives the redirect to DigiD's single logout with a signed LogoutRequest;
 * {@link #completeLogout} checks DigiD's signed LogoutResponse; {@link #handleLogoutRequest}
 * checks a logout DigiD started and answers it; {@link #logout} records the end of
 * a session that ends without the browser (idle timeout, absolute lifetime). Every login, failed
 * login and logout is one audit line naming the citizen by a non-reversible reference, never by BSN.
 *
 * <p>When {@code frontoffice.digid.enabled} is off, {@link #enabled()} is {@code false} and every
 * other method throws {@link DigidConfigurationException}, except {@link #startLogout} and
 * {@link #logout}, which only audit.
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
 *
 * // the logout button:
 * Optional<LogoutRedirect> logout = digidLogin.startLogout(citizen, "/uitgelogd");
 * request.getSession().invalidate();                       // the citizen's session ends here
 * if (logout.isPresent()) {
 *     request.getSession(true).setAttribute(PENDING_LOGOUT, logout.get().pending());
 *     response.sendRedirect(logout.get().location().toString());   // 303 to DigiD
 * } else {
 *     response.sendRedirect("/uitgelogd");
 * }
 * // back at our single logout service (frontoffice.digid.sp.slo-url) with ?SAMLResponse=...:
 * HttpSession session = request.getSession(false);
 * PendingLogout pending = session == null ? null : (PendingLogout) session.getAttribute(PENDING_LOGOUT);
 * if (session != null) {
 *     session.removeAttribute(PENDING_LOGOUT);
 * }
 * try {
 *     LogoutOutcome outcome = digidLogin.completeLogout(request.getQueryString(), pending);
 *     // outcome.confirmed(): "you are logged out"; else: "close your browser"; go to outcome.relayState()
 * } catch (DigidLogoutException e) {
 *     // refused (e.reason()): the local session is gone anyway; "close your browser"
 * }
 *
 * // at the same single logout service, a logout DigiD started (?SAMLRequest=...):
 * try {
 *     IdpLogoutRequest idpLogout = digidLogin.handleLogoutRequest(request.getQueryString());
 *     if (idpLogout.ends(citizenOfThisSession)) {
 *         session.invalidate();
 *     }
 *     response.sendRedirect(idpLogout.responseLocation().toString());   // our signed answer to DigiD
 * } catch (DigidLogoutException e) {
 *     // refused (e.reason()): send no answer
 * }
 *
 * // an idle timeout or the absolute lifetime (no browser at hand):
 * digidLogin.logout(citizen, LogoutCause.IDLE_TIMEOUT);
 * }</pre>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigidLogin {

    /** Where a citizen goes after login when the requested RelayState is not a local path. */
    public static final String DEFAULT_RELAY_STATE = "/mijn/";

    /** Where a citizen goes after logout when the RelayState is not a local path. */
    public static final String DEFAULT_LOGOUT_RELAY_STATE = "/";

    private static final Logger LOG = Logger.getLogger(DigidLogin.class.getName());

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
     * The citizen pressed "log out": records it ({@code CITIZEN_LOGOUT cause=CITIZEN}) and makes the
     * signed LogoutRequest that ends the DigiD session too. The portal ends (invalidates) the
     * citizen's HTTP session first, keeps {@link LogoutRedirect#pending()} in a new, anonymous
     * session and redirects the browser to {@link LogoutRedirect#location()}.
     *
     * @param citizen    the citizen whose session ends
     * @param relayState where the browser goes after DigiD answered; anything but a local path becomes
     *                   {@value #DEFAULT_LOGOUT_RELAY_STATE}
     * @return the redirect to DigiD, or empty (after the audit line all the same) when DigiD login is
     *         disabled, DigiD's metadata has no HTTP-Redirect SingleLogoutService, we publish no
     *         single logout service ({@code frontoffice.digid.sp.slo-url}), or the configuration or
     *         metadata cannot be read (logged as a warning): then the local logout is all there is
     */
    public Optional<LogoutRedirect> startLogout(AuthenticatedCitizen citizen, String relayState) {
        Objects.requireNonNull(citizen, "citizen");
        Optional<LogoutRedirect> redirect = Optional.empty();
        if (configuration.enabled()) {
            try {
                LogoutRequests requests = new LogoutRequests(configuration.settings().serviceProvider(),
                        configuration.identityProvider(), clock);
                if (requests.supported()) {
                    String target = RelayState.isLocalPath(relayState) ? relayState : DEFAULT_LOGOUT_RELAY_STATE;
                    RedirectLogoutRequest request = requests.redirect(citizen, target);
                    redirect = Optional.of(new LogoutRedirect(request.location(), request.pending(), target));
                }
            } catch (DigidConfigurationException e) {
                LOG.warning(() -> "No DigiD single logout, the local logout only: " + e.getMessage());
            }
        }
        auditLogout(citizen, LogoutCause.CITIZEN, redirect.isPresent() ? "requested" : "unavailable");
        return redirect;
    }

    /**
     * Checks DigiD's LogoutResponse that the browser brought back to our single logout service
     * (HTTP-Redirect, signed over the query string): signature by a key from DigiD's metadata,
     * issuer, destination, the answer to this session's pending logout (usable once), time, status.
     * A confirmed logout is audited as {@code CITIZEN_LOGOUT step=digid-response outcome=CONFIRMED},
     * another status with {@code outcome=NOT_CONFIRMED} and the status, a refused message with
     * {@code outcome=REFUSED} and the reason.
     *
     * @param rawQueryString the query string exactly as received ({@code HttpServletRequest.getQueryString()})
     * @param pending        the pending logout taken (and removed) from the HTTP session; {@code null} when there was none
     * @return whether DigiD confirmed the logout, and where to send the browser
     * @throws DigidLogoutException        the message was refused (forged, unsigned, replayed, not ours ...), with the reason
     * @throws DigidConfigurationException when DigiD is not enabled or not configured right
     */
    public LogoutOutcome completeLogout(String rawQueryString, PendingLogout pending) throws DigidLogoutException {
        DigidSettings settings = configuration.settings();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", "digid-response");
        try {
            LogoutResult result = new LogoutResponseValidator(settings.serviceProvider(), configuration.identityProvider(),
                    replayCache, clock).validate(rawQueryString, pending);
            String target = result.relayState() != null && RelayState.isLocalPath(result.relayState())
                    ? result.relayState() : DEFAULT_LOGOUT_RELAY_STATE;
            details.put("outcome", result.success() ? "CONFIRMED" : "NOT_CONFIRMED");
            if (!result.success()) {
                details.put("status", shortStatus(result.statusCode()));
                result.secondLevelStatus().ifPresent(second -> details.put("substatus", shortStatus(second)));
            }
            audit.record(AuditEvent.CITIZEN_LOGOUT, "", details);
            return new LogoutOutcome(result.success(), result.statusCode(), result.secondLevelStatusCode(), target);
        } catch (SamlValidationException e) {
            // no signingKeyUnknown() here: a query-string signature cannot tell a new DigiD key from a
            // forgery, and anyone can send one; logins (which can tell) re-read the metadata
            details.put("outcome", "REFUSED");
            details.put("reason", e.reason());
            e.where().ifPresent(where -> details.put("where", where.replaceAll("\\s+", "-")));
            audit.record(AuditEvent.CITIZEN_LOGOUT, "", details);
            throw new DigidLogoutException(e.reason(), e);
        }
    }

    /**
     * IdP-initiated single logout: checks a LogoutRequest DigiD sent the browser with to our single
     * logout service (signed over the query string by a key from DigiD's metadata, issuer,
     * destination, time, NameID, once only) and makes our signed LogoutResponse. The portal ends
     * the HTTP session whose citizen {@link IdpLogoutRequest#ends(AuthenticatedCitizen)} names and
     * redirects the browser to {@link IdpLogoutRequest#responseLocation()}. Audited as
     * {@code CITIZEN_LOGOUT cause=IDP_LOGOUT} with the citizen reference, a refused request with
     * {@code step=digid-request outcome=REFUSED} and the reason.
     *
     * @param rawQueryString the query string exactly as received
     * @return whom to log out, and the redirect with our answer
     * @throws DigidLogoutException        the request was refused, with the reason (send no answer; show the logged-out page)
     * @throws DigidConfigurationException when DigiD is not enabled or not configured right, or single
     *                                     logout is not configured on both sides
     */
    public IdpLogoutRequest handleLogoutRequest(String rawQueryString) throws DigidLogoutException {
        DigidSettings settings = configuration.settings();
        IdentityProviderMetadata idp = configuration.identityProvider();
        if (!new LogoutRequests(settings.serviceProvider(), idp, clock).supported()) {
            throw new DigidConfigurationException("single logout needs " + DigidSettings.SP_SLO_URL
                    + " and an HTTP-Redirect SingleLogoutService in DigiD's metadata");
        }
        try {
            IdpLogoutRequest request = new LogoutRequestHandler(settings.serviceProvider(), idp, replayCache, clock)
                    .handle(rawQueryString);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("cause", LogoutCause.IDP_LOGOUT);
            details.put("step", "digid-request");
            details.put("sessions", request.sessionIndexes().isEmpty() ? "all" : request.sessionIndexes().size());
            audit.record(AuditEvent.CITIZEN_LOGOUT, configuration.citizenReference(request.bsn()), details);
            return request;
        } catch (SamlValidationException e) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("cause", LogoutCause.IDP_LOGOUT);
            details.put("step", "digid-request");
            details.put("outcome", "REFUSED");
            details.put("reason", e.reason());
            e.where().ifPresent(where -> details.put("where", where.replaceAll("\\s+", "-")));
            audit.record(AuditEvent.CITIZEN_LOGOUT, "", details);
            throw new DigidLogoutException(e.reason(), e);
        }
    }

    /**
     * Records that a citizen's session ended without the browser at hand (idle timeout, absolute
     * lifetime): an audit line only, no message to DigiD. When the citizen logs out, call
     * {@link #startLogout} instead; a logout DigiD started is audited by {@link #handleLogoutRequest}.
     *
     * @param citizen the citizen whose session ended
     * @param cause   why it ended; {@code null} means {@link LogoutCause#CITIZEN}
     */
    public void logout(AuthenticatedCitizen citizen, LogoutCause cause) {
        Objects.requireNonNull(citizen, "citizen");
        auditLogout(citizen, cause == null ? LogoutCause.CITIZEN : cause, null);
    }

    private void auditLogout(AuthenticatedCitizen citizen, LogoutCause cause, String digidLogout) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("cause", cause);
        details.put("level", citizen.level());
        if (digidLogout != null) {
            details.put("digid", digidLogout);
        }
        // without configuration there is no audit secret, so no reference: the line still counts
        String subject = "";
        if (configuration.enabled()) {
            try {
                subject = configuration.citizenReference(citizen.bsn());
            } catch (DigidConfigurationException e) {
                LOG.warning(() -> "Logout audited without citizen reference: " + e.getMessage());
            }
        }
        audit.record(AuditEvent.CITIZEN_LOGOUT, subject, details);
    }

    /** @return the last part of a status URN ({@code Success}, {@code PartialLogout}), never free text */
    private static String shortStatus(String statusCode) {
        String last = statusCode.substring(statusCode.lastIndexOf(':') + 1);
        return last.matches("[A-Za-z]{1,40}") ? last : "unknown";
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
