package nl.frontoffice.digidsimulator.saml;

import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;

import java.util.Optional;

import org.w3c.dom.Element;

/** Writes a {@code samlp:Status}. */
public final class SamlStatus {

    private SamlStatus() {
    }

    /** Appends {@code samlp:Status} with a (nested) StatusCode and an optional StatusMessage. */
    public static void append(Element parent, String topLevel, Optional<String> secondLevel, Optional<String> message) {
        Element status = Dom.append(parent, PROTOCOL_NS, "samlp:Status");
        Element code = Dom.append(status, PROTOCOL_NS, "samlp:StatusCode");
        code.setAttributeNS(null, "Value", topLevel);
        secondLevel.ifPresent(value -> Dom.append(code, PROTOCOL_NS, "samlp:StatusCode")
                .setAttributeNS(null, "Value", value));
        message.ifPresent(text -> Dom.append(status, PROTOCOL_NS, "samlp:StatusMessage", text));
    }

    public static void success(Element parent) {
        append(parent, SamlNames.STATUS_SUCCESS, Optional.empty(), Optional.empty());
    }
}
