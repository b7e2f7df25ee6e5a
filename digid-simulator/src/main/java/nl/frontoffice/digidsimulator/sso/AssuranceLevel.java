package nl.frontoffice.digidsimulator.sso;

import java.util.Arrays;
import java.util.Optional;

/**
 * DigiD's assurance levels (betrouwbaarheidsniveaus), lowest first, with the AuthnContextClassRef DigiD uses for each.
 */
public enum AssuranceLevel {

    BASIS("Basis", "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
            "gebruikersnaam en wachtwoord"),
    MIDDEN("Midden", "urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract",
            "DigiD-app of sms-controle"),
    SUBSTANTIEEL("Substantieel", "urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard",
            "DigiD-app met identiteitscheck"),
    HOOG("Hoog", "urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI",
            "identiteitskaart of rijbewijs met chip");

    private final String label;
    private final String classRef;
    private final String means;

    AssuranceLevel(String label, String classRef, String means) {
        this.label = label;
        this.classRef = classRef;
        this.means = means;
    }

    /** The Dutch name, e.g. "Midden". */
    public String label() {
        return label;
    }

    /** The AuthnContextClassRef URI. */
    public String classRef() {
        return classRef;
    }

    /** How a citizen would log in at this level with the real DigiD (shown on the login page). */
    public String means() {
        return means;
    }

    public static Optional<AssuranceLevel> ofClassRef(String classRef) {
        return Arrays.stream(values()).filter(level -> level.classRef.equals(classRef)).findFirst();
    }

    /** The level by its enum name, case-insensitively (the login form's value). */
    public static Optional<AssuranceLevel> ofName(String name) {
        return Arrays.stream(values()).filter(level -> level.name().equalsIgnoreCase(name)).findFirst();
    }
}
