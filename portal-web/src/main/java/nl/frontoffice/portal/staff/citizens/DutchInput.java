package nl.frontoffice.portal.staff.citizens;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and numbers as Dutch staff type them: {@code 6-7-1958}, {@code 06-07-1958}, {@code 6/7/1958},
 * {@code 6.7.1958}, or the ISO form {@code 1958-07-06} (what a browser's date field sends). Pure functions, unit-tested
 * in {@code DutchInputTest}.
 */
public final class DutchInput {

    /** How the pages show a date in a field: {@code 06-07-1958}. */
    public static final DateTimeFormatter FIELD_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private DutchInput() {
    }

    /**
     * @param text what was typed; may be {@code null} or blank
     * @return the date, or empty when the text is blank or no existing date in one of the accepted forms
     */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))));
            }
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31-02-2000 and the like
        }
        return Optional.empty();
    }

    /** @return the date as a field shows it ({@code 06-07-1958}), or {@code null} for none */
    public static String fieldText(LocalDate date) {
        return date == null ? null : FIELD_DATE.format(date);
    }

    /**
     * @param text what was typed, e.g. {@code 14}; may be {@code null} or blank
     * @return the whole number, or empty when blank or not digits only (at most nine)
     */
    public static Optional<Integer> wholeNumber(String text) {
        if (text == null || text.isBlank() || !WHOLE_NUMBER.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(text.strip()));
    }

    /** @return the text stripped, or {@code null} when blank */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
