package nl.frontoffice.portal.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import nl.frontoffice.auth.digid.DigidConfiguration;
import nl.frontoffice.auth.digid.DigidConfigurationException;
import nl.frontoffice.auth.digid.DigidLogin;
import nl.frontoffice.auth.digid.DigidLoginException;
import nl.frontoffice.auth.digid.LoginRedirect;
import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.AuthenticatedCitizen;
import nl.frontoffice.portal.error.ErrorReference;

/**
 * The HTTP side of a citizen's DigiD login, for the {@link PortalAuthenticationMechanism}:
 * {@link #start} asks {@link DigidLogin} for the signed AuthnRequest and keeps the pending login in
 * the HTTP session; {@link #complete} takes the artifact at the assertion consumer service
 * ({@value #ACS_PATH}), removes the pending login from the session (so it is usable once, and only
 * in the browser that started it), lets {@link DigidLogin} resolve and check it, and on success
 * gives the session a new id and the citizen's {@link PortalIdentity}.
 *
 * <p>Both return the URL to send the browser to: DigiD, the page the citizen asked for, or the
 * DigiD page with a {@link DigidNotice}. Nothing here writes a BSN anywhere: the audit line is
 * {@link DigidLogin}'s, and the caller name is the citizen reference.
 */
@ApplicationScoped
public class CitizenLogin {

    /** The assertion consumer service (HTTP-Artifact binding), as published in our SAML metadata. */
    public static final String ACS_PATH = "/saml/acs";

    /** The session attribute holding the login in progress ({@link LoginRedirect}). */
    static final String PENDING_ATTRIBUTE = CitizenLogin.class.getName() + ".pending";

    /** DigiD accepts a RelayState of at most 80 bytes; a longer return path becomes the personal area's start page. */
    static final int MAX_RELAY_STATE = 80;

    private static final Logger LOG = Logger.getLogger(CitizenLogin.class.getName());

    @EJB
    private DigidLogin digid;

    @Inject
    private DigidConfiguration digidConfiguration;

    @Inject
    private PortalLoginConfiguration configuration;

    @Inject
    private Clock clock;

    /**
     * Starts a DigiD login.
     *
     * @param request    the request that needs a login (its session keeps the pending login)
     * @param level      the least level the page needs (raised to the installation's minimum by {@link DigidLogin})
     * @param returnPath where to go after the login: a path within the application, with its query
     * @return the absolute URL of DigiD with the signed AuthnRequest, or the DigiD page saying that
     *         DigiD is not available (a path within the application, starting with {@code /})
     */
    public String start(HttpServletRequest request, AssuranceLevel level, String returnPath) {
        try {
            if (!digid.enabled()) {
                return DigidNotice.UNAVAILABLE.page();
            }
            String target = ReturnPath.forCitizen(returnPath);
            LoginRedirect redirect = digid.start(level,
                    target.length() <= MAX_RELAY_STATE ? target : PortalArea.CITIZEN_HOME_PAGE);
            request.getSession(true).setAttribute(PENDING_ATTRIBUTE, redirect);
            return redirect.location().toString();
        } catch (DigidConfigurationException | EJBException e) {
            String reference = ErrorReference.assign(request);
            LOG.log(Level.SEVERE, e, () -> "DigiD login could not start, reference " + reference);
            return DigidNotice.UNAVAILABLE.page() + "&referentie=" + reference;
        }
    }

    /**
     * Finishes a DigiD login at the assertion consumer service.
     *
     * @return where to send the browser: the page the citizen asked for when the login succeeded
     *         (a path within the application), else the DigiD page with the notice that says why
     */
    public String complete(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        LoginRedirect pending = null;
        if (session != null) {
            pending = session.getAttribute(PENDING_ATTRIBUTE) instanceof LoginRedirect redirect ? redirect : null;
            session.removeAttribute(PENDING_ATTRIBUTE);
        }
        String artifact = request.getParameter("SAMLart");
        if (pending == null || artifact == null || artifact.isBlank()) {
            // no login of this browser to finish: timed out at DigiD, the back button, another tab, or forged.
            // DigidLogin audits it (it refuses an answer without a pending login before resolving anything).
            if (artifact != null && !artifact.isBlank()) {
                refuse(artifact);
            }
            return DigidNotice.LOGIN_EXPIRED.page();
        }
        try {
            AuthenticatedCitizen citizen = digid.complete(artifact, pending.pending());
            PortalIdentity.citizen(digidConfiguration.citizenReference(citizen.bsn()), citizen, clock.instant())
                    .beginSessionOf(request, configuration.settings().idleTimeout());
            return pending.relayState();
        } catch (DigidLoginException e) {
            if (e.cancelled()) {
                return DigidNotice.CANCELLED.page();
            }
            if (e.levelTooLow()) {
                return DigidNotice.LEVEL_TOO_LOW.page()
                        + e.requestedLevel().map(level -> "&nodig=" + level.name()).orElse("")
                        + e.receivedLevel().map(level -> "&gebruikt=" + level.name()).orElse("")
                        + "&terug=" + URLEncoder.encode(pending.relayState(), StandardCharsets.UTF_8);
            }
            String reference = ErrorReference.assign(request);
            LOG.warning(() -> "DigiD login refused (" + e.reason() + "), reference " + reference);
            return DigidNotice.FAILED.page() + "&referentie=" + reference;
        } catch (DigidConfigurationException | EJBException e) {
            String reference = ErrorReference.assign(request);
            LOG.log(Level.SEVERE, e, () -> "DigiD login could not complete, reference " + reference);
            return DigidNotice.FAILED.page() + "&referentie=" + reference;
        }
    }

    private void refuse(String artifact) {
        try {
            digid.complete(artifact, null);
        } catch (DigidLoginException expected) {
            // audited as unsolicited by DigidLogin
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not audit an unsolicited artifact", e);
        }
    }
}
