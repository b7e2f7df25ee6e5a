package nl.frontoffice.digidsimulator.sso;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.saml.Dom;
import nl.frontoffice.digidsimulator.saml.MessageChecks;
import nl.frontoffice.digidsimulator.saml.RedirectBinding;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SecureXml;
import nl.frontoffice.digidsimulator.saml.XmlSignatures;
import nl.frontoffice.digidsimulator.sp.Endpoint;
import nl.frontoffice.digidsimulator.sp.ServiceProvider;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;

/**
 * Accepts an AuthnRequest as DigiD does, or refuses it with the reason.
 *
 * <p>Checked: signed by a known service provider (the query-string signature for HTTP-Redirect, the enveloped
 * signature for HTTP-POST; SHA-256 or stronger) with a certificate from its metadata; Version 2.0; an ID; IssueInstant
 * within ten minutes of now; Destination exactly the simulator's SSO URL; the assertion consumer service (by index or
 * URL, or the SP's default) one of the SP's HTTP-Artifact endpoints; ProtocolBinding, if given, HTTP-Artifact; the
 * requested assurance level one of DigiD's AuthnContextClassRefs with comparison {@code minimum} or {@code exact}.
 */
public final class AuthnRequestHandler {

    private final IdpSettings idp;
    private final ServiceProviderDirectory serviceProviders;
    private final Clock clock;

    public AuthnRequestHandler(IdpSettings idp, ServiceProviderDirectory serviceProviders, Clock clock) {
        this.idp = idp;
        this.serviceProviders = serviceProviders;
        this.clock = clock;
    }

    /** An AuthnRequest by HTTP-Redirect; {@code rawQuery} is the query string exactly as received. */
    public PendingAuthentication acceptRedirect(String rawQuery) throws SamlException {
        RedirectBinding.Received received = RedirectBinding.receive(rawQuery, "SAMLRequest");
        Element request = authnRequest(received.xml());
        String issuer = MessageChecks.issuer(request);
        if (!received.isSigned()) {
            throw new SamlException("Het AuthnRequest is niet ondertekend: SigAlg en Signature ontbreken. "
                    + "DigiD accepteert alleen ondertekende verzoeken.");
        }
        ServiceProvider sp = serviceProviders.authenticate(issuer,
                candidate -> received.verify(candidate.signingCertificates()));
        return check(request, sp, received.relayState());
    }

