package nl.frontoffice.portal.staff.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DutchInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"6-7-1958", "06-07-1958", "6/7/1958", "06.07.1958", " 06-07-1958 ", "1958-07-06"})
    void a_date_is_read_day_first_as_dutch_staff_type_it_or_in_iso_form(String typed) {
        assertThat(DutchInput.date(typed)).contains(LocalDate.of(1958, 7, 6));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "31-02-2000", "6-13-1958", "1958", "06-07-58", "zes juli", "07/06/1958x"})
    void anything_else_is_no_date(String typed) {
        assertThat(DutchInput.date(typed)).isEmpty();
    }

    @Test
    void a_date_is_shown_in_a_field_day_first() {
        assertThat(DutchInput.fieldText(LocalDate.of(2026, 3, 5))).isEqualTo("05-03-2026");
        assertThat(DutchInput.fieldText(null)).isNull();
    }

    @Test
    void a_whole_number_is_digits_only() {
        assertThat(DutchInput.wholeNumber(" 14 ")).contains(14);
        assertThat(DutchInput.wholeNumber("14a")).isEmpty();
        assertThat(DutchInput.wholeNumber("-1")).isEmpty();
        assertThat(DutchInput.wholeNumber("1234567890")).as("more than nine digits").isEmpty();
        assertThat(DutchInput.wholeNumber(null)).isEmpty();
    }

    @Test
    void clean_strips_and_makes_blank_null() {
        assertThat(DutchInput.clean("  Heijn ")).isEqualTo("Heijn");
        assertThat(DutchInput.clean(" ")).isNull();
        assertThat(DutchInput.clean(null)).isNull();
    }
}
