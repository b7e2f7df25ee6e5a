package nl.frontoffice.digidsimulator.sso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginFormTest {

    @Test
    void a_picked_test_person_logs_in_at_the_chosen_level() {
        LoginForm form = LoginForm.submitted("999993653", "", "BASIS", AssuranceLevel.MIDDEN);

        assertThat(form.isValid()).isTrue();
        assertThat(form.chosenBsn()).isEqualTo("999993653");
        assertThat(form.level()).isEqualTo(AssuranceLevel.BASIS);
    }

    @Test
    void a_typed_bsn_wins_over_the_picked_person() {
        LoginForm form = LoginForm.submitted("999993653", " 111 222 333 ", "HOOG", AssuranceLevel.MIDDEN);

        assertThat(form.chosenBsn()).isEqualTo("111222333");
        assertThat(form.level()).isEqualTo(AssuranceLevel.HOOG);
    }

    @Test
    void a_typed_bsn_that_fails_the_eleven_test_is_an_error_with_the_typed_value_kept() {
        LoginForm form = LoginForm.submitted("999993653", "123456789", "MIDDEN", AssuranceLevel.MIDDEN);

        assertThat(form.isValid()).isFalse();
        assertThat(form.bsnError()).get().asString().contains("elfproef");
        assertThat(form.typedBsn()).isEqualTo("123456789");
    }

    @Test
    void a_person_who_is_not_a_test_person_or_no_level_is_handled() {
        assertThat(LoginForm.submitted("123456782", "", "MIDDEN", AssuranceLevel.MIDDEN).isValid()).isFalse();
        assertThat(LoginForm.submitted(null, null, null, AssuranceLevel.SUBSTANTIEEL).level())
                .isEqualTo(AssuranceLevel.SUBSTANTIEEL);
    }
}
