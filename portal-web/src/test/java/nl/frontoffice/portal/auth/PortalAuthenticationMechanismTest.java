package nl.frontoffice.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.AuthenticatedCitizen;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.portal.FakeHttp;

/**
 * Where the authentication mechanism sends whom, and whom it hands to the container. The logins
 * themselves, with the container, the identity store, DigiD (the simulator) and the database, are
 * proven by the system tests {@code StaffLoginIT} and {@code CitizenLoginIT}.
 */
class PortalAuthenticationMechanismTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final List<String> digidCalls = new ArrayList<>();
    private final List<String> sessionEnds = new ArrayList<>();

    /** The DigiD side, which needs the EJB and DigiD: proven by the system test CitizenLoginIT. */
    private final CitizenLogin citizenLogin = new CitizenLogin() {
        @Override
        public String start(HttpServletRequest request, AssuranceLevel level, String returnPath) {
            digidCalls.add("start " + level + " " + returnPath);
            return "https://digid.example/sso?SAMLRequest=x";
        }

        @Override
        public String complete(HttpServletRequest request) {
            digidCalls.add("complete");
            return "/mijn/zaken.xhtml";
        }
    };

    private final SessionEnd sessionEnd = new SessionEnd() {
        @Override
        public void expired(HttpServletRequest request, PortalIdentity who) {
            sessionEnds.add("expired " + who.name());
        }
    };

    private final PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism(null, citizenLogin,
            sessionEnd, new PortalLoginConfiguration(LoginSettings.read(name -> Optional.empty())),
            Clock.fixed(NOW, ZoneOffset.UTC));

    /** What the mechanism asked of the container. */
    private static final class Context {
        final List<String> calls = new java.util.ArrayList<>();
        Principal principal;
        Set<String> groups;

        HttpMessageContext build(boolean isProtected, HttpServletResponse response) {
            return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpMessageContext.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "isProtected" -> isProtected;
                        case "getAuthParameters" -> AuthenticationParameters.withParams();
                        case "doNothing" -> {
                            calls.add("doNothing");
                            yield AuthenticationStatus.NOT_DONE;
                        }
                        case "redirect" -> {
                            calls.add("redirect " + args[0]);
                            response.setHeader("Location", (String) args[0]);
                            yield AuthenticationStatus.SEND_CONTINUE;
                        }
                        case "notifyContainerAboutLogin" -> {
                            calls.add("login");
                            principal = (Principal) args[0];
                            @SuppressWarnings("unchecked")
                            Set<String> given = (Set<String>) args[1];
                            groups = given;
                            yield AuthenticationStatus.SUCCESS;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    private static HttpServletRequest request(String uri) {
        return new FakeHttp.Request().contextPath("").uri(uri).build();
    }

    @Test
    void aPublicPageNeedsNothing() {
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        AuthenticationStatus status = mechanism.validateRequest(request("/index.xhtml"), response.build(),
                context.build(false, response.build()));

        assertThat(status).isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(context.calls).containsExactly("doNothing");
    }

    @Test
    void anAnonymousStaffPageGoesToTheStaffLoginWithThePageToReturnTo() {
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(request("/medewerker/zaak.xhtml?id=Z-2026-000001&tab=2"), response.build(),
                context.build(true, response.build()));

        assertThat(context.calls).containsExactly(
                "redirect /medewerker/inloggen.xhtml?terug=%2Fmedewerker%2Fzaak.xhtml%3Fid%3DZ-2026-000001%26tab%3D2");
    }

    @Test
    void theContextPathIsKeptInTheRedirectButNotInThePageToReturnTo() {
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(new FakeHttp.Request().contextPath("/portal").uri("/portal/medewerker/index.xhtml").build(),
                response.build(), context.build(true, response.build()));

        assertThat(context.calls).containsExactly(
                "redirect /portal/medewerker/inloggen.xhtml?terug=%2Fmedewerker%2Findex.xhtml");
    }

    @Test
    void anAnonymousPersonalAreaGoesToDigiDAtLevelMiddenWithThePageToReturnTo() {
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(request("/mijn/zaken.xhtml?zaak=1"), response.build(), context.build(true, response.build()));

        assertThat(digidCalls).containsExactly("start MIDDEN /mijn/zaken.xhtml?zaak=1");
        assertThat(context.calls).containsExactly("redirect https://digid.example/sso?SAMLRequest=x");
    }

    @Test
    void theAssertionConsumerServiceFinishesTheLoginAndGoesWhereTheCitizenWanted() {
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(request("/saml/acs"), response.build(), context.build(false, response.build()));

        assertThat(digidCalls).containsExactly("complete");
        assertThat(context.calls).containsExactly("redirect /mijn/zaken.xhtml");
    }

    @Test
    void aCitizenBelowTheLevelOfAPageIsSentToDigiDForThatLevel() {
        Map<String, Object> session = new HashMap<>();
        session.put(PortalIdentity.ATTRIBUTE, PortalIdentity.citizen("c0ffee", citizen(AssuranceLevel.BASIS), NOW));
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(new FakeHttp.Request().contextPath("").uri("/mijn/").session(session).build(),
                response.build(), context.build(true, response.build()));

        assertThat(digidCalls).containsExactly("start MIDDEN /mijn/");
        assertThat(context.calls).containsExactly("redirect https://digid.example/sso?SAMLRequest=x");
    }

    @Test
    void aCitizenAtTheLevelIsHandedToTheContainerAsGroupCitizenUnderAPseudonym() {
        Map<String, Object> session = new HashMap<>();
        session.put(PortalIdentity.ATTRIBUTE, PortalIdentity.citizen("c0ffee", citizen(AssuranceLevel.MIDDEN), NOW));
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        AuthenticationStatus status = mechanism.validateRequest(
                new FakeHttp.Request().contextPath("").uri("/mijn/").session(session).build(),
                response.build(), context.build(true, response.build()));

        assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(context.principal.getName()).isEqualTo("c0ffee").doesNotContain("999993847");
        assertThat(context.groups).containsExactly("CITIZEN");
        assertThat(digidCalls).isEmpty();
    }

    @Test
    void aLoginPastItsAbsoluteLifetimeEndsAndTheCitizenIsToldSo() {
        Map<String, Object> session = new HashMap<>();
        session.put(PortalIdentity.ATTRIBUTE, PortalIdentity.citizen("c0ffee", citizen(AssuranceLevel.MIDDEN),
                NOW.minus(Duration.ofHours(2))));
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(new FakeHttp.Request().contextPath("").uri("/mijn/").session(session).build(),
                response.build(), context.build(true, response.build()));

        assertThat(sessionEnds).containsExactly("expired c0ffee");
        assertThat(context.calls).containsExactly("redirect /inloggen/digid.xhtml?melding=sessie-verlopen");
    }

    @Test
    void aStaffLoginWithinItsLifetimeGoesOn() {
        Map<String, Object> session = new HashMap<>();
        session.put(PortalIdentity.ATTRIBUTE, PortalIdentity.staff("j.devries", Set.of("KCC"), NOW.minus(Duration.ofHours(9))));
        Context context = new Context();
        FakeHttp.Response response = new FakeHttp.Response();

        AuthenticationStatus status = mechanism.validateRequest(
                new FakeHttp.Request().contextPath("").uri("/medewerker/index.xhtml").session(session).build(),
                response.build(), context.build(true, response.build()));

        assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(sessionEnds).isEmpty();
    }

    private static AuthenticatedCitizen citizen(AssuranceLevel level) {
        return new AuthenticatedCitizen(Bsn.of("999993847"), level, "session-1", "assertion-1", NOW.plusSeconds(300));
    }

    @Test
    void anAjaxRequestAfterTheSessionExpiredGetsAFacesRedirect() {
        Context context = new Context();
        StringWriter body = new StringWriter();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getWriter" -> new PrintWriter(body, true);
                    default -> null;
                });
        HttpServletRequest ajax = new FakeHttp.Request().contextPath("").method("POST").uri("/medewerker/index.xhtml")
                .header("Faces-Request", "partial/ajax").build();

        AuthenticationStatus status = mechanism.validateRequest(ajax, response, context.build(true, response));

        assertThat(status).isEqualTo(AuthenticationStatus.SEND_CONTINUE);
        assertThat(context.calls).isEmpty();
        assertThat(body.toString()).contains(
                "<partial-response><redirect url=\"/medewerker/inloggen.xhtml?terug=%2Fmedewerker%2Findex.xhtml\">");
    }

    @Test
    void someoneWhoLoggedInEarlierInTheSessionIsHandedToTheContainerOnEveryRequestWithHisGroups() {
        Map<String, Object> session = new HashMap<>();
        session.put(PortalIdentity.ATTRIBUTE, PortalIdentity.staff("j.devries",
                Set.of("CONSULENT"), Instant.parse("2026-03-02T09:00:00Z")));
        for (String page : new String[] {"/medewerker/index.xhtml", "/index.xhtml", "/mijn/zaken.xhtml"}) {
            Context context = new Context();
            FakeHttp.Response response = new FakeHttp.Response();
            HttpServletRequest request = new FakeHttp.Request().contextPath("").uri(page).session(session).build();

            AuthenticationStatus status = mechanism.validateRequest(request, response.build(), context.build(true, response.build()));

            // the container then decides by role: /mijn/* needs CITIZEN, so that request gets 403
            assertThat(status).as(page).isEqualTo(AuthenticationStatus.SUCCESS);
            assertThat(context.principal.getName()).isEqualTo("j.devries");
            assertThat(context.groups).containsExactly("CONSULENT");
        }
    }

    @Test
    void logoutForgetsTheIdentity() {
        Map<String, Object> session = new HashMap<>();
        session.put(PortalIdentity.ATTRIBUTE, PortalIdentity.staff("j.devries",
                Set.of("CONSULENT"), Instant.now()));
        HttpServletRequest request = new FakeHttp.Request().contextPath("").uri("/medewerker/index.xhtml").session(session).build();
        HttpMessageContext context = (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "cleanClientSubject" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });

        mechanism.cleanSubject(request, new FakeHttp.Response().build(), context);

        assertThat(session).doesNotContainKey(PortalIdentity.ATTRIBUTE);
    }

    @Test
    void areasFollowThePathPrefixes() {
        assertThat(PortalArea.of("/medewerker/index.xhtml")).isEqualTo(PortalArea.STAFF);
        assertThat(PortalArea.of("/medewerker/inloggen.xhtml")).isEqualTo(PortalArea.STAFF);
        assertThat(PortalArea.of("/mijn/")).isEqualTo(PortalArea.CITIZEN);
        assertThat(PortalArea.of("/medewerkers.xhtml")).isEqualTo(PortalArea.PUBLIC);
        assertThat(PortalArea.of("/mijnheer.xhtml")).isEqualTo(PortalArea.PUBLIC);
        assertThat(PortalArea.of(null)).isEqualTo(PortalArea.PUBLIC);
    }
}
