package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static nl.frontoffice.auth.saml.TestIdentityProvider.BSN;
import static nl.frontoffice.auth.saml.TestIdentityProvider.CLOCK;
import static nl.frontoffice.auth.saml.TestIdentityProvider.NOW;
import static nl.frontoffice.auth.saml.TestIdentityProvider.metadata;
import static nl.frontoffice.auth.saml.TestIdentityProvider.newId;
import static nl.frontoffice.auth.saml.TestIdentityProvider.spSettings;
import static nl.frontoffice.auth.saml.TestXml.ASSERTION;
import static nl.frontoffice.auth.saml.TestXml.first;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import com.sun.net.httpserver.HttpServer;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.auth.saml.TestIdentityProvider.ArtifactResponseBuilder;

/**
 * Attacks through XML itself: external entities (XXE), an external DTD, entity expansion (billion
 * laughs), and comment injection into the NameID, each against a real signed message.
 */
class XmlAttackTest {

    private static SamlTestKeys keys;

    private ArtifactResponseValidator validator;
    private PendingLogin pending;
    private String artifactResolveId;

    @BeforeAll
    static void keys() {
        keys = SamlTestKeys.get();
    }

    @BeforeEach
    void setUp() {
        validator = new ArtifactResponseValidator(spSettings(keys).build(), metadata(keys.idp.certificate()),
                new InMemoryReplayCache(CLOCK), CLOCK);
        pending = new PendingLogin(newId(), AssuranceLevel.MIDDEN, NOW.minusSeconds(30));
        artifactResolveId = newId();
    }

    private ArtifactResponseBuilder signed() {
        return TestIdentityProvider.response(pending, artifactResolveId, keys.idp);
    }

    private SamlValidationException rejected(String soap, Reason reason) {
        return assertRejected(() -> validator.validate(soap, artifactResolveId, pending), reason);
    }

    @Test
    void xxeExternalEntityReadingALocalFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String soap = signed().soap().replace("s00000000:" + BSN, "&xxe;");
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>" + soap;

        SamlValidationException rejection = rejected(attack, Reason.DOCTYPE_PRESENT);

        assertThat(rejection.getMessage()).doesNotContain("TOP-SECRET");
        assertThat(rejection.getCause()).isNull();
    }

    @Test
    void xxeExternalDtdIsNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String dtd = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            String attack = "<!DOCTYPE Envelope SYSTEM \"" + dtd + "\">" + signed().soap();
            String parameterEntity = "<!DOCTYPE Envelope [<!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote;]>" + signed().soap();

            rejected(attack, Reason.DOCTYPE_PRESENT);
            rejected(parameterEntity, Reason.DOCTYPE_PRESENT);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Envelope [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String attack = dtd + signed().soap().replace("s00000000:" + BSN, "&lol9;");

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejected(attack, Reason.DOCTYPE_PRESENT));
    }

    @Test
    void internalEntityInAnOtherwiseValidMessage() {
        String attack = "<!DOCTYPE Envelope [<!ENTITY bsn \"" + BSN + "\">]>"
                + signed().soap().replace("s00000000:" + BSN, "s00000000:&bsn;");

        rejected(attack, Reason.DOCTYPE_PRESENT);
    }

    /**
     * The IdP signed NameID {@code s00000000:9999938471} (a made-up ten-digit identifier); the attacker
     * inserts a comment so that a parser reading only the first text node would see the victim's
     * {@code s00000000:999993847}. Exclusive canonicalization drops comments, so the signature stays
     * valid: the rejection comes from the NameID check, after every signature passed.
     */
    @Test
    void commentInjectionInTheNameIdDoesNotTruncateIt() {
        String soap = signed().with(m -> m.nameId = "s00000000:" + BSN + "1").afterSigned(document -> {
            Element nameId = first(document, ASSERTION, "NameID");
            nameId.setTextContent("s00000000:" + BSN);
            nameId.appendChild(document.createComment(""));
            nameId.appendChild(document.createTextNode("1"));
        }).soap();
        assertThat(soap).contains("s00000000:" + BSN + "<!---->1");

        rejected(soap, Reason.NAMEID_FORMAT);
    }

    @Test
    void commentInsideAValidBsnIsRefusedRatherThanReadAround() {
        String soap = signed().afterSigned(document -> {
            Element nameId = first(document, ASSERTION, "NameID");
            nameId.setTextContent("s00000000:99999");
            nameId.appendChild(document.createComment("x"));
            nameId.appendChild(document.createTextNode("3847"));
        }).soap();

        rejected(soap, Reason.NAMEID_FORMAT);
    }

    /** Even when signed, a NameID that is not pure text is refused rather than read around. */
    @Test
    void signedProcessingInstructionInTheNameId() {
        String soap = signed().beforeAssertionSigned(assertion -> {
            Element nameId = first(assertion, ASSERTION, "NameID");
            nameId.insertBefore(assertion.getOwnerDocument().createProcessingInstruction("x", "y"), nameId.getLastChild());
        }).soap();

        rejected(soap, Reason.NAMEID_FORMAT);
    }

    @Test
    void processingInstructionAddedAfterSigningBreaksTheDigest() {
        String soap = signed().afterSigned(document -> first(document, ASSERTION, "NameID")
                .appendChild(document.createProcessingInstruction("x", "y"))).soap();

        rejected(soap, Reason.SIGNATURE_INVALID);
    }

    @Test
    void cdataInTheNameIdIsReadAsItsFullText() throws SamlValidationException {
        String soap = signed().afterSigned(document -> {
            Element nameId = first(document, ASSERTION, "NameID");
            nameId.setTextContent("s00000000:");
            nameId.appendChild(document.createCDATASection(BSN));
        }).soap();
        assertThat(soap).contains("<![CDATA[" + BSN + "]]>");

        assertThat(validator.validate(soap, artifactResolveId, pending).bsn().value()).isEqualTo(BSN);
    }

    @Test
    void utf16EncodedDoctypeIsFoundToo() {
        byte[] attack = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>")
                .getBytes(StandardCharsets.UTF_16);

        assertRejected(() -> SecureXml.parse(attack), Reason.DOCTYPE_PRESENT);
    }
}
