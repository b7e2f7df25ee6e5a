package nl.frontoffice.digidsimulator.sso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993847", "999993653", "999992077", "999993483", "999990482", "999995017", "999990408",
            "999993926", "999990421", "111222333", " 9999 93 653 ", "999.993.653"})
    void accepts_numbers_that_pass_the_eleven_test(String bsn) {
        assertThat(Bsn.problem(bsn)).isEmpty();
        assertThat(Bsn.isValid(bsn)).isTrue();
    }

    @Test
    void every_listed_test_person_has_a_valid_bsn() {
        assertThat(TestPerson.ALL).allSatisfy(person -> assertThat(Bsn.isValid(person.bsn())).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"999993848", "123456789", "999993846"})
    void refuses_numbers_that_fail_the_eleven_test_with_a_dutch_message(String bsn) {
        assertThat(Bsn.problem(bsn)).contains(
                "Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer de cijfers.");
    }

    @Test
    void refuses_empty_short_long_and_non_numeric_input_and_all_zeros() {
        assertThat(Bsn.problem("")).contains("Vul een BSN in.");
        assertThat(Bsn.problem(null)).contains("Vul een BSN in.");
        assertThat(Bsn.problem("12345678")).get().asString().contains("9 cijfers");
        assertThat(Bsn.problem("9999936530")).get().asString().contains("9 cijfers");
        assertThat(Bsn.problem("99999365a")).get().asString().contains("9 cijfers");
        assertThat(Bsn.problem("000000000")).get().asString().contains("elfproef");
    }
}
