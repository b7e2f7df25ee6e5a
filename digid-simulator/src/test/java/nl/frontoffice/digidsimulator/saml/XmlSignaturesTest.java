package nl.frontoffice.digidsimulator.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.testing.JdkSignatures;
import nl.frontoffice.digidsimulator.testing.TestKeys;
import nl.frontoffice.digidsimulator.testing.TestServiceProvider;

class XmlSignaturesTest {

    private static final String MESSAGE = "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
            + "xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_m1\" Version=\"2.0\">"
            + "<saml:Issuer>sp</saml:Issuer><saml:NameID>s00000000:999993653</saml:NameID></samlp:LogoutRequest>";

    @Test
    void what_it_signs_verifies_with_the_jdk_and_with_itself() throws Exception {
        Document document = TestServiceProvider.parse(MESSAGE);
        Element root = document.getDocumentElement();
        XmlSignatures.sign(root, root.getFirstChild().getNextSibling(), TestKeys.idp().privateKey(),
                TestKeys.idp().certificate());

        Element reparsed = TestServiceProvider.parse(SecureXml.toString(document)).getDocumentElement();
        assertThat(JdkSignatures.verifies(reparsed, TestKeys.idp().certificate())).isTrue();
        assertThatCode(() -> XmlSignatures.verify(reparsed, List.of(TestKeys.sp().certificate(),
                TestKeys.idp().certificate()))).doesNotThrowAnyException();
    }

    @Test
    void refuses_unsigned_wrong_key_and_tampered_elements() {
        assertThatThrownBy(() -> XmlSignatures.verify(TestServiceProvider.parse(MESSAGE).getDocumentElement(),
                List.of(TestKeys.sp().certificate()))).hasMessageContaining("niet ondertekend");

        String signed = signedBySp();
        assertThatThrownBy(() -> XmlSignatures.verify(root(signed), List.of(TestKeys.attacker().certificate())))
                .hasMessageContaining("klopt niet");
        assertThatThrownBy(() -> XmlSignatures.verify(root(signed.replace("999993653", "999993847")),
                List.of(TestKeys.sp().certificate()))).hasMessageContaining("klopt niet");
    }

    @Test
    void ignores_the_certificate_in_key_info() {
        Document document = TestServiceProvider.parse(MESSAGE);
        Element element = document.getDocumentElement();
        // signed by the attacker, who puts the trusted SP certificate in KeyInfo
        JdkSignatures.sign(element, element.getFirstChild().getNextSibling(), TestKeys.attacker().privateKey(),
                TestKeys.sp().certificate(), SignatureMethod.RSA_SHA256, DigestMethod.SHA256);

        assertThatThrownBy(() -> XmlSignatures.verify(root(SecureXml.toString(document)),
                List.of(TestKeys.sp().certificate()))).hasMessageContaining("klopt niet");
    }

    @Test
    void refuses_sha1_signatures_and_digests() {
        for (String[] algorithms : new String[][] {{SignatureMethod.RSA_SHA1, DigestMethod.SHA256},
                {SignatureMethod.RSA_SHA256, DigestMethod.SHA1}}) {
            Document document = TestServiceProvider.parse(MESSAGE);
            Element element = document.getDocumentElement();
            JdkSignatures.sign(element, element.getFirstChild().getNextSibling(), TestKeys.sp().privateKey(),
                    TestKeys.sp().certificate(), algorithms[0], algorithms[1]);

            assertThatThrownBy(() -> XmlSignatures.verify(root(SecureXml.toString(document)),
                    List.of(TestKeys.sp().certificate()))).isInstanceOf(SamlException.class)
                    .hasMessageContaining("SHA-1");
        }
    }

    @Test
    void refuses_a_signature_that_references_another_element_or_a_duplicated_id() {
        // the signed element moved into an Extensions of a new element with another ID (wrapping)
        Document document = TestServiceProvider.parse(signedBySp());
        Element original = document.getDocumentElement();
        Element wrapper = (Element) original.cloneNode(false);
        wrapper.setAttribute("ID", "_evil");
        Element extensions = document.createElementNS(SamlNames.PROTOCOL_NS, "samlp:Extensions");
        Element signature = (Element) original.getElementsByTagNameNS(SamlNames.DSIG_NS, "Signature").item(0);
        wrapper.appendChild(original.getFirstChild().cloneNode(true));
        wrapper.appendChild(signature.cloneNode(true));
        original.removeChild(signature);
        extensions.appendChild(original);
        wrapper.appendChild(extensions);
        document.appendChild(wrapper);

        assertThatThrownBy(() -> XmlSignatures.verify(root(SecureXml.toString(document)),
                List.of(TestKeys.sp().certificate()))).hasMessageContaining("verwijst naar '#_m1'");

        // a second element with the same ID
        String duplicated = signedBySp().replace("<saml:NameID>", "<saml:NameID ID=\"_m1\">");
        assertThatThrownBy(() -> XmlSignatures.verify(root(duplicated), List.of(TestKeys.sp().certificate())))
                .hasMessageContaining("2 keer");
    }

    @Test
    void refuses_two_signatures() {
        Document document = TestServiceProvider.parse(signedBySp());
        Element element = document.getDocumentElement();
        element.appendChild(element.getElementsByTagNameNS(SamlNames.DSIG_NS, "Signature").item(0).cloneNode(true));

        assertThatThrownBy(() -> XmlSignatures.verify(root(SecureXml.toString(document)),
                List.of(TestKeys.sp().certificate()))).hasMessageContaining("meer dan één handtekening");
    }

    private static String signedBySp() {
        Document document = TestServiceProvider.parse(MESSAGE);
        JdkSignatures.sign(document.getDocumentElement(), TestKeys.sp().privateKey(), TestKeys.sp().certificate());
        return SecureXml.toString(document);
    }

    private static Element root(String xml) {
        return TestServiceProvider.parse(xml).getDocumentElement();
    }
}
