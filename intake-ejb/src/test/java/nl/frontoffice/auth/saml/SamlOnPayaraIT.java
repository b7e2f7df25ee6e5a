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

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.testing.ComponentTestDeployment;

/**
 * The signature checks inside Payara, not only in a plain JVM: the application server brings its own
 * XML and security providers, and a valid DigiD answer must still be accepted there while a forgery
 * is still refused.
 */
@ExtendWith(ArquillianExtension.class)
class SamlOnPayaraIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(SamlOnPayaraIT.class, TestIdentityProvider.class, SamlTestKeys.class,
                TestSignatures.class, TestXml.class, SamlAssertions.class);
    }

    private final SamlTestKeys keys = SamlTestKeys.get();
    private final PendingLogin pending = new PendingLogin(newId(), AssuranceLevel.MIDDEN, NOW.minusSeconds(30));
    private final String artifactResolveId = newId();

    private ArtifactResponseValidator validator() {
        return new ArtifactResponseValidator(spSettings(keys).build(), metadata(keys.idp.certificate()),
                new InMemoryReplayCache(CLOCK), CLOCK);
    }

    @Test
    void a_valid_signed_answer_is_accepted_inside_Payara() throws SamlValidationException {
        String soap = TestIdentityProvider.response(pending, artifactResolveId, keys.idp).soap();

        AuthenticatedCitizen citizen = validator().validate(soap, artifactResolveId, pending);

        assertThat(citizen.bsn()).isEqualTo(Bsn.of(BSN));
        assertThat(citizen.level()).isEqualTo(AssuranceLevel.MIDDEN);
    }

    @Test
    void a_changed_BSN_and_a_foreign_key_are_refused_inside_Payara() {
        String tampered = TestIdentityProvider.response(pending, artifactResolveId, keys.idp)
                .afterSigned(document -> first(document, ASSERTION, "NameID").setTextContent("s00000000:999990482"))
                .soap();
        assertRejected(() -> validator().validate(tampered, artifactResolveId, pending), Reason.SIGNATURE_INVALID);

        String forged = TestIdentityProvider.response(pending, artifactResolveId, keys.idp)
                .with(m -> m.assertionSigner = TestIdentityProvider.Signer.of(keys.attacker))
                .soap();
        assertRejected(() -> validator().validate(forged, artifactResolveId, pending), Reason.UNTRUSTED_KEY);
    }
}
