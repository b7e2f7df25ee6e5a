package nl.frontoffice.domain.citizen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"999993847", "999990019", "999991723", "111222333", "123456782"})
    void acceptsNumbersThatPassTheElevenTest(String value) {
        assertThat(Bsn.isValid(value)).isTrue();
        assertThat(Bsn.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "999993848",   // wrong check digit
            "123456789",   // wrong check digit
            "12345678",    // 8 digits
            "1234567820",  // 10 digits
            "99999384a",   // a letter
            "ABCDEFGHI",
            "000000000",   // passes the sum, but all zeros
            " 99999384",   // a space
            "999 993 847",
            "99999384\u0667" // a non-ASCII digit
    })
    @NullAndEmptySource
    void rejectsEverythingElse(String value) {
        assertThat(Bsn.isValid(value)).isFalse();
        assertThatThrownBy(() -> Bsn.of(value))
                .isInstanceOf(InvalidBsnException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(((InvalidBsnException) e).getMessageKey()).isEqualTo("bsn.invalid"));
    }

    @Test
    void rejectsBlank() {
        assertThat(Bsn.isValid("         ")).isFalse();
        assertThatThrownBy(() -> Bsn.of("         ")).isInstanceOf(InvalidBsnException.class);
    }

    @Test
    void theExceptionNeverRepeatsTheNumber() {
        assertThatThrownBy(() -> Bsn.of("999993848"))
                .hasMessageNotContaining("999993848")
                .hasMessageNotContaining("3848");
    }

    @Test
    void masksAllButTheLastThreeDigits() {
        assertThat(Bsn.of("999993847").masked()).isEqualTo("******847");
        assertThat(Bsn.of("123456782").masked()).isEqualTo("******782");
    }

    @Test
    void toStringIsMaskedSoABsnNeverLeaksIntoALog() {
        Bsn bsn = Bsn.of("999993847");

        assertThat(bsn.toString()).isEqualTo("******847").doesNotContain("999993847");
        assertThat("citizen " + bsn).isEqualTo("citizen ******847");
    }

    @Test
    void isAValueObject() {
        assertThat(Bsn.of("999993847")).isEqualTo(Bsn.of("999993847")).hasSameHashCodeAs(Bsn.of("999993847"));
        assertThat(Bsn.of("999993847")).isNotEqualTo(Bsn.of("999990019"));
    }

    @Test
    void converterStoresTheDigitsAndReadsThemBack() {
        BsnConverter converter = new BsnConverter();

        assertThat(converter.convertToDatabaseColumn(Bsn.of("999993847"))).isEqualTo("999993847");
        assertThat(converter.convertToEntityAttribute("999993847")).isEqualTo(Bsn.of("999993847"));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThatThrownBy(() -> converter.convertToEntityAttribute("999993848")).isInstanceOf(InvalidBsnException.class);
    }
}
