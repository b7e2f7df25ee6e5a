package nl.frontoffice.portal.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.platform.audit.AuditLog;
import nl.frontoffice.portal.FakeHttp;

/**
 * The servlet side of the staff login with OpenID Connect, with the real client against the test
 * provider: the pending login in the session, usable once; the username mapped to a staff member of
 * our database, whose roles count (not the provider's); failures to the login page, audited.
 */
class StaffOidcLoginTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final Map<String, StaffAccess> activeStaff = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private final List<String> auditLines = new ArrayList<>();
    private final Logger auditLogger = Logger.getLogger(AuditLog.LOGGER_NAME);
    private final Handler auditHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            auditLines.add(record.getMessage() != null ? record.getMessage() : String.valueOf(record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private FakeOidcProvider provider;
    private StaffOidcLogin login;
    private final Map<String, Object> session = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        provider = new FakeOidcProvider(clock);
        StaffMember member = new StaffMember("j.devries", "Jan de Vries", "j.devries@gemeente.example");
        member.grant(StaffRole.CONSULENT);
        activeStaff.put("j.devries", StaffAccess.of(member));
        OidcSettings settings = provider.settings("PT2S");
        login = new StaffOidcLogin(settings, new OidcClient(settings, clock), username -> {
            lookups.add(username);
            return Optional.ofNullable(activeStaff.get(username));
        }, new AuditLog());
        auditLogger.addHandler(auditHandler);
    }

    @AfterEach
    void stop() {
        auditLogger.removeHandler(auditHandler);
        provider.close();
    }

    private HttpServletRequest request(String uri) {
        return new FakeHttp.Request().uri("/portal" + uri).session(session).build();
    }

    private String callbackQuery(Map<String, String> answer) {
        StringBuilder query = new StringBuilder();
        answer.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return query.toString();
    }

    @Test
    void aStaffMemberOfOurDatabaseLogsInWithHisRolesFromOurDatabase() {
        String location = login.start(request(StaffOidcLogin.START_PATH + "?terug=%2Fmedewerker%2Fzaken.xhtml%3Fid%3D3"));

        assertThat(location).startsWith(provider.issuer());
        assertThat(session.get(StaffOidcLogin.PENDING_ATTRIBUTE)).isInstanceOf(PendingOidcLogin.class);

        Map<String, String> answer = provider.login(URI.create(location));
        StaffOidcLogin.Result result = login.complete(request(StaffOidcLogin.CALLBACK_PATH + "?" + callbackQuery(answer)));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.username()).isEqualTo("j.devries");
        assertThat(result.groups()).containsExactly("CONSULENT");
        assertThat(result.target()).isEqualTo("/medewerker/zaken.xhtml?id=3");
        assertThat(session).doesNotContainKey(StaffOidcLogin.PENDING_ATTRIBUTE);
        assertThat(lookups).containsExactly("j.devries");
    }

    @Test
    void theAnswerIsUsableOnce() {
        String location = login.start(request(StaffOidcLogin.START_PATH));
        Map<String, String> answer = provider.login(URI.create(location));
        String callback = StaffOidcLogin.CALLBACK_PATH + "?" + callbackQuery(answer);
        assertThat(login.complete(request(callback)).succeeded()).isTrue();

        StaffOidcLogin.Result replay = login.complete(request(callback));

        assertThat(replay.succeeded()).isFalse();
        assertThat(replay.target()).startsWith("/medewerker/inloggen.xhtml?oidc=mislukt&referentie=");
        assertThat(auditLines).anySatisfy(line -> assertThat(line)
                .startsWith("STAFF_LOGIN_FAILED").contains("reason=OIDC_NO_PENDING_LOGIN").contains("method=oidc"));
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndTheLoginIsGone() {
        String location = login.start(request(StaffOidcLogin.START_PATH));
        Map<String, String> answer = provider.login(URI.create(location));
        Map<String, String> forged = new HashMap<>(answer);
        forged.put("state", "forged");

        StaffOidcLogin.Result result = login.complete(request(StaffOidcLogin.CALLBACK_PATH + "?" + callbackQuery(forged)));
        assertThat(result.succeeded()).isFalse();
        assertThat(auditLines).anySatisfy(line -> assertThat(line).contains("reason=OIDC_STATE_MISMATCH"));

        // the real answer arrives too late: the pending login was used up by the forged one
        assertThat(login.complete(request(StaffOidcLogin.CALLBACK_PATH + "?" + callbackQuery(answer))).succeeded())
                .isFalse();
        assertThat(lookups).isEmpty();
    }

    @Test
    void someoneTheProviderKnowsButWeDoNotIsRefused() {
        provider.idTokens = authorization -> FakeOidcProvider.signRs256(provider.key1,
                provider.standardClaims(authorization.nonce()).add("preferred_username", "p.onbekend").build());
        String location = login.start(request(StaffOidcLogin.START_PATH));

        StaffOidcLogin.Result result = login.complete(request(StaffOidcLogin.CALLBACK_PATH + "?"
                + callbackQuery(provider.login(URI.create(location)))));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.groups()).isEmpty();
        assertThat(result.target()).startsWith("/medewerker/inloggen.xhtml?oidc=mislukt");
        assertThat(lookups).containsExactly("p.onbekend"); // the staff directory audits UNKNOWN_USER/INACTIVE
    }

    @Test
    void cancellingAtTheProviderLeadsBackToTheLoginPage() {
        String location = login.start(request(StaffOidcLogin.START_PATH));
        String state = (String) FakeOidcProvider.query(URI.create(location).getRawQuery()).get("state");

        StaffOidcLogin.Result result = login.complete(request(StaffOidcLogin.CALLBACK_PATH
                + "?error=access_denied&state=" + state));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.target()).startsWith("/medewerker/inloggen.xhtml?oidc=mislukt");
        assertThat(auditLines).anySatisfy(line -> assertThat(line).contains("reason=OIDC_PROVIDER_ERROR"));
    }

    @Test
    void aReturnPathOutsideTheStaffAreaIsReplacedByTheStaffHomePage() {
        String location = login.start(request(StaffOidcLogin.START_PATH + "?terug=https%3A%2F%2Fevil.example%2F"));
        StaffOidcLogin.Result result = login.complete(request(StaffOidcLogin.CALLBACK_PATH + "?"
                + callbackQuery(provider.login(URI.create(location)))));

        assertThat(result.target()).isEqualTo("/medewerker/index.xhtml");
    }

    @Test
    void anUnreachableProviderLeadsToTheLoginPage() {
        provider.close();

        assertThat(login.start(request(StaffOidcLogin.START_PATH)))
                .startsWith("/medewerker/inloggen.xhtml?oidc=mislukt&referentie=");
        assertThat(session).doesNotContainKey(StaffOidcLogin.PENDING_ATTRIBUTE);
        assertThat(auditLines).anySatisfy(line -> assertThat(line).contains("reason=OIDC_PROVIDER_UNAVAILABLE"));
    }

    @Test
    void theLoginPageShowsOnlyAWellFormedReference() {
        String target = login.complete(request(StaffOidcLogin.CALLBACK_PATH + "?code=x&state=y")).target();
        String reference = FakeOidcProvider.query(URI.create(target).getRawQuery()).get("referentie");

        assertThat(login.reference(reference)).isEqualTo(reference).isNotNull();
        assertThat(login.reference("<script>")).isNull();
        assertThat(login.reference(null)).isNull();
    }

    @Test
    void switchedOffItOnlyPointsToThePasswordLogin() {
        StaffOidcLogin off = StaffOidcLogin.disabled();

        assertThat(off.isEnabled()).isFalse();
        assertThat(off.start(request(StaffOidcLogin.START_PATH))).isEqualTo("/medewerker/inloggen.xhtml");
        assertThat(off.complete(request(StaffOidcLogin.CALLBACK_PATH + "?code=x&state=y")).succeeded()).isFalse();
    }
}
