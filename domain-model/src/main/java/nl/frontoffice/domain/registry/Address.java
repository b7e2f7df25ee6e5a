package nl.frontoffice.domain.registry;

import java.io.Serializable;
import java.util.Locale;

/**
 * A residential address in the Netherlands as registered in the BRP ("verblijfadres"). Parts other
 * than the street, the number and the town may be absent; blank parts are stored as {@code null}.
 *
 * @param street              straatnaam (the official name, or the short name when that is all there is)
 * @param houseNumber         huisnummer, or {@code null}
 * @param houseLetter         huisletter, one letter, or {@code null}
 * @param houseNumberAddition huisnummertoevoeging, up to four characters, or {@code null}
 * @param postcode            postcode as registered (e.g. "2551JV"), or {@code null}
 * @param city                woonplaats, or {@code null}
 */
public record Address(String street, Integer houseNumber, String houseLetter, String houseNumberAddition,
        String postcode, String city) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Normalises blank parts to {@code null}. */
    public Address {
        street = clean(street);
        houseLetter = clean(houseLetter);
        houseNumberAddition = clean(houseNumberAddition);
        postcode = clean(postcode);
        city = clean(city);
    }

    private static String clean(String part) {
        return part == null || part.isBlank() ? null : part.strip();
    }

    /**
     * @return street, number, letter and addition as written on an envelope, e.g. "King Olivereiland
     *         64", "Kerkstraat 12a" or "Kerkstraat 12a-2"
     */
    public String streetLine() {
        StringBuilder line = new StringBuilder(street == null ? "" : street);
        if (houseNumber != null) {
            line.append(line.isEmpty() ? "" : " ").append(houseNumber);
            if (houseLetter != null) {
                line.append(houseLetter);
            }
            if (houseNumberAddition != null) {
                line.append('-').append(houseNumberAddition);
            }
        }
        return line.toString();
    }

    /**
     * @return the postcode with a space between digits and letters, upper case ("2551 JV"), or the
     *         registered text when it does not have that form, or empty when absent
     */
    public String formattedPostcode() {
        if (postcode == null) {
            return "";
        }
        String compact = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.matches("[1-9][0-9]{3}[A-Z]{2}") ? compact.substring(0, 4) + " " + compact.substring(4)
                : postcode;
    }

    /** @return formatted postcode and town, e.g. "2551 JV 's-Gravenhage" */
    public String postcodeAndCity() {
        String formatted = formattedPostcode();
        if (city == null) {
            return formatted;
        }
        return formatted.isEmpty() ? city : formatted + " " + city;
    }
}
