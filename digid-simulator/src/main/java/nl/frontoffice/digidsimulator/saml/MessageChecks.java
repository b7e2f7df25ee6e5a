package nl.frontoffice.digidsimulator.saml;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.w3c.dom.Element;

/** Checks every request protocol message gets: Version, IssueInstant, Issuer. */
public final class MessageChecks {

    /** How far a request's IssueInstant may lie from the simulator's clock. */
    public static final Duration ISSUE_INSTANT_TOLERANCE = Duration.ofMinutes(10);

    private static final String ENTITY_FORMAT = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";

    private MessageChecks() {
    }

    /** The message's Issuer: an entity id (Format absent or entity), not empty. */
    public static String issuer(Element message) throws SamlException {
        Element issuer = Dom.requiredChild(message, ASSERTION_NS, "Issuer");
        Optional<String> format = Dom.attribute(issuer, "Format");
        if (format.isPresent() && !ENTITY_FORMAT.equals(format.get())) {
            throw new SamlException("De Issuer van " + message.getLocalName() + " heeft Format " + format.get()
                    + "; verwacht een entity id.");
        }
        String value = Dom.text(issuer);
        if (value.isEmpty()) {
            throw new SamlException("De Issuer van " + message.getLocalName() + " is leeg.");
        }
        return value;
    }

    /** Version 2.0, an ID and an IssueInstant close to now. */
    public static void versionIdAndTime(Element message, Instant now) throws SamlException {
        String name = message.getLocalName();
        String version = Dom.requiredAttribute(message, "Version");
        if (!SamlNames.VERSION.equals(version)) {
            throw new SamlException(name + " heeft Version " + version + "; verwacht 2.0.");
        }
        Dom.requiredAttribute(message, "ID");
        Instant issued = SamlValues.parseDateTime(Dom.requiredAttribute(message, "IssueInstant"),
                "De IssueInstant van " + name);
        if (issued.isBefore(now.minus(ISSUE_INSTANT_TOLERANCE)) || issued.isAfter(now.plus(ISSUE_INSTANT_TOLERANCE))) {
            throw new SamlException("De IssueInstant van " + name + " (" + issued + ") ligt meer dan "
                    + ISSUE_INSTANT_TOLERANCE.toMinutes() + " minuten van nu (" + now + ").");
        }
    }
}
