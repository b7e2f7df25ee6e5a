package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A name as registered in the BRP: given names (voornamen), the surname prefix (voorvoegsel, such as
 * "van der") and the surname (geslachtsnaam). Each part may be absent; blank parts are stored as
 * {@code null}.
 *
 * <p>Dutch usage: after given names or initials the prefix is written in lower case
 * ({@link #displayName()}: "Jan Adrianus van der Berg"), at the start of a name it gets a capital
 * ({@link #surnameAlone()}: "Van der Berg").
 *
 * @param givenNames    voornamen, separated by spaces, or {@code null}
 * @param surnamePrefix voorvoegsel, or {@code null}
 * @param surname       geslachtsnaam, or {@code null}
 */
public record PersonName(String givenNames, String surnamePrefix, String surname) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Normalises blank parts to {@code null} and strips surrounding white space. */
    public PersonName {
        givenNames = clean(givenNames);
        surnamePrefix = clean(surnamePrefix);
        surname = clean(surname);
    }

    private static String clean(String part) {
        return part == null || part.isBlank() ? null : part.strip().replaceAll("\\s+", " ");
    }

    /**
     * @return the full name as written in running text: given names, prefix in lower case, surname,
     *         e.g. "Merel Kooyman" or "Jan van der Berg"; empty when no part is known
     */
    public String displayName() {
        StringJoiner joiner = new StringJoiner(" ");
        if (givenNames != null) {
            joiner.add(givenNames);
        }
        if (surnamePrefix != null) {
            joiner.add(givenNames == null ? capitalise(surnamePrefix) : surnamePrefix.toLowerCase(Locale.ROOT));
        }
        if (surname != null) {
            joiner.add(surname);
        }
        return joiner.toString();
    }

    /**
     * @return the surname as used without given names or initials, the prefix capitalised, e.g.
     *         "Van der Berg" (as in "Geachte heer Van der Berg"); empty when neither is known
     */
    public String surnameAlone() {
        StringJoiner joiner = new StringJoiner(" ");
        if (surnamePrefix != null) {
            joiner.add(capitalise(surnamePrefix));
        }
        if (surname != null) {
            joiner.add(surname);
        }
        return joiner.toString();
    }

    /**
     * @return the initials of the given names, each followed by a full stop, e.g. "J.A." for
     *         "Jan Adrianus"; empty when there are no given names
     */
    public String initials() {
        if (givenNames == null) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String name : givenNames.split("[ ]")) {
            if (!name.isEmpty()) {
                initials.appendCodePoint(name.codePointAt(0)).append('.');
            }
        }
        return initials.toString();
    }

    private static String capitalise(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    /** @return {@link #displayName()} */
    @Override
    public String toString() {
        return displayName();
    }
}
