package nl.frontoffice.portal.staff.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.frontoffice.citizens.CitizenQuery;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.intake.FieldProblem;

class CitizenSearchFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static CitizenSearchForm withReason(String purpose) {
        CitizenSearchForm form = new CitizenSearchForm();
        form.setPurpose(purpose);
        return form;
    }

    private static List<String> fields(CitizenSearchForm form) {
        return form.problems(TODAY).stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(CitizenSearchForm form) {
        return form.problems(TODAY).stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void a_search_by_postcode_and_house_number_with_a_reason_can_run() {
        CitizenSearchForm form = withReason("PHONE_CONTACT");
        form.setPostcode("3089 kg");
        form.setHouseNumber(" 14 ");

        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.reason().purpose()).isEqualTo(AccessPurpose.PHONE_CONTACT);
        CitizenQuery query = form.query();
        assertThat(query.kind()).isEqualTo(CitizenQuery.Kind.POSTCODE_AND_HOUSE_NUMBER);
        assertThat(query.houseNumber()).isEqualTo(14);
        assertThat(query.postcode()).isEqualTo("3089 kg");
    }

    @Test
    void a_search_by_surname_reads_a_dutch_date() {
        CitizenSearchForm form = withReason("COUNTER_VISIT");
        form.setSurname("Heijn");
        form.setBirthDate("4-3-1974");

        assertThat(form.problems(TODAY)).isEmpty();
        assertThat(form.query().birthDate()).isEqualTo(LocalDate.of(1974, 3, 4));
    }

    @Test
    void a_bsn_must_pass_the_eleven_test() {
        CitizenSearchForm form = withReason("PHONE_CONTACT");
        form.setBsn("999991292");
        assertThat(form.problems(TODAY)).isEmpty();

        form.setBsn("123456789");
        assertThat(fields(form)).containsExactly("bsn");
        assertThat(keys(form)).containsExactly("citizens.query.bsn");
    }

    @Test
    void the_reason_is_required_and_other_needs_an_explanation_without_a_bsn() {
        CitizenSearchForm none = withReason(null);
        none.setBsn("999991292");
        assertThat(fields(none)).containsExactly("purpose");
        assertThatThrownBy(none::reason).isInstanceOf(IllegalStateException.class);

        CitizenSearchForm made = withReason("NO_SUCH_PURPOSE");
        made.setBsn("999991292");
        assertThat(fields(made)).containsExactly("purpose");

        CitizenSearchForm other = withReason("OTHER");
        other.setBsn("999991292");
        assertThat(fields(other)).containsExactly("purposeNote");
        other.setPurposeNote("bezwaar van 999991292");
        assertThat(keys(other)).containsExactly("klantbeeld.reason.note.invalid");
        other.setPurposeNote("Bezwaarschrift beantwoorden");
        assertThat(other.problems(TODAY)).isEmpty();
        assertThat(other.reason().note()).isEqualTo("Bezwaarschrift beantwoorden");
    }

    @Test
    void exactly_one_way_of_searching() {
        CitizenSearchForm nothing = withReason("PHONE_CONTACT");
        assertThat(keys(nothing)).containsExactly("citizens.query.criteria");

        CitizenSearchForm two = withReason("PHONE_CONTACT");
        two.setBsn("999991292");
        two.setPostcode("3089 KG");
        assertThat(keys(two)).containsExactly("klantbeeld.search.oneWay");
        assertThat(fields(two)).containsExactly(CitizenSearchForm.QUERY);
    }

    @Test
    void each_wrong_field_gets_its_own_message() {
        CitizenSearchForm name = withReason("PHONE_CONTACT");
        name.setSurname("He*");
        name.setBirthDate("31-02-1974");
        assertThat(fields(name)).containsExactlyInAnyOrder("surname", "birthDate");
        assertThat(keys(name)).contains("klantbeeld.search.birthDate.format");

        CitizenSearchForm future = withReason("PHONE_CONTACT");
        future.setSurname("Heijn");
        future.setBirthDate("01-01-2030");
        assertThat(keys(future)).containsExactly("citizens.query.birth-date");

        CitizenSearchForm address = withReason("PHONE_CONTACT");
        address.setPostcode("0089 KG");
        address.setHouseNumber("veertien");
        address.setHouseLetter("AB");
        assertThat(fields(address)).containsExactlyInAnyOrder("postcode", "houseNumber", "houseLetter");
    }

    @Test
    void the_form_never_shows_what_was_typed_in_its_text() {
        CitizenSearchForm form = withReason("PHONE_CONTACT");
        form.setBsn("999991292");

        assertThat(form.toString()).doesNotContain("999991292").contains("BSN");
    }
}
