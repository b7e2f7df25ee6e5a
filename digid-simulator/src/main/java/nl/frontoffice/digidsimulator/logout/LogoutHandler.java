package nl.frontoffice.digidsimulator.logout;

import static nl.frontoffice.digidsimulator.saml.SamlNames.ASSERTION_NS;
import static nl.frontoffice.digidsimulator.saml.SamlNames.PROTOCOL_NS;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.w3c.dom.Element;

import nl.frontoffice.digidsimulator.idp.IdpCredential;
import nl.frontoffice.digidsimulator.idp.IdpSettings;
import nl.frontoffice.digidsimulator.saml.Dom;
import nl.frontoffice.digidsimulator.saml.MessageChecks;
import nl.frontoffice.digidsimulator.saml.RedirectBinding;
import nl.frontoffice.digidsimulator.saml.SamlException;
import nl.frontoffice.digidsimulator.saml.SamlNames;
import nl.frontoffice.digidsimulator.saml.SamlStatus;
import nl.frontoffice.digidsimulator.saml.SamlValues;
import nl.frontoffice.digidsimulator.saml.SecureXml;
import nl.frontoffice.digidsimulator.sp.ServiceProvider;
import nl.frontoffice.digidsimulator.sp.ServiceProviderDirectory;
import nl.frontoffice.digidsimulator.sso.SimulatedSessions;

/**
 * Single logout by HTTP-Redirect: a LogoutRequest signed like an AuthnRequest (query-string signature with a
 * certificate from the SP's metadata; Version, IssueInstant, Destination = the simulator's logout URL, a NameID, not
 * past its NotOnOrAfter) ends the simulated sessions it names and is answered with a LogoutResponse (Success), signed
 * in the query string, redirected to the SP's HTTP-Redirect SingleLogoutService (its ResponseLocation if given), or
 * to the configured logout URL.
 */
public final class LogoutHandler {

    private static final Logger LOG = Logger.getLogger(LogoutHandler.class.getName());

    private final IdpSettings idp;
    private final IdpCredential credential;
    private final ServiceProviderDirectory serviceProviders;
    private final SimulatedSessions sessions;
    private final Optional<String> configuredResponseUrl;
    private final Clock clock;

    public LogoutHandler(IdpSettings idp, IdpCredential credential, ServiceProviderDirectory serviceProviders,
                         SimulatedSessions sessions, Optional<String> configuredResponseUrl, Clock clock) {
        this.idp = idp;
        this.credential = credential;
        this.serviceProviders = serviceProviders;
        this.sessions = sessions;
        this.configuredResponseUrl = configuredResponseUrl;
        this.clock = clock;
    }

    /**
     * Handles a LogoutRequest received by HTTP-Redirect.
     *
     * @param rawQuery the query string exactly as received
     * @return the URL to redirect the browser to, carrying the signed LogoutResponse
     */
    public String handle(String rawQuery) throws SamlException {
        RedirectBinding.Received received = RedirectBinding.receive(rawQuery, "SAMLRequest");
        Element request = SecureXml.parse(received.xml()).getDocumentElement();
        if (!Dom.is(request, PROTOCOL_NS, "LogoutRequest")) {
            throw new SamlException("Het bericht is geen samlp:LogoutRequest maar " + request.getNodeName() + ".");
        }
        String issuer = MessageChecks.issuer(request);
        if (!received.isSigned()) {
            throw new SamlException("Het LogoutRequest is niet ondertekend: SigAlg en Signature ontbreken.");
        }
        ServiceProvider sp = serviceProviders.authenticate(issuer,
                candidate -> received.verify(candidate.signingCertificates()));
        Instant now = clock.instant();
        MessageChecks.versionIdAndTime(request, now);
        String destination = Dom.attribute(request, "Destination").orElseThrow(() -> new SamlException(
                "Het LogoutRequest heeft geen Destination; bij een ondertekend verzoek is die verplicht."));
        if (!destination.equals(idp.logoutUrl())) {
            throw new SamlException("De Destination van het LogoutRequest is " + destination + "; verwacht "
                    + idp.logoutUrl() + ".");
        }
        Optional<String> notOnOrAfter = Dom.attribute(request, "NotOnOrAfter");
        if (notOnOrAfter.isPresent()
                && !SamlValues.parseDateTime(notOnOrAfter.get(), "NotOnOrAfter van het LogoutRequest").isAfter(now)) {
            throw new SamlException("Het LogoutRequest is verlopen (NotOnOrAfter " + notOnOrAfter.get() + ").");
        }
        String nameId = Dom.text(Dom.requiredChild(request, ASSERTION_NS, "NameID"));
        List<String> sessionIndexes = new ArrayList<>();
        for (Element index : Dom.children(request, PROTOCOL_NS, "SessionIndex")) {
            sessionIndexes.add(Dom.text(index));
        }
        int ended = sessions.end(sp.entityId(), nameId, sessionIndexes);
        LOG.info(() -> "Simulated DigiD logout for " + sp.entityId() + ": " + ended + " session(s) ended");

        String target = configuredResponseUrl.or(sp::redirectLogoutResponseTarget).orElseThrow(() ->
                new SamlException("De dienstverlener heeft geen SingleLogoutService met de HTTP-Redirect binding "
                        + "in zijn metadata, en er is geen digid-simulator.sp.logout-url ingesteld."));
        String response = logoutResponse(Dom.requiredAttribute(request, "ID"), target, now);
        return target + (target.contains("?") ? '&' : '?')
                + RedirectBinding.signedQuery("SAMLResponse", response, received.relayState(),
                        credential.privateKey());
    }

    private String logoutResponse(String inResponseTo, String destination, Instant now) {
        Element response = Dom.newRoot(PROTOCOL_NS, "samlp:LogoutResponse", "saml", ASSERTION_NS);
        response.setAttributeNS(null, "ID", SamlValues.newId());
        response.setAttributeNS(null, "Version", SamlNames.VERSION);
        response.setAttributeNS(null, "IssueInstant", SamlValues.dateTime(now));
        response.setAttributeNS(null, "Destination", destination);
        response.setAttributeNS(null, "InResponseTo", inResponseTo);
        Dom.append(response, ASSERTION_NS, "saml:Issuer", idp.entityId());
        SamlStatus.success(response);
        return SecureXml.toString(response.getOwnerDocument());
    }
}
