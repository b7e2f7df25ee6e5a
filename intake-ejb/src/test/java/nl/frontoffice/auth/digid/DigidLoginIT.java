package nl.frontoffice.auth.digid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.Inflater;

import jakarta.ejb.EJB;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.auth.saml.AuthenticatedCitizen;
import nl.frontoffice.auth.saml.IdpLogoutRequest;
import nl.frontoffice.auth.saml.PendingLogout;
import nl.frontoffice.auth.saml.TestIdentityProvider;
import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.platform.audit.AuditLog;
import nl.frontoffice.testing.ComponentTestDeployment;

/**
 * The DigiD login inside Payara, configured through MicroProfile Config like in production, against
 * a local DigiD back channel over mutual TLS: the redirect is signed and asks for the level, a valid
 * answer logs the citizen in, replays, low levels and cancels are refused with their reason;
 * single logout sends a signed LogoutRequest to DigiD and accepts its signed LogoutResponse once,
 * refusing forged and unsolicited ones; and the audit log never holds the BSN.
 */
@ExtendWith(ArquillianExtension.class)
class DigidLoginIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(DigidLoginIT.class, DigidTestIdentityProvider.class)
                .addClasses(DigidTestIdentityProvider.samlTestHelpers())
                .addAsResource(new StringAsset(DigidTestIdentityProvider.writeConfiguration()),
                        "META-INF/microprofile-config.properties");
    }

    private static DigidTestIdentityProvider.Server idp;
    private static final List<String> auditLines = new CopyOnWriteArrayList<>();
    private static final Handler auditHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            auditLines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @EJB
    private DigidLogin digid;

    /**
     * Starts the back channel and the audit capture inside Payara, once. (JUnit's {@code @BeforeAll}
     * runs in the Maven JVM under Arquillian, not in the server, so every test calls this.)
     */
    private static synchronized void ensureIdentityProvider() throws Exception {
        if (idp != null) {
            return;
        }
        var config = ConfigProvider.getConfig(DigidLoginIT.class.getClassLoader());
        idp = new DigidTestIdentityProvider.Server(Path.of(config.getValue(DigidTestIdentityProvider.KEYS_PROPERTY, String.class)),
                config.getValue(DigidTestIdentityProvider.PORT_PROPERTY, Integer.class));
        Logger audit = Logger.getLogger(AuditLog.LOGGER_NAME);
        auditHandler.setLevel(Level.ALL);
        audit.addHandler(auditHandler);
        Runtime.getRuntime().addShutdownHook(new Thread(idp::close));
    }

    @Test
    void start_gives_a_signed_redirect_asking_at_least_the_level() throws Exception {
        ensureIdentityProvider();
        assertThat(digid.enabled()).isTrue();

        LoginRedirect redirect = digid.start(AssuranceLevel.BASIS, "/mijn/zaken?id=3");

        assertThat(redirect.location().toString()).startsWith(DigidTestIdentityProvider.SSO + "?");
        // raised to the configured minimum, Midden
        assertThat(redirect.pending().requestedLevel()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(redirect.relayState()).isEqualTo("/mijn/zaken?id=3");
        Map<String, String> query = query(redirect.location());
        assertThat(query.get("RelayState")).isEqualTo("/mijn/zaken?id=3");
        assertThat(query.get("SigAlg")).isEqualTo("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        String authnRequest = inflate(Base64.getDecoder().decode(query.get("SAMLRequest")));
        assertThat(authnRequest)
                .contains("ID=\"" + redirect.pending().authnRequestId() + "\"")
                .contains("Comparison=\"minimum\"")
                .contains(AssuranceLevel.MIDDEN.classRef())
                .contains(DigidTestIdentityProvider.SP_ENTITY_ID);

        // the signature over the query verifies with our signing certificate
        String rawQuery = redirect.location().getRawQuery();
        String signed = rawQuery.substring(0, rawQuery.indexOf("&Signature="));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(spCertificate());
        verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getDecoder().decode(query.get("Signature")))).isTrue();

        // a RelayState that is not a local path is replaced
        assertThat(digid.start(AssuranceLevel.MIDDEN, "https://evil.example/").relayState()).isEqualTo("/mijn/");
        assertThat(digid.start(AssuranceLevel.HOOG, "//evil.example/").pending().requestedLevel())
                .isEqualTo(AssuranceLevel.HOOG);
    }

    @Test
    void complete_logs_a_valid_citizen_in_once_and_refuses_the_replayed_artifact() throws Exception {
        ensureIdentityProvider();
        LoginRedirect redirect = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
        idp.answer = resolveId -> idp.response(redirect.pending(), resolveId);
        String artifact = DigidTestIdentityProvider.artifact();

        AuthenticatedCitizen citizen = digid.complete(artifact, redirect.pending());

        assertThat(citizen.bsn()).isEqualTo(Bsn.of(DigidTestIdentityProvider.BSN));
        assertThat(citizen.level()).isEqualTo(AssuranceLevel.MIDDEN);
        assertThat(idp.clientSubjects).contains("CN=Frontoffice SP TLS client");
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGIN ") && line.contains("level=MIDDEN"));

        DigidLoginException replay = catchThrowableOfType(() -> digid.complete(artifact, redirect.pending()),
                DigidLoginException.class);
        assertThat(replay.reason()).isEqualTo(Reason.REPLAYED_ARTIFACT);
        assertThat(replay.cancelled()).isFalse();
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGIN_FAILED ")
                && line.contains("reason=REPLAYED_ARTIFACT"));

        digid.logout(citizen, DigidLogin.LogoutCause.CITIZEN);
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGOUT ") && line.contains("cause=CITIZEN"));
    }

    @Test
    void a_Basis_answer_when_Midden_was_asked_is_refused_with_the_level_received() throws Exception {
        ensureIdentityProvider();
        LoginRedirect redirect = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
        idp.answer = resolveId -> idp.response(redirect.pending(), resolveId,
                DigidTestIdentityProvider.Server.level(AssuranceLevel.BASIS));

        DigidLoginException refused = catchThrowableOfType(
                () -> digid.complete(DigidTestIdentityProvider.artifact(), redirect.pending()), DigidLoginException.class);

        assertThat(refused.reason()).isEqualTo(Reason.LEVEL_TOO_LOW);
        assertThat(refused.levelTooLow()).isTrue();
        assertThat(refused.receivedLevel()).contains(AssuranceLevel.BASIS);
        assertThat(refused.requestedLevel()).contains(AssuranceLevel.MIDDEN);
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGIN_FAILED ")
                && line.contains("reason=LEVEL_TOO_LOW") && line.contains("received=BASIS"));
    }

    @Test
    void a_cancel_at_DigiD_is_reported_as_cancelled() throws Exception {
        ensureIdentityProvider();
        LoginRedirect redirect = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
        idp.answer = resolveId -> idp.response(redirect.pending(), resolveId, DigidTestIdentityProvider.Server.cancelled());

        DigidLoginException refused = catchThrowableOfType(
                () -> digid.complete(DigidTestIdentityProvider.artifact(), redirect.pending()), DigidLoginException.class);

        assertThat(refused.cancelled()).isTrue();
        assertThat(refused.reason()).isEqualTo(Reason.CANCELLED_BY_USER);
    }

    @Test
    void a_login_without_a_pending_request_is_refused_as_unsolicited() throws Exception {
        ensureIdentityProvider();
        DigidLoginException refused = catchThrowableOfType(
                () -> digid.complete(DigidTestIdentityProvider.artifact(), null), DigidLoginException.class);

        assertThat(refused.reason()).isEqualTo(Reason.IN_RESPONSE_TO_MISMATCH);
    }

    @Test
    void the_audit_log_names_citizens_only_by_a_reference_never_by_BSN() throws Exception {
        ensureIdentityProvider();
        LoginRedirect redirect = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
        idp.answer = resolveId -> idp.response(redirect.pending(), resolveId);
        AuthenticatedCitizen citizen = digid.complete(DigidTestIdentityProvider.artifact(), redirect.pending());
        digid.logout(citizen, DigidLogin.LogoutCause.IDLE_TIMEOUT);

        assertThat(auditLines).isNotEmpty()
                .noneMatch(line -> line.contains(DigidTestIdentityProvider.BSN))
                .noneMatch(line -> line.contains(citizen.assertionId()));
        assertThat(auditLines).filteredOn(line -> line.startsWith("CITIZEN_LOGIN "))
                .allMatch(line -> line.matches("CITIZEN_LOGIN subject=\"[0-9a-f]{12}\" .*"));
    }

    @Test
    void an_unknown_IdP_key_is_refused_and_the_metadata_re_read_so_a_rolled_over_key_works_next_time() throws Exception {
        ensureIdentityProvider();
        digid.start(AssuranceLevel.MIDDEN, "/mijn/"); // the metadata is read and cached
        idp.publishMetadata(Path.of(ConfigProvider.getConfig(DigidLoginIT.class.getClassLoader())
                .getValue(DigidSettings.IDP_METADATA, String.class)), "idp", "idp-next");
        idp.signWith("idp-next");
        try {
            LoginRedirect first = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
            idp.answer = resolveId -> idp.response(first.pending(), resolveId);
            DigidLoginException refused = catchThrowableOfType(
                    () -> digid.complete(DigidTestIdentityProvider.artifact(), first.pending()), DigidLoginException.class);
            assertThat(refused.reason()).isEqualTo(Reason.UNTRUSTED_KEY);

            // DigiD did roll over: the metadata was re-read, the next login with the new key succeeds
            LoginRedirect second = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
            idp.answer = resolveId -> idp.response(second.pending(), resolveId);
            assertThat(digid.complete(DigidTestIdentityProvider.artifact(), second.pending()).level())
                    .isEqualTo(AssuranceLevel.MIDDEN);
        } finally {
            idp.signWith("idp");
        }
    }

    @Test
    void our_metadata_is_published_with_both_signing_certificates_during_a_rollover() throws Exception {
        ensureIdentityProvider();
        var config = ConfigProvider.getConfig(DigidLoginIT.class.getClassLoader());
        Path keys = Path.of(config.getValue(DigidTestIdentityProvider.KEYS_PROPERTY, String.class));
        X509Certificate next = (X509Certificate) DigidTestIdentityProvider.load(keys, "sp-next")
                .getCertificate(DigidTestIdentityProvider.ALIAS);

        assertThat(digid.serviceProviderMetadata())
                .contains("entityID=\"" + DigidTestIdentityProvider.SP_ENTITY_ID + "\"")
                .contains(DigidTestIdentityProvider.ACS)
                .contains(Base64.getEncoder().encodeToString(spCertificate().getEncoded()))
                .contains(Base64.getEncoder().encodeToString(next.getEncoded()));
    }

    @Test
    void single_logout_is_requested_from_DigiD_and_its_signed_answer_accepted_once() throws Exception {
        ensureIdentityProvider();
        AuthenticatedCitizen citizen = loggedIn();
        auditLines.clear();

        LogoutRedirect redirect = digid.startLogout(citizen, "/uitgelogd").orElseThrow();

        assertThat(redirect.location().toString()).startsWith(DigidTestIdentityProvider.SLO + "?SAMLRequest=");
        assertThat(redirect.relayState()).isEqualTo("/uitgelogd");
        assertThat(redirect.toString()).doesNotContain("SAMLRequest");
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGOUT subject=\"")
                && line.contains("cause=CITIZEN") && line.contains("digid=requested"));
        // DigiD checks our signature and request, and answers
        DigidTestIdentityProvider.LogoutExchange exchange = idp.logout(redirect.location(), spCertificate(), response -> { });
        assertThat(exchange.nameId()).isEqualTo("s00000000:" + DigidTestIdentityProvider.BSN);
        assertThat(exchange.sessionIndex()).isEqualTo(citizen.sessionIndex());
        assertThat(exchange.request().getAttribute("ID")).isEqualTo(redirect.pending().logoutRequestId());
        // the pending logout lives in the (new) HTTP session, which may be serialized
        PendingLogout pending = roundTrip(redirect.pending());

        LogoutOutcome outcome = digid.completeLogout(exchange.responseQuery(), pending);

        assertThat(outcome.confirmed()).isTrue();
        assertThat(outcome.relayState()).isEqualTo("/uitgelogd");
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGOUT ")
                && line.contains("step=digid-response") && line.contains("outcome=CONFIRMED"));

        DigidLogoutException replay = catchThrowableOfType(
                () -> digid.completeLogout(exchange.responseQuery(), pending), DigidLogoutException.class);
        assertThat(replay.reason()).isEqualTo(Reason.REPLAYED_MESSAGE);
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGOUT ")
                && line.contains("outcome=REFUSED") && line.contains("reason=REPLAYED_MESSAGE"));
        assertThat(auditLines).noneMatch(line -> line.contains(DigidTestIdentityProvider.BSN))
                .noneMatch(line -> line.contains(citizen.sessionIndex()));
    }

    @Test
    void a_forged_LogoutResponse_is_refused_and_audited_with_the_reason() throws Exception {
        ensureIdentityProvider();
        AuthenticatedCitizen citizen = loggedIn();
        LogoutRedirect redirect = digid.startLogout(citizen, "https://evil.example/").orElseThrow();
        assertThat(redirect.relayState()).isEqualTo(DigidLogin.DEFAULT_LOGOUT_RELAY_STATE);
        auditLines.clear();

        idp.signWith("attacker");
        String forged;
        try {
            forged = idp.logout(redirect.location(), spCertificate(), response -> { }).responseQuery();
        } finally {
            idp.signWith("idp");
        }
        DigidLogoutException refused = catchThrowableOfType(
                () -> digid.completeLogout(forged, redirect.pending()), DigidLogoutException.class);

        assertThat(refused.reason()).isEqualTo(Reason.SIGNATURE_INVALID);
        assertThat(auditLines).anyMatch(line -> line.startsWith("CITIZEN_LOGOUT ")
                && line.contains("outcome=REFUSED") && line.contains("reason=SIGNATURE_INVALID"));

        // the genuine answer still completes it: a forgery does not use up the pending logout
        String genuine = idp.logout(redirect.location(), spCertificate(), response -> { }).responseQuery();
        assertThat(digid.completeLogout(genuine, redirect.pending()).confirmed()).isTrue();
    }

    @Test
    void a_LogoutResponse_without_a_pending_logout_is_refused_and_another_status_is_reported() throws Exception {
        ensureIdentityProvider();
        LogoutRedirect redirect = digid.startLogout(loggedIn(), "/").orElseThrow();
        String answer = idp.logout(redirect.location(), spCertificate(), response -> { }).responseQuery();

        assertThat(catchThrowableOfType(() -> digid.completeLogout(answer, null), DigidLogoutException.class).reason())
                .isEqualTo(Reason.IN_RESPONSE_TO_MISMATCH);

        LogoutRedirect second = digid.startLogout(loggedIn(), "/").orElseThrow();
        auditLines.clear();
        String partial = idp.logout(second.location(), spCertificate(), response -> {
            response.status = "urn:oasis:names:tc:SAML:2.0:status:Responder";
            response.secondLevelStatus = "urn:oasis:names:tc:SAML:2.0:status:PartialLogout";
        }).responseQuery();
        LogoutOutcome outcome = digid.completeLogout(partial, second.pending());

        assertThat(outcome.confirmed()).isFalse();
        assertThat(outcome.secondLevelStatus()).contains("urn:oasis:names:tc:SAML:2.0:status:PartialLogout");
        assertThat(auditLines).anyMatch(line -> line.contains("outcome=NOT_CONFIRMED")
                && line.contains("status=Responder") && line.contains("substatus=PartialLogout"));
    }

    @Test
    void a_logout_started_by_DigiD_names_the_session_and_is_answered_signed_once() throws Exception {
        ensureIdentityProvider();
        AuthenticatedCitizen citizen = loggedIn();
        auditLines.clear();
        String query = idp.idpLogoutRequest(citizen.sessionIndex());

        IdpLogoutRequest request = digid.handleLogoutRequest(query);

        assertThat(request.ends(citizen)).isTrue();
        assertThat(request.responseLocation().toString()).startsWith(DigidTestIdentityProvider.SLO + "?SAMLResponse=");
        assertThat(TestIdentityProvider.queryVerifies(request.responseLocation().getRawQuery(), "SAMLResponse",
                spCertificate().getPublicKey())).isTrue();
        assertThat(auditLines).anyMatch(line -> line.matches("CITIZEN_LOGOUT subject=\"[0-9a-f]{12}\" cause=IDP_LOGOUT .*")
                && line.contains("sessions=1"));

        DigidLogoutException replay = catchThrowableOfType(() -> digid.handleLogoutRequest(query),
                DigidLogoutException.class);
        assertThat(replay.reason()).isEqualTo(Reason.REPLAYED_MESSAGE);
        assertThat(auditLines).anyMatch(line -> line.contains("cause=IDP_LOGOUT") && line.contains("outcome=REFUSED")
                && line.contains("reason=REPLAYED_MESSAGE"));
        assertThat(auditLines).noneMatch(line -> line.contains(DigidTestIdentityProvider.BSN));
    }

    private AuthenticatedCitizen loggedIn() throws Exception {
        LoginRedirect login = digid.start(AssuranceLevel.MIDDEN, "/mijn/");
        idp.answer = resolveId -> idp.response(login.pending(), resolveId);
        return digid.complete(DigidTestIdentityProvider.artifact(), login.pending());
    }

    @SuppressWarnings("unchecked")
    private static <T extends Serializable> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    private static X509Certificate spCertificate() throws Exception {
        var config = ConfigProvider.getConfig(DigidLoginIT.class.getClassLoader());
        KeyStore sp = DigidTestIdentityProvider.load(
                Path.of(config.getValue(DigidTestIdentityProvider.KEYS_PROPERTY, String.class)), "sp");
        return (X509Certificate) sp.getCertificate(DigidTestIdentityProvider.ALIAS);
    }

    private static Map<String, String> query(URI location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String inflate(byte[] deflated) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }
}
