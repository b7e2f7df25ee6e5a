package nl.frontoffice.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
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

import org.junit.jupiter.api.Test;

import nl.frontoffice.portal.FakeHttp;
import nl.frontoffice.portal.auth.oidc.StaffOidcLogin;

/**
 * The mechanism's OpenID Connect branch: the two paths go to {@link StaffOidcLogin}; a successful
 * answer gives the session the staff member's identity (roles from our database), which the
 * container hears of at the next request. The protocol itself is tested in {@code auth.oidc}.
 */
class PortalAuthenticationMechanismOidcTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final List<String> oidcCalls = new ArrayList<>();
    private StaffOidcLogin.Result answer;

    private final StaffOidcLogin oidc = new StaffOidcLogin() {
        @Override
        public String start(HttpServletRequest request) {
            oidcCalls.add("start " + request.getParameter("terug"));
            return "https://login.gemeente.example/auth?state=s";
        }

        @Override
        public Result complete(HttpServletRequest request) {
            oidcCalls.add("complete");
            return answer;
        }
    };

    private final PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism(null, null, null,
            new PortalLoginConfiguration(LoginSettings.read(name -> Optional.empty())), Clock.fixed(NOW, ZoneOffset.UTC),
            oidc);

    private final List<String> calls = new ArrayList<>();
    private Principal principal;
    private Set<String> groups;

    private HttpMessageContext context(boolean isProtected) {
        return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "isProtected" -> isProtected;
                    case "getAuthParameters" -> AuthenticationParameters.withParams();
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "redirect" -> {
                        calls.add("redirect " + args[0]);
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

    @Test
    void theStartPathGoesToTheProvider() {
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(new FakeHttp.Request().contextPath("/portal")
                .uri("/portal/medewerker/oidc/start?terug=%2Fmedewerker%2Fzaken.xhtml").build(),
                response.build(), context(true));

        assertThat(oidcCalls).containsExactly("start /medewerker/zaken.xhtml");
        assertThat(calls).containsExactly("redirect https://login.gemeente.example/auth?state=s");
    }

    @Test
    void aGoodAnswerLogsTheStaffMemberInWithTheRolesOfOurDatabase() {
        answer = new StaffOidcLogin.Result("/medewerker/zaken.xhtml", "j.devries", Set.of("CONSULENT"));
        Map<String, Object> session = new HashMap<>();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(new FakeHttp.Request().contextPath("/portal")
                .uri("/portal/medewerker/oidc/callback?code=c&state=s").session(session).build(),
                response.build(), context(true));

        assertThat(calls).containsExactly("redirect /portal/medewerker/zaken.xhtml");
        PortalIdentity identity = (PortalIdentity) session.get(PortalIdentity.ATTRIBUTE);
        assertThat(identity.kind()).isEqualTo(PortalIdentity.Kind.STAFF);
        assertThat(identity.name()).isEqualTo("j.devries");
        assertThat(identity.groups()).containsExactly("CONSULENT");
        assertThat(identity.loggedInAt()).isEqualTo(NOW);

        calls.clear();
        AuthenticationStatus next = mechanism.validateRequest(new FakeHttp.Request().contextPath("/portal")
                .uri("/portal/medewerker/zaken.xhtml").session(session).build(), response.build(), context(true));
        assertThat(next).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(principal.getName()).isEqualTo("j.devries");
        assertThat(groups).containsExactly("CONSULENT");
    }

    @Test
    void aRefusedAnswerLogsNobodyIn() {
        answer = new StaffOidcLogin.Result("/medewerker/inloggen.xhtml?oidc=mislukt&referentie=ABCD2345", null, Set.of());
        Map<String, Object> session = new HashMap<>();
        FakeHttp.Response response = new FakeHttp.Response();

        mechanism.validateRequest(new FakeHttp.Request().contextPath("/portal")
                .uri("/portal/medewerker/oidc/callback?error=access_denied&state=s").session(session).build(),
                response.build(), context(true));

        assertThat(calls).containsExactly("redirect /portal/medewerker/inloggen.xhtml?oidc=mislukt&referentie=ABCD2345");
        assertThat(session).doesNotContainKey(PortalIdentity.ATTRIBUTE);
    }
}
