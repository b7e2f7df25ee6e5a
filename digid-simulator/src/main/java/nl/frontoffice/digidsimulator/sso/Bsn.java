package nl.frontoffice.digidsimulator.sso;

import java.util.Optional;

/**
 * Checks a typed BSN (burgerservicenummer): nine digits that pass the 11-proef
 * (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not all zeros).
 *
 * <p>Deliberately separate from the domain model's {@code Bsn}: the simulator depends on none of the application's
 * modules.
 */
public final class Bsn {

    private Bsn() {
    }

    /**
     * Validates what the tester typed; spaces and dots are ignored.
     *
     * @return empty when valid, otherwise a Dutch message for the form
     */
    public static Optional<String> problem(String typed) {
        String bsn = normalise(typed);
        if (bsn.isEmpty()) {
            return Optional.of("Vul een BSN in.");
        }
        if (!bsn.matches("[0-9]{9}")) {
            return Optional.of("Een BSN bestaat uit 9 cijfers. U vulde iets anders in.");
        }
        if (!passesElevenTest(bsn)) {
            return Optional.of("Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer de cijfers.");
        }
        return Optional.empty();
    }

    public static boolean isValid(String typed) {
        return problem(typed).isEmpty();
    }

    /** The typed value without spaces and dots. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s.]", "");
    }

    static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && !"000000000".equals(nineDigits);
    }
}
