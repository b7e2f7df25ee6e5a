package nl.frontoffice.bench.runner;

/**
 * Distinct valid BSNs (burgerservicenummers) for generated citizens, without a look-up: the n-th
 * BSN takes an eight-digit prefix from a permutation of 10,000,000..99,999,999 and adds the one check
 * digit that makes the eleven test ("11-proef") pass; a prefix whose check digit would be 10 has no
 * BSN and is skipped. Distinct prefixes give distinct BSNs, so the numbers are unique by construction.
 *
 * <p>The eleven test: with digits d1..d9, {@code 9*d1 + 8*d2 + ... + 2*d8 - 1*d9} is divisible by 11
 * (and the number is not all zeros), as {@code nl.frontoffice.domain.citizen.Bsn#isValid} checks it.
 */
final class BsnSequence {

    private static final long PREFIXES = 90_000_000L;
    private static final long FIRST_PREFIX = 10_000_000L;
    /** Coprime to {@link #PREFIXES}, so {@code k -> k * STRIDE mod PREFIXES} is a permutation. */
    private static final long STRIDE = 7_368_787L;

    private long next;

    /** @return the next BSN of the sequence (the first call gives the first) */
    String next() {
        while (next < PREFIXES) {
            long prefix = FIRST_PREFIX + Math.floorMod(next++ * STRIDE, PREFIXES);
            int check = checkDigit(prefix);
            if (check < 10) {
                return Long.toString(prefix * 10 + check);
            }
        }
        throw new IllegalStateException("No more BSNs");
    }

    /** @return the digit d9 that makes the eleven test pass for these eight digits; 10 when none does */
    static int checkDigit(long eightDigits) {
        int sum = 0;
        long rest = eightDigits;
        for (int weight = 2; weight <= 9; weight++) {
            sum += weight * (int) (rest % 10);
            rest /= 10;
        }
        return sum % 11;
    }

    /** @return whether the text is nine digits, not all zeros, passing the eleven test */
    static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("[0-9]{9}") || candidate.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = candidate.charAt(i) - '0';
            sum += (i == 8 ? -1 : 9 - i) * digit;
        }
        return sum % 11 == 0;
    }
}
