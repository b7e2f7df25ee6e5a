package nl.frontoffice.portal.auth.oidc;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffFederatedLogin;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;
import nl.frontoffice.portal.auth.PortalArea;
import nl.frontoffice.portal.auth.ReturnPath;
import nl.frontoffice.portal.error.ErrorReference;

/**
 * The HTTP side of a staff login with the municipality's own OpenID Connect provider, for the
 * {@code PortalAuthenticationMechanism} (the application's one mechanism) and for the staff login
 * page ({@code #{staffOidc.enabled}} shows the button).
 *
 * <ul>
 * <li>{@value #START_PATH}{@code ?terug=<staff page>} (the button): {@link #start} keeps a
 * {@link PendingOidcLogin} in the HTTP session and returns the provider's authorization URL.</li>
 * <li>{@value #CALLBACK_PATH} (the registered redirect URI): {@link #complete} removes the pending
 * login from the session (usable once, only in the browser that started it), lets the
 * {@link OidcClient} check the answer and the ID token, and asks the staff database
 * ({@link StaffFederatedLogin}) whether the username claim names an active staff member; roles and
 * teams come from our database, never from the provider. On success the mechanism gives the session
 * a new id and the staff member's identity, as after a password login.</li>
 * </ul>
 * Every failure goes to the staff login page with {@value #FAILED_QUERY} and an error reference,
 * logged with the reason code (never a token, a code or a claim value) and audited as
 * {@code STAFF_LOGIN_FAILED reason=OIDC_<reason> method=oidc}. The settings ({@link OidcSettings})
 * are read once; a bad value fails loudly, naming the property.
 */
@Named("staffOidc")
@ApplicationScoped
public class StaffOidcLogin {

    /** Starts a login (the button on the staff login page links here). */
    public static final String START_PATH = "/medewerker/oidc/start";

    /** The redirect URI's path: the provider sends the browser back here. */
    public static final String CALLBACK_PATH = "/medewerker/oidc/callback";

    /** The query that makes the staff login page say that the login with the municipality account failed. */
    public static final String FAILED_QUERY = "oidc=mislukt";

    /** The method in audit lines. */
    static final String METHOD = "oidc";

    /** The session attribute holding the login in progress. */
    static final String PENDING_ATTRIBUTE = StaffOidcLogin.class.getName() + ".pending";

    private static final Logger LOG = Logger.getLogger(StaffOidcLogin.class.getName());

    @EJB
    private StaffFederatedLogin staffDirectory;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    private OidcSettings settings;
    private OidcClient client;
    private Function<String, Optional<StaffAccess>> staff;

    /** For CDI: the settings are read from MicroProfile Config. */
    public StaffOidcLogin() {
    }

    /**
     * With its collaborators, for tests.
     *
     * @param settings the settings
     * @param client   the client (for enabled settings)
     * @param staff    the active staff member with that username
     * @param audit    the audit log
     */
    StaffOidcLogin(OidcSettings settings, OidcClient client, Function<String, Optional<StaffAccess>> staff,
            AuditLog audit) {
        this.settings = settings;
        this.client = client;
        this.staff = staff;
        this.audit = audit;
    }

