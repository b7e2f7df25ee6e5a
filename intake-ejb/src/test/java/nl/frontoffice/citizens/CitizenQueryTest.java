package nl.frontoffice.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.registry.PersonSearch;

class CitizenQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void a_bsn_must_pass_the_eleven_test_and_may_be_typed_with_spaces_or_dots() {
        assertThat(CitizenQuery.byBsn("9999.93.847").problems(TODAY)).isEmpty();
        assertThat(CitizenQuery.byBsn(" 999 993 847 ").bsn()).isEqualTo("999993847");
        assertThat(CitizenQuery.byBsn("999993848").problems(TODAY)).extracting(FieldProblem::field,
                FieldProblem::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("bsn", "citizens.query.bsn"));
        assertThat(CitizenQuery.byBsn("12345678").problems(TODAY)).extracting(FieldProblem::field).containsExactly("bsn");
    }

    @Test
    void a_name_search_needs_a_valid_surname_and_a_birth_date_not_in_the_future() {
        assertThat(CitizenQuery.bySurnameAndBirthDate("Kooyman", null, LocalDate.of(1982, 4, 10)).problems(TODAY))
                .isEmpty();
        assertThat(CitizenQuery.bySurnameAndBirthDate("Ko*", "van der", TODAY.plusDays(1)).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("surname", "birthDate");
        assertThat(CitizenQuery.bySurnameAndBirthDate(null, "de la vega x", null).problems(TODAY))
                .extracting(FieldProblem::field).containsExactly("surname", "surnamePrefix", "birthDate");
    }

    @Test
    void an_address_search_needs_a_dutch_postcode_and_a_house_number_in_range() {
        assertThat(CitizenQuery.byPostcodeAndHouseNumber("2551 jv", 64, "a", "bis").problems(TODAY)).isEmpty();
        assertThat(CitizenQuery.byPostcodeAndHouseNumber("0551JV", 0, "ab", "toolong").problems(TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("postcode", "houseNumber", "houseLetter", "houseNumberAddition");
        assertThat(CitizenQuery.byPostcodeAndHouseNumber("2551JV", null, null, null).problems(TODAY))
                .extracting(FieldProblem::messageKey).containsExactly("citizens.query.house-number");
    }

    @Test
    void the_filled_in_fields_decide_the_kind_and_an_empty_form_is_a_problem() {
        assertThat(new CitizenQuery("999993847", "Kooyman", null, null, "2551JV", 64, null, null).kind())
                .isEqualTo(CitizenQuery.Kind.BSN);
        assertThat(new CitizenQuery(" ", "Kooyman", null, LocalDate.of(1982, 4, 10), "2551JV", 64, null, null).kind())
                .isEqualTo(CitizenQuery.Kind.SURNAME_AND_BIRTH_DATE);
        assertThat(new CitizenQuery(null, " ", null, null, "2551JV", 64, null, null).kind())
                .isEqualTo(CitizenQuery.Kind.POSTCODE_AND_HOUSE_NUMBER);
        assertThat(new CitizenQuery(" ", " ", null, null, "", null, " ", null).problems(TODAY))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("query", "citizens.query.criteria"));
    }

    @Test
    void maps_to_the_brp_search_and_never_shows_its_values() {
        CitizenQuery byAddress = CitizenQuery.byPostcodeAndHouseNumber("2551 jv", 64, null, null);
        assertThat(byAddress.toPersonSearch())
                .isEqualTo(new PersonSearch.ByPostcodeAndHouseNumber("2551JV", 64, null, null));
        CitizenQuery byName = CitizenQuery.bySurnameAndBirthDate("Kooyman", null, LocalDate.of(1982, 4, 10));
        assertThat(byName.toPersonSearch()).isInstanceOf(PersonSearch.BySurnameAndBirthDate.class);
        assertThat(byName.toString()).doesNotContain("Kooyman", "1982");
        assertThat(CitizenQuery.byBsn("999993847").toString()).doesNotContain("999993847");
        assertThatThrownBy(() -> CitizenQuery.byBsn("999993847").toPersonSearch())
                .isInstanceOf(IllegalStateException.class);
    }
}
