package nl.frontoffice.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateTextsTest {

    @Test
    void datesAreInWordsInThePagesLanguage() {
        assertThat(DateTexts.longDate(LocalDate.of(2027, 1, 12), Languages.DUTCH)).isEqualTo("12 januari 2027");
        assertThat(DateTexts.longDate(LocalDate.of(2027, 1, 12), Languages.ENGLISH)).isEqualTo("12 January 2027");
    }

    @Test
    void fileSizesAreRoundedForPeople() {
        assertThat(DateTexts.fileSize(300, Languages.DUTCH)).isEqualTo("1 kB");
        assertThat(DateTexts.fileSize(250_000, Languages.DUTCH)).isEqualTo("244 kB");
        assertThat(DateTexts.fileSize(1_300_000, Languages.DUTCH)).isEqualTo("1,2 MB");
        assertThat(DateTexts.fileSize(1_300_000, Languages.ENGLISH)).isEqualTo("1.2 MB");
    }
}
