package nl.frontoffice.portal.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

/**
 * The one {@link HttpAuthenticationMechanism} of the application. Jakarta Security 3.0 (Jakarta EE
 * 10) allows one per application, so every way of logging in goes through this class, which
 * dispatches by credential and by path. The container calls it for every request.
 *
 * <ol>
 * <li><b>A login in progress</b>: a credential handed over by
 * {@code SecurityContext.authenticate(...)}.
 * <ul>
 * <li>{@link UsernamePasswordCredential}: a staff login from {@value PortalArea#STAFF_LOGIN_PAGE}
 * ({@code StaffLoginView}), checked by the identity stores (the staff store in
 * {@code nl.frontoffice.auth.staff}).</li>
 * <li><i>DigiD increment:</i> add a branch for its own credential (the SAML artifact received at
 * the assertion consumer endpoint), validated by its identity store, stored as a
 * {@link PortalIdentity.Kind#CITIZEN} identity with group {@code CITIZEN}.</li>
 * </ul>
 * A successful login gets a new session id (against session fixation) and its
 * {@link PortalIdentity} in the session.</li>
 * <li><b>Someone who logged in earlier in this session</b>: the {@link PortalIdentity} in the
 * session is handed to the container again (name and groups), on public pages too.</li>
 * <li><b>Nobody logged in and the page is protected</b> (security constraints in
 * {@code web.xml}): sent to where that area's login starts: {@code /medewerker/*} to the staff login
 * page, with the page asked for as {@value ReturnPath#PARAMETER}; {@code /mijn/*} to
 * {@value PortalArea#DIGID_PAGE}, which explains that DigiD login is coming (the DigiD increment
 * sends an AuthnRequest to DigiD here instead).</li>
 * <li><b>Otherwise</b>: a public page, nothing to do.</li>
 * </ol>
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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential staffCredential) {
            return staffLogin(request, context, staffCredential);
        }
        // DigiD increment: "else if (credential instanceof <SAML artifact credential>) return citizenLogin(...)"

        var identity = PortalIdentity.in(request.getSession(false));
        if (identity.isPresent()) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(identity.get().name()), identity.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return switch (PortalArea.of(pathWithinApplication(request))) {
            case STAFF -> redirect(request, response, context, PortalArea.STAFF_LOGIN_PAGE + "?" + ReturnPath.PARAMETER + "="
                    + URLEncoder.encode(originalPathAndQuery(request), StandardCharsets.UTF_8));
            case CITIZEN -> redirect(request, response, context, PortalArea.DIGID_PAGE);
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
        renewSession(request);
        Set<String> groups = result.getCallerGroups();
        new PortalIdentity(PortalIdentity.Kind.STAFF, result.getCallerPrincipal().getName(), groups, Instant.now())
                .storeIn(request.getSession());
        return context.notifyContainerAboutLogin(result);
    }

    /** A new session id at login, so that an id someone else planted before the login is worthless. */
    private static void renewSession(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        PortalIdentity.removeFrom(request.getSession(false));
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * Redirects to a page of this application; for a Faces ajax request (a form on a page whose
     * session expired) as a partial response, which the browser follows.
     */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String pathWithinApplication) {
        String location = request.getContextPath() + pathWithinApplication;
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
