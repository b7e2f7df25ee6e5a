package nl.frontoffice.domain.shared;

/**
 * Human reference numbers such as {@code Z-2026-000123} (a case) or {@code I-2026-000042} (an
 * intake): a prefix, a year and a number of at least six digits.
 *
 * <p>The number is derived from the record's database id, so no separate reference sequence is
 * needed; the year is the year the record was created in (Europe/Amsterdam).
 */
public final class References {

    private References() {
    }

    /**
     * @param prefix the letter of the kind of record, e.g. {@code Z}
     * @param year   four-digit year
     * @param number positive number, zero-padded to six digits (longer numbers keep all digits)
     * @return e.g. {@code Z-2026-000123}
     * @throws IllegalArgumentException when the year has not four digits or the number is not positive
     */
    public static String format(String prefix, int year, long number) {
        if (prefix == null || !prefix.matches("[A-Z]{1,3}")) {
            throw new IllegalArgumentException("prefix must be 1 to 3 capital letters");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (number <= 0) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
        return String.format("%s-%d-%06d", prefix, year, number);
    }
}
