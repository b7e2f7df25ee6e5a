package nl.frontoffice.domain.citizen;

import java.io.Serializable;

/**
 * A burgerservicenummer (BSN), the Dutch citizen service number: exactly nine digits that pass the
 * eleven test ("11-proef"): {@code 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9}
 * is a multiple of 11, and the number is not all zeros.
 *
 * <p>{@link #toString()} returns the {@link #masked() masked} form, so a BSN that ends up in a log
 * line or an exception message by accident shows only its last three digits. Use {@link #value()}
 * only where the full number is really needed (a BRP request, the database).
 *
 * <p>Usage: {@code Bsn.of("999993847").masked()} is {@code ******847}.
 */
public final class Bsn implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int LENGTH = 9;

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /**
     * @param value nine digits, no spaces or other characters
     * @return the BSN
     * @throws InvalidBsnException when the value is not a valid BSN (the message never contains it)
     */
    public static Bsn of(String value) {
        if (!isValid(value)) {
            throw new InvalidBsnException();
        }
        return new Bsn(value);
    }

    /**
     * @param candidate any string, may be {@code null}
     * @return whether it is exactly nine digits, not all zeros, passing the eleven test
     */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        boolean allZeros = true;
        for (int i = 0; i < LENGTH; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZeros &= digit == 0;
            int weight = i == LENGTH - 1 ? -1 : LENGTH - i;
            sum += weight * digit;
        }
        return !allZeros && sum % 11 == 0;
    }

    /**
     * @return the nine digits; handle with care
     */
    public String value() {
        return value;
    }

    /**
     * @return the BSN with all but the last three digits replaced by {@code *}, e.g. {@code ******847}
     */
    public String masked() {
        return "******" + value.substring(LENGTH - 3);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Bsn that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * @return the {@link #masked() masked} BSN, never the full number
     */
    @Override
    public String toString() {
        return masked();
    }
}
