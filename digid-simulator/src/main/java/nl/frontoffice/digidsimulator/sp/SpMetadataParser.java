package nl.frontoffice.digidsimulator.sp;

import static nl.frontoffice.digidsimulator.saml.SamlNames.DSIG_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.METADATA_NS;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.saml.Certificates;
import nl.frontoffice.digidsimulator.saml.Dom;
import nl.frontoffice.digidsimulator.saml.SamlException;

/**
 * Reads service providers from SAML metadata: an EntityDescriptor, or an EntitiesDescriptor holding several. Of each
 * SPSSODescriptor it takes the signing certificates (KeyDescriptor with {@code use="signing"} or without
 * {@code use}), the AssertionConsumerServices and the SingleLogoutServices. The metadata's own signature, if any, is
 * not checked: the simulator reads it from a location it is configured to trust.
 */
public final class SpMetadataParser {

    private SpMetadataParser() {
    }

    public static List<ServiceProvider> parse(Document metadata) throws SamlException {
        Element root = metadata.getDocumentElement();
        List<ServiceProvider> result = new ArrayList<>();
        if (Dom.is(root, METADATA_NS, "EntitiesDescriptor")) {
            collect(root, result);
        } else if (Dom.is(root, METADATA_NS, "EntityDescriptor")) {
            entity(root).ifPresent(result::add);
        } else {
            throw new SamlException(
                    "De metadata van de dienstverlener begint niet met EntityDescriptor of EntitiesDescriptor.");
        }
        if (result.isEmpty()) {
            throw new SamlException("De metadata bevat geen SPSSODescriptor.");
        }
        return result;
    }

    private static void collect(Element entities, List<ServiceProvider> result) throws SamlException {
        for (Element child : Dom.children(entities)) {
            if (Dom.is(child, METADATA_NS, "EntitiesDescriptor")) {
                collect(child, result);
            } else if (Dom.is(child, METADATA_NS, "EntityDescriptor")) {
                Optional<ServiceProvider> sp = entity(child);
                if (sp.isPresent()) {
                    result.add(sp.get());
                }
            }
        }
    }

    private static Optional<ServiceProvider> entity(Element entity) throws SamlException {
        String entityId = Dom.requiredAttribute(entity, "entityID");
        List<Element> descriptors = Dom.children(entity, METADATA_NS, "SPSSODescriptor");
        if (descriptors.isEmpty()) {
            return Optional.empty();
        }
        List<X509Certificate> certificates = new ArrayList<>();
        List<Endpoint> consumers = new ArrayList<>();
        List<Endpoint> logouts = new ArrayList<>();
        for (Element descriptor : descriptors) {
            for (Element keyDescriptor : Dom.children(descriptor, METADATA_NS, "KeyDescriptor")) {
                String use = keyDescriptor.getAttributeNS(null, "use");
                if (!use.isEmpty() && !"signing".equals(use)) {
                    continue;
                }
                for (Element keyInfo : Dom.children(keyDescriptor, DSIG_NS, "KeyInfo")) {
                    for (Element x509Data : Dom.children(keyInfo, DSIG_NS, "X509Data")) {
                        for (Element certificate : Dom.children(x509Data, DSIG_NS, "X509Certificate")) {
                            certificates.add(Certificates.fromBase64(Dom.text(certificate)));
                        }
                    }
                }
            }
            for (Element acs : Dom.children(descriptor, METADATA_NS, "AssertionConsumerService")) {
                consumers.add(Endpoint.indexed(Dom.requiredAttribute(acs, "Binding"),
                        Dom.requiredAttribute(acs, "Location"), index(acs),
                        "true".equals(acs.getAttributeNS(null, "isDefault"))
                                || "1".equals(acs.getAttributeNS(null, "isDefault"))));
            }
            for (Element slo : Dom.children(descriptor, METADATA_NS, "SingleLogoutService")) {
                logouts.add(new Endpoint(Dom.requiredAttribute(slo, "Binding"), Dom.requiredAttribute(slo, "Location"),
                        Dom.attribute(slo, "ResponseLocation"), -1, false));
            }
        }
        return Optional.of(new ServiceProvider(entityId, certificates, consumers, logouts));
    }

    private static int index(Element endpoint) throws SamlException {
        String index = Dom.requiredAttribute(endpoint, "index");
        try {
            return Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            throw new SamlException("Het index-attribuut '" + index
                    + "' van een AssertionConsumerService is geen getal.");
        }
    }
}
