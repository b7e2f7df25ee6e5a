package nl.frontoffice.citizens;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.registry.PersonSearch;

/**
 * A citizen search as the staff member typed it: a BSN, or a surname with a date of birth, or a postcode with a
 * house number. {@link #problems(LocalDate)} says what is wrong per field (message keys in the DomainMessages
 * bundle), so the search form can show it beside the input; the service refuses a query with problems.
 *
 * <p>Usage: {@code CitizenQuery.byBsn("999993847")}, {@code CitizenQuery.bySurnameAndBirthDate("Kooyman", null, date)},
 * {@code CitizenQuery.byPostcodeAndHouseNumber("2551 JV", 64, null, null)}, or the canonical constructor from a form
 * with every field (blank fields count as empty).
 *
 * @param bsn                 nine digits that pass the eleven test
 * @param surname             the surname without prefix; may end in {@code *} after at least three characters
 * @param surnamePrefix       the prefix ("van der"), optional
 * @param birthDate           the complete date of birth, with the surname
 * @param postcode            the postcode, with or without space
 * @param houseNumber         the house number, with the postcode
 * @param houseLetter         the house letter, optional
 * @param houseNumberAddition the addition, optional
 */
public record CitizenQuery(String bsn, String surname, String surnamePrefix, LocalDate birthDate, String postcode,
        Integer houseNumber, String houseLetter, String houseNumberAddition) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Message key of the exception when the query has problems. */
    public static final String INVALID = "citizens.query.invalid";

    /** The three ways to search. */
    public enum Kind {
        /** By citizen service number: the local register and the BRP. */
        BSN,
        /** By surname and date of birth: the BRP. */
        SURNAME_AND_BIRTH_DATE,
        /** By postcode and house number: the BRP. */
        POSTCODE_AND_HOUSE_NUMBER
    }

    /** Strips texts; blank becomes {@code null}; the BSN loses spaces and dots ("9999.93.847"). */
    public CitizenQuery {
        bsn = clean(bsn) == null ? null : clean(bsn).replace(" ", "").replace(".", "");
        surname = clean(surname);
        surnamePrefix = clean(surnamePrefix);
        postcode = clean(postcode);
        houseLetter = clean(houseLetter);
        houseNumberAddition = clean(houseNumberAddition);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** @return a search by BSN */
    public static CitizenQuery byBsn(String bsn) {
        return new CitizenQuery(bsn, null, null, null, null, null, null, null);
    }

    /** @return a search by surname (without prefix) and date of birth */
    public static CitizenQuery bySurnameAndBirthDate(String surname, String surnamePrefix, LocalDate birthDate) {
        return new CitizenQuery(null, surname, surnamePrefix, birthDate, null, null, null, null);
    }

    /** @return a search by postcode and house number */
    public static CitizenQuery byPostcodeAndHouseNumber(String postcode, Integer houseNumber, String houseLetter,
            String houseNumberAddition) {
        return new CitizenQuery(null, null, null, null, postcode, houseNumber, houseLetter, houseNumberAddition);
    }

    /**
     * @return the kind of search the filled-in fields ask for: the BSN wins, then surname or date of birth, then
     *         postcode or house number; {@code null} when nothing is filled in
     */
    public Kind kind() {
        if (bsn != null) {
            return Kind.BSN;
        }
        if (surname != null || birthDate != null || surnamePrefix != null) {
            return Kind.SURNAME_AND_BIRTH_DATE;
        }
        if (postcode != null || houseNumber != null || houseLetter != null || houseNumberAddition != null) {
            return Kind.POSTCODE_AND_HOUSE_NUMBER;
        }
        return null;
    }

    /**
     * @param today today's date (a date of birth may not be later)
     * @return what to fix, per field ({@code bsn}, {@code surname}, {@code surnamePrefix}, {@code birthDate},
     *         {@code postcode}, {@code houseNumber}, {@code houseLetter}, {@code houseNumberAddition}, or
     *         {@code query} when nothing was filled in); empty when the query can be run
     */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Kind kind = kind();
        if (kind == null) {
            problems.add(FieldProblem.of("query", "citizens.query.criteria"));
            return problems;
        }
        switch (kind) {
            case BSN -> {
                if (!Bsn.isValid(bsn)) {
                    problems.add(FieldProblem.of("bsn", "citizens.query.bsn"));
                }
            }
            case SURNAME_AND_BIRTH_DATE -> {
                if (surname == null || !PersonSearch.SURNAME.matcher(surname).matches()) {
                    problems.add(FieldProblem.of("surname", "citizens.query.surname"));
                }
                if (surnamePrefix != null && !PersonSearch.SURNAME_PREFIX.matcher(surnamePrefix).matches()) {
                    problems.add(FieldProblem.of("surnamePrefix", "citizens.query.surname-prefix"));
                }
                if (birthDate == null || birthDate.isAfter(today)) {
                    problems.add(FieldProblem.of("birthDate", "citizens.query.birth-date"));
                }
            }
            case POSTCODE_AND_HOUSE_NUMBER -> {
                if (postcode == null || !PersonSearch.POSTCODE.matcher(postcode).matches()) {
                    problems.add(FieldProblem.of("postcode", "citizens.query.postcode"));
                }
                if (houseNumber == null || houseNumber < 1 || houseNumber > PersonSearch.MAX_HOUSE_NUMBER) {
                    problems.add(FieldProblem.of("houseNumber", "citizens.query.house-number",
                            PersonSearch.MAX_HOUSE_NUMBER));
                }
                if (houseLetter != null && !PersonSearch.HOUSE_LETTER.matcher(houseLetter).matches()) {
                    problems.add(FieldProblem.of("houseLetter", "citizens.query.house-letter"));
                }
                if (houseNumberAddition != null
                        && !PersonSearch.HOUSE_NUMBER_ADDITION.matcher(houseNumberAddition).matches()) {
                    problems.add(FieldProblem.of("houseNumberAddition", "citizens.query.house-number-addition"));
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return problems;
    }

    /**
     * @return the BRP search of a name or address query
     * @throws IllegalStateException for a BSN query or a query with problems
     */
    PersonSearch toPersonSearch() {
        return switch (kind()) {
            case SURNAME_AND_BIRTH_DATE -> new PersonSearch.BySurnameAndBirthDate(surname, surnamePrefix, birthDate);
            case POSTCODE_AND_HOUSE_NUMBER -> new PersonSearch.ByPostcodeAndHouseNumber(postcode, houseNumber,
                    houseLetter, houseNumberAddition);
            default -> throw new IllegalStateException("not a BRP search");
        };
    }

    /** @return the kind only: the values are personal data */
    @Override
    public String toString() {
        return "CitizenQuery[" + kind() + "]";
    }
}
