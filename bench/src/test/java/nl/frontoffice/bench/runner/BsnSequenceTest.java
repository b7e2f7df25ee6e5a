package nl.frontoffice.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;

class BsnSequenceTest {

    @Test
    void elevenTestAcceptsKnownBsnsAndRejectsOthers() {
        // RvIG test persons and a textbook example
        assertTrue(BsnSequence.isValid("999993847"));
        assertTrue(BsnSequence.isValid("999993653"));
        assertTrue(BsnSequence.isValid("111222333"));
        assertFalse(BsnSequence.isValid("111222334"));
        assertFalse(BsnSequence.isValid("000000000"));
        assertFalse(BsnSequence.isValid("12345678"));
        assertFalse(BsnSequence.isValid("12345678a"));
        assertFalse(BsnSequence.isValid(null));
    }

    @Test
    void checkDigitCompletesEightDigitsToAValidBsn() {
        // 11122233: 9+8+7+12+10+8+9+6 = 69, 69 mod 11 = 3
        assertEquals(3, BsnSequence.checkDigit(11_122_233L));
        assertTrue(BsnSequence.isValid("111222333"));
    }

    @Test
    void aHundredThousandBsnsAreDistinctNineDigitsAndPassTheDomainsElevenTest() {
        BsnSequence sequence = new BsnSequence();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String bsn = sequence.next();
            assertEquals(9, bsn.length(), bsn);
            assertTrue(BsnSequence.isValid(bsn), bsn);
            // the application's own rule agrees
            assertTrue(Bsn.isValid(bsn), bsn);
            assertTrue(seen.add(bsn), "twice: " + bsn);
        }
    }

    @Test
    void theSequenceIsTheSameEveryTime() {
        BsnSequence first = new BsnSequence();
        BsnSequence second = new BsnSequence();
        for (int i = 0; i < 1000; i++) {
            assertEquals(first.next(), second.next());
        }
    }
}
