package nl.frontoffice.auth.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * Asserts a rejection with one specific reason, and that the exception carries no personal data.
 */
final class SamlAssertions {

    private SamlAssertions() {
    }

    static SamlValidationException assertRejected(ThrowingCallable call, Reason reason) {
        SamlValidationException rejection = catchThrowableOfType(SamlValidationException.class, call);
        assertThat(rejection).as("expected a rejection with " + reason).isNotNull();
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.getMessage()).startsWith(reason.name())
                .doesNotContain(TestIdentityProvider.BSN)
                .doesNotContain("s00000000")
                .doesNotContain("<");
        return rejection;
    }
}