    /** @return an instance with OpenID Connect switched off (for tests of the mechanism) */
    public static StaffOidcLogin disabled() {
        return new StaffOidcLogin(OidcSettings.disabled(), null, username -> Optional.empty(), new AuditLog());
    }

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        settings = OidcSettings.read(name -> config.getOptionalValue(name, String.class));
        client = settings.enabled() ? new OidcClient(settings, clock) : null;
        staff = username -> staffDirectory.login(username, METHOD);
        if (settings.enabled()) {
            LOG.info(() -> "Staff login with OpenID Connect enabled: " + settings);
        }
    }

    /** @return whether staff may log in with the municipality's identity provider */
    public boolean isEnabled() {
        return settings.enabled();
    }

    /**
     * For the staff login page after a failure ({@code ?oidc=mislukt&referentie=...}).
     *
     * @param candidate the page's {@code referentie} parameter
     * @return the error reference to quote to functional support, when well-formed; else {@code null}
     */
    public String reference(String candidate) {
        return ErrorReference.isWellFormed(candidate) ? candidate : null;
    }

    /**
     * The outcome of an answer at {@value #CALLBACK_PATH}.
     *
     * @param target   where to send the browser: a path within the application
     * @param username the staff member who logged in, or {@code null} when the login failed
     * @param groups   his groups (role names) from our database; empty when the login failed
     */
    public record Result(String target, String username, Set<String> groups) {

        public Result {
            Objects.requireNonNull(target, "target");
            groups = Set.copyOf(groups);
        }

        /** @return whether a staff member logged in */
        public boolean succeeded() {
            return username != null;
        }
    }

    /**
     * Starts a login at the provider.
     *
     * @param request the request to {@value #START_PATH}; its parameter {@value ReturnPath#PARAMETER}
     *                names the staff page to go to afterwards
     * @return the provider's authorization URL, or the staff login page (a path within the
     *         application) when OpenID Connect is off or the provider cannot be reached
     */
    public String start(HttpServletRequest request) {
        if (!settings.enabled()) {
            return PortalArea.STAFF_LOGIN_PAGE;
        }
        try {
            OidcClient.AuthorizationRequest authorization =
                    client.begin(ReturnPath.forStaff(request.getParameter(ReturnPath.PARAMETER)));
            request.getSession(true).setAttribute(PENDING_ATTRIBUTE, authorization.pending());
            return authorization.location().toString();
        } catch (OidcLoginException e) {
            return failed(request, e);
        }
    }

    /**
     * Finishes a login at the redirect URI.
     *
     * @param request the provider's answer
     * @return on success the staff member and the page he asked for (or the staff home page); else
     *         the staff login page with {@value #FAILED_QUERY}
     */
    public Result complete(HttpServletRequest request) {
        if (!settings.enabled()) {
            return new Result(PortalArea.STAFF_LOGIN_PAGE, null, Set.of());
        }
        HttpSession session = request.getSession(false);
        PendingOidcLogin pending = null;
        if (session != null) {
            try {
                pending = session.getAttribute(PENDING_ATTRIBUTE) instanceof PendingOidcLogin login ? login : null;
                session.removeAttribute(PENDING_ATTRIBUTE);
            } catch (IllegalStateException invalidated) {
                pending = null;
            }
        }
        VerifiedIdToken token;
        try {
            token = client.complete(pending, request::getParameter);
        } catch (OidcLoginException e) {
            return new Result(failed(request, e), null, Set.of());
        }
        Optional<StaffAccess> access;
        try {
            access = staff.apply(token.username()); // audits success and unknown/inactive
        } catch (EJBException e) {
            String reference = ErrorReference.assign(request);
            LOG.log(Level.SEVERE, e, () -> "Staff login with OpenID Connect could not be completed, reference "
                    + reference);
            return new Result(failedPage(reference), null, Set.of());
        }
        if (access.isEmpty()) {
            String reference = ErrorReference.assign(request);
            LOG.warning(() -> "Staff login with OpenID Connect refused: the provider's user is no active staff"
                    + " member, reference " + reference);
            return new Result(failedPage(reference), null, Set.of());
        }
        return new Result(ReturnPath.forStaff(pending.returnPath()), access.get().getUsername(),
                access.get().getGroups());
    }

    private String failed(HttpServletRequest request, OidcLoginException e) {
        String reference = ErrorReference.assign(request);
        Level level = switch (e.reason()) {
            case PROVIDER_UNAVAILABLE, PROVIDER_MISCONFIGURED -> Level.SEVERE;
            default -> Level.WARNING;
        };
        LOG.log(level, () -> "Staff login with OpenID Connect failed (" + e.getMessage() + "), reference "
                + reference);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "OIDC_" + e.reason());
        details.put("method", METHOD);
        details.put("reference", reference);
        audit.record(AuditEvent.STAFF_LOGIN_FAILED, "", details);
        return failedPage(reference);
    }

    private static String failedPage(String reference) {
        return PortalArea.STAFF_LOGIN_PAGE + "?" + FAILED_QUERY + "&referentie=" + reference;
    }
}
