package nl.frontoffice.auth.saml;

import java.util.Optional;

/**
 * The DigiD assurance levels (betrouwbaarheidsniveaus), lowest first, each with the SAML
 * AuthnContextClassRef DigiD uses for it.
 *
 * <p>Usage: {@code AssuranceLevel.fromClassRef(ref).filter(l -> l.isAtLeast(MIDDEN))}.
 */
public enum AssuranceLevel {

    /** DigiD Basis: user name and password. */
    BASIS("urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"),
    /** DigiD Midden: the DigiD app or an SMS code. */
    MIDDEN("urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract"),
    /** DigiD Substantieel: the app with an identity document check. */
    SUBSTANTIEEL("urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard"),
    /** DigiD Hoog: an identity document with a chip. */
    HOOG("urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI");

    private final String classRef;

    AssuranceLevel(String classRef) {
        this.classRef = classRef;
    }

    /**
     * @return the AuthnContextClassRef URI of this level
     */
    public String classRef() {
        return classRef;
    }

    /**
     * @param classRef an AuthnContextClassRef, compared exactly; may be {@code null}
     * @return the level, or empty for any other value
     */
    public static Optional<AssuranceLevel> fromClassRef(String classRef) {
        for (AssuranceLevel level : values()) {
            if (level.classRef.equals(classRef)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * @return whether this level is the same as or higher than {@code other}
     */
    public boolean isAtLeast(AssuranceLevel other) {
        return compareTo(other) >= 0;
    }

    /**
     * @return the higher of the two levels
     */
    public static AssuranceLevel max(AssuranceLevel a, AssuranceLevel b) {
        return a.isAtLeast(b) ? a : b;
    }
}