    /** An AuthnRequest by HTTP-POST: {@code samlRequest} is the base64 form parameter. */
    public PendingAuthentication acceptPost(String samlRequest, String relayState) throws SamlException {
        if (samlRequest == null || samlRequest.isBlank()) {
            throw new SamlException("Er is geen SAMLRequest meegestuurd.");
        }
        String xml;
        try {
            xml = new String(Base64.getMimeDecoder().decode(samlRequest), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SamlException("SAMLRequest is geen geldige base64.");
        }
        Element request = authnRequest(xml);
        String issuer = MessageChecks.issuer(request);
        Optional<String> relay = Optional.ofNullable(relayState).filter(state -> !state.isEmpty());
        RedirectBinding.checkRelayState(relay);
        ServiceProvider sp = serviceProviders.authenticate(issuer,
                candidate -> XmlSignatures.verify(request, candidate.signingCertificates()));
        return check(request, sp, relay);
    }

    private static Element authnRequest(String xml) throws SamlException {
        Element root = SecureXml.parse(xml).getDocumentElement();
        if (!Dom.is(root, PROTOCOL_NS, "AuthnRequest")) {
            throw new SamlException("Het bericht is geen samlp:AuthnRequest maar " + root.getNodeName() + ".");
        }
        return root;
    }

    private PendingAuthentication check(Element request, ServiceProvider sp, Optional<String> relayState)
            throws SamlException {
        MessageChecks.versionIdAndTime(request, clock.instant());
        String id = Dom.requiredAttribute(request, "ID");
        String destination = Dom.attribute(request, "Destination").orElseThrow(() -> new SamlException(
                "Het AuthnRequest heeft geen Destination; bij een ondertekend verzoek is die verplicht."));
        if (!destination.equals(idp.ssoUrl())) {
            throw new SamlException("De Destination van het AuthnRequest is " + destination + "; verwacht "
                    + idp.ssoUrl() + ".");
        }
        Optional<String> protocolBinding = Dom.attribute(request, "ProtocolBinding");
        if (protocolBinding.isPresent() && !SamlNames.BINDING_HTTP_ARTIFACT.equals(protocolBinding.get())) {
            throw new SamlException("DigiD antwoordt alleen met de HTTP-Artifact binding, niet met "
                    + protocolBinding.get() + ".");
        }
        String acs = assertionConsumer(request, sp).location();
        boolean passive = "true".equals(request.getAttributeNS(null, "IsPassive"))
                || "1".equals(request.getAttributeNS(null, "IsPassive"));
        return new PendingAuthentication(id, sp.entityId(), acs, requestedLevel(request), relayState, passive,
                clock.instant());
    }

    private static Endpoint assertionConsumer(Element request, ServiceProvider sp) throws SamlException {
        Optional<String> index = Dom.attribute(request, "AssertionConsumerServiceIndex");
        Optional<String> url = Dom.attribute(request, "AssertionConsumerServiceURL");
        if (index.isPresent() && url.isPresent()) {
            throw new SamlException("Het AuthnRequest noemt zowel AssertionConsumerServiceIndex als "
                    + "AssertionConsumerServiceURL; dat mag niet.");
        }
        if (index.isPresent()) {
            int value;
            try {
                value = Integer.parseInt(index.get());
            } catch (NumberFormatException e) {
                throw new SamlException("AssertionConsumerServiceIndex '" + index.get() + "' is geen getal.");
            }
            return sp.artifactConsumerByIndex(value).orElseThrow(() -> new SamlException(
                    "De dienstverlener heeft geen AssertionConsumerService met index " + value
                            + " en de HTTP-Artifact binding in zijn metadata."));
        }
        if (url.isPresent()) {
            return sp.artifactConsumerByUrl(url.get()).orElseThrow(() -> new SamlException(
                    "AssertionConsumerServiceURL " + url.get() + " staat niet (met de HTTP-Artifact binding) "
                            + "in de metadata van de dienstverlener."));
        }
        return sp.defaultArtifactConsumer().orElseThrow(() -> new SamlException(
                "De dienstverlener heeft geen AssertionConsumerService met de HTTP-Artifact binding."));
    }

    /** The lowest level listed in RequestedAuthnContext (comparison minimum or exact); Basis when none is asked. */
    static AssuranceLevel requestedLevel(Element request) throws SamlException {
        Optional<Element> requested = Dom.optionalChild(request, PROTOCOL_NS, "RequestedAuthnContext");
        if (requested.isEmpty()) {
            return AssuranceLevel.BASIS;
        }
        String comparison = Dom.attribute(requested.get(), "Comparison").orElse("exact");
        if (!"minimum".equals(comparison) && !"exact".equals(comparison)) {
            throw new SamlException("RequestedAuthnContext met Comparison '" + comparison
                    + "' wordt niet ondersteund; gebruik 'minimum'.");
        }
        List<AssuranceLevel> levels = new ArrayList<>();
        for (Element classRef : Dom.children(requested.get(), ASSERTION_NS, "AuthnContextClassRef")) {
            String value = Dom.text(classRef);
            levels.add(AssuranceLevel.ofClassRef(value).orElseThrow(() -> new SamlException(
                    "AuthnContextClassRef " + value + " is geen DigiD-niveau.")));
        }
        if (levels.isEmpty()) {
            throw new SamlException("RequestedAuthnContext noemt geen AuthnContextClassRef.");
        }
        return levels.stream().min(Comparator.naturalOrder()).orElseThrow();
    }
}
