package nl.frontoffice.portal.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.portal.auth.oidc.StaffOidcLogin;

/**
 * The one {@link HttpAuthenticationMechanism} of the application. Jakarta Security 3.0 (Jakarta EE
 * 10) allows one per application, so every way of logging in goes through this class, which
 * dispatches by credential and by path. The container calls it for every request.
 *
 * <ol>
 * <li><b>A staff login in progress</b>: a {@link UsernamePasswordCredential} handed over by
 * {@code SecurityContext.authenticate(...)} from {@value PortalArea#STAFF_LOGIN_PAGE}
 * ({@code StaffLoginView}), checked by the identity stores (the staff store in
 * {@code nl.frontoffice.auth.staff}).</li>
 * <li><b>DigiD sends the citizen back</b> to the assertion consumer service
 * {@value CitizenLogin#ACS_PATH} with an artifact: {@link CitizenLogin#complete} resolves and checks
 * it, and the browser goes on to the page it asked for, or to the DigiD page with a
 * {@link DigidNotice} (cancelled, level too low, failed, expired).</li>
 * <li><b>Staff login with the municipality's OpenID Connect provider</b> (optional,
 * {@code frontoffice.staff.oidc.*}): {@value StaffOidcLogin#START_PATH} goes to the provider,
 * {@value StaffOidcLogin#CALLBACK_PATH} takes its answer ({@link StaffOidcLogin}); a staff member
 * who is active in our database gets his identity (roles from our database) as after a password login.</li>
 * <li><b>Someone who logged in earlier in this session</b>: the {@link PortalIdentity} in the
 * session is handed to the container again (name and groups), on public pages too, unless the
 * login reached its absolute lifetime ({@link LoginSettings}): then the session ends. A citizen
 * whose DigiD level is below what a page needs ({@code frontoffice.digid.area-levels}) is sent to
 * DigiD again for that level.</li>
 * <li><b>Nobody logged in and the page is protected</b> (security constraints in
 * {@code web.xml}): {@code /medewerker/*} goes to the staff login page with the page asked for as
 * {@value ReturnPath#PARAMETER}; {@code /mijn/*} goes to DigiD with a signed AuthnRequest for the
 * level of that part of the portal (default Midden), the page asked for as RelayState.</li>
 * <li><b>Otherwise</b>: a public page, nothing to do.</li>
 * </ol>
 * A successful login gets a new session id (against session fixation).
 *
 * <p>Authorisation is the container's, by role: groups map one-to-one to roles
 * ({@code WEB-INF/payara-web.xml}). A staff member who opens {@code /mijn/*}, or a citizen who
 * opens {@code /medewerker/*}, is logged in but lacks the role, and gets the 403 page.
 *
 * <p>Logout ({@code LogoutAction}) calls {@code HttpServletRequest.logout()}, which reaches
 * {@link #cleanSubject}, and then invalidates the session.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private CitizenLogin citizenLogin;

    @Inject
    private SessionEnd sessionEnd;

    @Inject
    private PortalLoginConfiguration configuration;

    @Inject
    private Clock clock;

    @Inject
    private StaffOidcLogin staffOidc;

    /** For CDI. */
    public PortalAuthenticationMechanism() {
    }

    /** With its collaborators, for tests. */
    PortalAuthenticationMechanism(IdentityStoreHandler identityStores, CitizenLogin citizenLogin, SessionEnd sessionEnd,
            PortalLoginConfiguration configuration, Clock clock) {
        this(identityStores, citizenLogin, sessionEnd, configuration, clock, StaffOidcLogin.disabled());
    }

    /** With its collaborators and the staff login with OpenID Connect, for tests. */
    PortalAuthenticationMechanism(IdentityStoreHandler identityStores, CitizenLogin citizenLogin, SessionEnd sessionEnd,
            PortalLoginConfiguration configuration, Clock clock, StaffOidcLogin staffOidc) {
        this.identityStores = identityStores;
        this.citizenLogin = citizenLogin;
        this.sessionEnd = sessionEnd;
        this.configuration = configuration;
        this.clock = clock;
        this.staffOidc = staffOidc;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential staffCredential) {
            return staffLogin(request, context, staffCredential);
        }
        String path = pathWithinApplication(request);
        if (CitizenLogin.ACS_PATH.equals(path)) {
            return redirect(request, response, context, citizenLogin.complete(request));
        }
        if (StaffOidcLogin.START_PATH.equals(path)) {
            return redirect(request, response, context, staffOidc.start(request));
        }
        if (StaffOidcLogin.CALLBACK_PATH.equals(path)) {
            StaffOidcLogin.Result oidc = staffOidc.complete(request);
            if (oidc.succeeded()) {
                staffSession(request, oidc.username(), oidc.groups());
            }
            return redirect(request, response, context, oidc.target());
        }

        var identity = PortalIdentity.in(request.getSession(false));
        if (identity.isPresent()) {
            PortalIdentity who = identity.get();
            LoginSettings settings = configuration.settings();
            if (who.olderThan(settings.maxLifetime(who.kind()), clock.instant())) {
                sessionEnd.expired(request, who);
                return context.isProtected() || PortalArea.of(path) != PortalArea.PUBLIC
                        ? redirect(request, response, context, sessionEnd.pageAfterEnd(who))
                        : context.doNothing();
            }
            if (who.kind() == PortalIdentity.Kind.CITIZEN && context.isProtected()) {
                var needed = settings.levelFor(path);
                if (needed.isPresent() && !who.level().orElseThrow().isAtLeast(needed.get())) {
                    return redirect(request, response, context,
                            citizenLogin.start(request, needed.get(), originalPathAndQuery(request)));
                }
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(who.name()), who.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return switch (PortalArea.of(path)) {
            case STAFF -> redirect(request, response, context, PortalArea.STAFF_LOGIN_PAGE + "?" + ReturnPath.PARAMETER + "="
                    + URLEncoder.encode(originalPathAndQuery(request), StandardCharsets.UTF_8));
            case CITIZEN -> redirect(request, response, context, citizenLogin.start(request,
                    configuration.settings().levelFor(path).orElse(null), originalPathAndQuery(request)));
            case PUBLIC -> forbidden(response, context);
        };
    }

    private AuthenticationStatus staffLogin(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // the identity store has audited why; the login page tells the user (StaffLoginFeedback)
            return AuthenticationStatus.SEND_FAILURE;
        }
        staffSession(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    /** A staff login by OpenID Connect: as after a password login, the container hears of it at the next request. */
    private void staffSession(HttpServletRequest request, String username, Set<String> groups) {
        PortalIdentity.staff(username, groups, clock.instant())
                .beginSessionOf(request, configuration.settings().idleTimeout());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        PortalIdentity.removeFrom(request.getSession(false));
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * Redirects to a page of this application (a path starting with {@code /}) or to an absolute URL
     * (DigiD); for a Faces ajax request (a form on a page whose session expired) as a partial
     * response, which the browser follows.
     */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String target) {
        String location = target.startsWith("/") ? request.getContextPath() + target : target;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(location);
        }
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"></redirect></partial-response>");
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send the ajax redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus forbidden(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send 403", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The decoded path as the container matched it against the security constraints. */
    static String pathWithinApplication(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        if (path.isEmpty()) {
            String uri = request.getRequestURI();
            path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        }
        return path;
    }

    /** The page asked for, within the application, with its query: where to return after the login. */
    static String originalPathAndQuery(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
