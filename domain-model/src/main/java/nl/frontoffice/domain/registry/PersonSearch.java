package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to search the BRP for when the BSN is not known: a surname with a date of birth, or a postcode with a house
 * number (the BRP's {@code ZoekMetGeslachtsnaamEnGeboortedatum} and {@code ZoekMetPostcodeEnHuisnummer}). The
 * compact constructors check the values against the BRP's own patterns, so an adapter never sends a request the
 * BRP refuses; a caller validating user input first uses the {@code isValid…} methods.
 *
 * <p>Usage: {@code new PersonSearch.BySurnameAndBirthDate("Kooyman", null, LocalDate.of(1982, 4, 10))},
 * {@code new PersonSearch.ByPostcodeAndHouseNumber("2551 JV", 64, null, null)}.
 */
public sealed interface PersonSearch extends Serializable
        permits PersonSearch.BySurnameAndBirthDate, PersonSearch.ByPostcodeAndHouseNumber {

    /** The BRP's pattern of a surname (without prefix); a trailing {@code *} after three characters is a wildcard. */
    Pattern SURNAME = Pattern.compile("^[a-zA-Z0-9À-ž \\.\\-\\']{1,200}$|^[a-zA-Z0-9À-ž \\.\\-\\']{3,199}\\*$");
    /** The BRP's pattern of a surname prefix ("van der"). */
    Pattern SURNAME_PREFIX = Pattern.compile("^[a-zA-Z \\']{1,10}$");
    /** The BRP's pattern of a Dutch postcode, with or without the space. */
    Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");
    /** The BRP's pattern of a house letter. */
    Pattern HOUSE_LETTER = Pattern.compile("^[a-zA-Z]$");
    /** The BRP's pattern of a house number addition. */
    Pattern HOUSE_NUMBER_ADDITION = Pattern.compile("^[a-zA-Z0-9 \\-]{1,4}$");
    /** The highest house number the BRP knows. */
    int MAX_HOUSE_NUMBER = 99_999;

    /**
     * Search by surname and complete date of birth.
     *
     * @param surname       the surname without prefix ("Kooyman", not "van Kooyman"); may end in {@code *} after at
     *                      least three characters; case does not matter
     * @param surnamePrefix the prefix ("van der"), or {@code null} for any
     * @param birthDate     the complete date of birth
     */
    record BySurnameAndBirthDate(String surname, String surnamePrefix, LocalDate birthDate) implements PersonSearch {

        private static final long serialVersionUID = 1L;

        /** Strips the texts and checks them against the BRP's patterns. */
        public BySurnameAndBirthDate {
            surname = strip(surname);
            surnamePrefix = strip(surnamePrefix);
            if (surname == null || !SURNAME.matcher(surname).matches()) {
                throw new IllegalArgumentException("surname does not match the BRP's pattern");
            }
            if (surnamePrefix != null && !SURNAME_PREFIX.matcher(surnamePrefix).matches()) {
                throw new IllegalArgumentException("surname prefix does not match the BRP's pattern");
            }
            Objects.requireNonNull(birthDate, "birthDate");
        }

        /** @return the surname only; never a date of birth (personal data) */
        @Override
        public String toString() {
            return "BySurnameAndBirthDate[...]";
        }
    }

    /**
     * Search the residents of an address.
     *
     * @param postcode            the postcode, with or without space; stored upper case without space ("2551JV")
     * @param houseNumber         the house number, 1-99999
     * @param houseLetter         the house letter, or {@code null} for any
     * @param houseNumberAddition the addition, or {@code null} for any
     */
    record ByPostcodeAndHouseNumber(String postcode, int houseNumber, String houseLetter, String houseNumberAddition)
            implements PersonSearch {

        private static final long serialVersionUID = 1L;

        /** Normalises the postcode and checks every part against the BRP's patterns. */
        public ByPostcodeAndHouseNumber {
            postcode = strip(postcode);
            houseLetter = strip(houseLetter);
            houseNumberAddition = strip(houseNumberAddition);
            if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
                throw new IllegalArgumentException("postcode does not match the BRP's pattern");
            }
            postcode = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
            if (houseNumber < 1 || houseNumber > MAX_HOUSE_NUMBER) {
                throw new IllegalArgumentException("house number out of range");
            }
            if (houseLetter != null && !HOUSE_LETTER.matcher(houseLetter).matches()) {
                throw new IllegalArgumentException("house letter does not match the BRP's pattern");
            }
            if (houseNumberAddition != null && !HOUSE_NUMBER_ADDITION.matcher(houseNumberAddition).matches()) {
                throw new IllegalArgumentException("house number addition does not match the BRP's pattern");
            }
        }

        /** @return no part of the address (personal data) */
        @Override
        public String toString() {
            return "ByPostcodeAndHouseNumber[...]";
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
