package nl.frontoffice.auth.saml;

import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.xml.crypto.dsig.XMLSignature;

/**
 * The namespaces, URIs and small formats of SAML 2.0 that more than one class needs.
 */
final class Saml {

    static final String PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String METADATA_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String DSIG_NS = XMLSignature.XMLNS;
    static final String SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    static final String PROTOCOL_SUPPORT = PROTOCOL_NS;
    static final String VERSION = "2.0";

    static final String STATUS_SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    static final String STATUS_AUTHN_FAILED = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
    static final String STATUS_REQUEST_DENIED = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";

    static final String CONFIRMATION_BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    static final String NAMEID_ENTITY = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";

    /** The SOAPAction header value SAML's SOAP binding (§3.2.2.1) recommends. */
    static final String SOAP_ACTION = "http://www.oasis-open.org/committees/security";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Saml() {
    }

    /**
     * @return a fresh, unguessable xs:ID: an underscore and 160 random bits in hex
     */
    static String newId() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return "_" + HexFormat.of().formatHex(bytes);
    }

    /**
     * @return the instant as SAML wants it: UTC, {@code Z}, milliseconds at most
     */
    static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * @return the xs:dateTime as an instant; a value without time zone is rejected
     * @throws DateTimeException when it is not a date-time with an offset
     */
    static Instant parseInstant(String value) {
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
}
