package nl.frontoffice.digidsimulator.saml;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** Identifiers and timestamps as SAML writes them. */
public final class SamlValues {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SamlValues() {
    }

    /** A fresh message or assertion ID: an underscore (IDs are NCNames) and 160 random bits in hex. */
    public static String newId() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return "_" + HexFormat.of().formatHex(bytes);
    }

    /** An xs:dateTime in UTC with millisecond precision, e.g. {@code 2025-05-01T09:30:00.123Z}. */
    public static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** Reads an xs:dateTime; SAML requires UTC, but any explicit offset is converted. */
    public static Instant parseDateTime(String value, String what) throws SamlException {
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new SamlException(what + " is geen geldige tijd: " + value);
        }
    }
}
