package nl.frontoffice.auth.saml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssuranceLevelTest {

    @Test
    void mapsDigidClassRefs() {
        assertThat(AssuranceLevel.fromClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"))
                .contains(AssuranceLevel.BASIS);
        assertThat(AssuranceLevel.fromClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"))
                .contains(AssuranceLevel.MIDDEN);
        assertThat(AssuranceLevel.fromClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard"))
                .contains(AssuranceLevel.SUBSTANTIEEL);
        assertThat(AssuranceLevel.fromClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI"))
                .contains(AssuranceLevel.HOOG);
        assertThat(AssuranceLevel.fromClassRef("urn:oasis:names:tc:SAML:2.0:ac:classes:smartcard")).isEmpty();
        assertThat(AssuranceLevel.fromClassRef(null)).isEmpty();
    }

    @Test
    void ordersTheLevels() {
        assertThat(AssuranceLevel.MIDDEN.isAtLeast(AssuranceLevel.BASIS)).isTrue();
        assertThat(AssuranceLevel.MIDDEN.isAtLeast(AssuranceLevel.MIDDEN)).isTrue();
        assertThat(AssuranceLevel.BASIS.isAtLeast(AssuranceLevel.MIDDEN)).isFalse();
        assertThat(AssuranceLevel.HOOG.isAtLeast(AssuranceLevel.SUBSTANTIEEL)).isTrue();
        assertThat(AssuranceLevel.max(AssuranceLevel.BASIS, AssuranceLevel.SUBSTANTIEEL)).isEqualTo(AssuranceLevel.SUBSTANTIEEL);
    }
}
