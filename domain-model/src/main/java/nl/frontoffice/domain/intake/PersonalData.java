package nl.frontoffice.domain.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the intake is from, as the wizard's step "About you" shows it: prefilled from the BRP (then
 * read-only and {@link IntakeForm#personalDataVerified() verified}) or typed by the citizen when
 * the BRP could not be reached. Stored with the intake as the data the intake was made with.
 *
 * @param name        full name as shown, e.g. "J. de Vries"
 * @param birthDate   date of birth
 * @param address     address on one line, e.g. "Dorpsstraat 1, 1234 AB Voorbeeldstad"
 * @param partnerName the partner's name, or {@code null}
 * @param children    the children in the household (the youth-care step asks about each); never {@code null}
 */
public record PersonalData(String name, LocalDate birthDate, String address, String partnerName,
                           List<HouseholdChild> children) {

    /** Copies the children; blank texts become {@code null}. */
    public PersonalData {
        name = blankToNull(name);
        address = blankToNull(address);
        partnerName = blankToNull(partnerName);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** @return personal data with nothing filled in */
    public static PersonalData empty() {
        return new PersonalData(null, null, null, null, List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
