package nl.frontoffice.auth.saml;

import static nl.frontoffice.auth.saml.SamlAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The hardened parser on its own.
 */
class SecureXmlTest {

    @Test
    void parsesNamespaceAwareAndKeepsComments() throws SamlValidationException {
        Document document = SecureXml.parse("<a:x xmlns:a=\"urn:a\">1<!--c-->2</a:x>");

        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:a");
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("x");
        assertThat(document.getDocumentElement().getChildNodes().getLength()).isEqualTo(3);
    }

    @Test
    void refusesAnyDoctype() {
        assertRejected(() -> SecureXml.parse("<!DOCTYPE x><x/>"), Reason.DOCTYPE_PRESENT);
        assertRejected(() -> SecureXml.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
                Reason.DOCTYPE_PRESENT);
        assertRejected(() -> SecureXml.parse("<!DOCTYPE x><x/>".getBytes(StandardCharsets.UTF_8)), Reason.DOCTYPE_PRESENT);
    }

    @Test
    void refusesWhatIsNotWellFormed() {
        assertRejected(() -> SecureXml.parse("<x>"), Reason.MALFORMED);
        assertRejected(() -> SecureXml.parse("<x>&undeclared;</x>"), Reason.MALFORMED);
        assertRejected(() -> SecureXml.parse((String) null), Reason.MALFORMED);
    }

    @Test
    void doesNotProcessXInclude() throws SamlValidationException {
        Document document = SecureXml.parse("<x xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></x>");

        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2001/XInclude", "include").getLength()).isEqualTo(1);
        assertThat(document.getDocumentElement().getTextContent()).isEmpty();
    }

    @Test
    void serializesWithoutDeclarationOrAddedWhitespace() throws SamlValidationException {
        String xml = "<a:x xmlns:a=\"urn:a\"><a:y>1</a:y></a:x>";

        assertThat(SecureXml.toXml(SecureXml.parse(xml))).isEqualTo(xml);
    }
}
