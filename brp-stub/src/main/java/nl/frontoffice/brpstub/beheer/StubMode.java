package nl.frontoffice.brpstub.beheer;

import java.util.Locale;
import java.util.Optional;

/** How the stub answers the API. */
public enum StubMode {

    /** Answer per the specification. */
    NORMAL,

    /** Answer every API request with 503 (problem+json "Bronservice BRP is tijdelijk niet beschikbaar."). */
    DOWN,

    /** Wait {@code brp-stub.slow-delay} before answering normally, to provoke client timeouts. */
    SLOW;

    /**
     * @param text {@code normal}, {@code down} or {@code slow}, any case
     * @return the mode, or empty when the text names none
     */
    public static Optional<StubMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (StubMode mode : values()) {
            if (mode.text().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** @return the lower-case name used in configuration and by the endpoint */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
