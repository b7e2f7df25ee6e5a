package nl.frontoffice.auth.saml;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * What this service provider knows of the identity provider (DigiD), read from its SAML metadata:
 * entity id, signing certificates (one or more, for key rollover), SingleSignOnService and
 * SingleLogoutService locations per binding, and the ArtifactResolutionService endpoints by index.
 * Immutable.
 *
 * <p>Fetching the metadata (URL or file) is the caller's job; this class only reads the document.
 * When the metadata is fetched over a channel that does not already authenticate it, use
 * {@link #parseSigned(String, List)} with the certificate the IdP publishes out of band.
 *
 * <p>Usage: {@code IdentityProviderMetadata idp = IdentityProviderMetadata.parse(Files.readAllBytes(path));}
 */
public final class IdentityProviderMetadata {

    private final String entityId;
    private final List<X509Certificate> signingCertificates;
    private final Map<Binding, URI> singleSignOnServices;
    private final Map<Binding, URI> singleLogoutServices;
    private final Map<Binding, URI> singleLogoutResponseServices;
    private final Map<Integer, URI> artifactResolutionServices;
    private final Instant validUntil;

    private IdentityProviderMetadata(String entityId, List<X509Certificate> signingCertificates,
            Map<Binding, URI> singleSignOnServices, Map<Binding, URI> singleLogoutServices,
            Map<Binding, URI> singleLogoutResponseServices, Map<Integer, URI> artifactResolutionServices,
            Instant validUntil) {
        this.entityId = entityId;
        this.signingCertificates = List.copyOf(signingCertificates);
        this.singleSignOnServices = Collections.unmodifiableMap(new EnumMap<>(singleSignOnServices));
        this.singleLogoutServices = Collections.unmodifiableMap(new EnumMap<>(singleLogoutServices));
        this.singleLogoutResponseServices = Collections.unmodifiableMap(new EnumMap<>(singleLogoutResponseServices));
        this.artifactResolutionServices = Collections.unmodifiableMap(new TreeMap<>(artifactResolutionServices));
        this.validUntil = validUntil;
    }

    /**
     * @param xml an md:EntityDescriptor with one md:IDPSSODescriptor
     * @return the metadata
     * @throws SamlValidationException {@link Reason#METADATA_INVALID}, {@link Reason#DOCTYPE_PRESENT}
     *                                 or {@link Reason#MALFORMED}
     */
    public static IdentityProviderMetadata parse(String xml) throws SamlValidationException {
        return read(SecureXml.parse(xml), null);
    }

    /**
     * @see #parse(String)
     */
    public static IdentityProviderMetadata parse(byte[] xml) throws SamlValidationException {
        return read(SecureXml.parse(xml), null);
    }

    /**
     * Reads metadata that must carry a valid enveloped signature on its EntityDescriptor by one of
     * {@code trustedSigners} (the certificate the federation publishes for signing metadata).
     *
     * @throws SamlValidationException as {@link #parse(String)}, or a signature reason
     */
    public static IdentityProviderMetadata parseSigned(String xml, List<X509Certificate> trustedSigners)
            throws SamlValidationException {
        return read(SecureXml.parse(xml), new SignatureVerifier(trustedSigners));
    }

    private static IdentityProviderMetadata read(Document document, SignatureVerifier verifier)
            throws SamlValidationException {
        Element root = document.getDocumentElement();
        if (!Dom.is(root, Saml.METADATA_NS, "EntityDescriptor")) {
            throw invalid("EntityDescriptor");
        }
        if (verifier != null) {
            verifier.verify(root);
        }
        String entityId = Dom.attribute(root, "entityID").filter(id -> !id.isBlank())
                .orElseThrow(() -> invalid("entityID"));
        List<Element> descriptors = Dom.children(root, Saml.METADATA_NS, "IDPSSODescriptor");
        if (descriptors.size() != 1) {
            throw invalid("IDPSSODescriptor");
        }
        Element idp = descriptors.get(0);
        if (!Arrays.asList(Dom.attribute(idp, "protocolSupportEnumeration").orElse("").split("\\s+"))
                .contains(Saml.PROTOCOL_SUPPORT)) {
            throw invalid("protocolSupportEnumeration");
        }

        List<X509Certificate> certificates = new ArrayList<>();
        for (Element keyDescriptor : Dom.children(idp, Saml.METADATA_NS, "KeyDescriptor")) {
            String use = Dom.attribute(keyDescriptor, "use").orElse("signing");
            if (use.equals("signing")) {
                certificates.addAll(certificates(keyDescriptor));
            }
        }
        if (certificates.isEmpty()) {
            throw invalid("KeyDescriptor");
        }

        Map<Binding, URI> sso = endpoints(idp, "SingleSignOnService");
        Map<Binding, URI> slo = endpoints(idp, "SingleLogoutService");
        Map<Binding, URI> sloResponses = responseEndpoints(idp, "SingleLogoutService");
        Map<Integer, URI> ars = new TreeMap<>();
        for (Element service : Dom.children(idp, Saml.METADATA_NS, "ArtifactResolutionService")) {
            if (!Binding.SOAP.uri().equals(Dom.attribute(service, "Binding").orElse(""))) {
                continue;
            }
            int index;
            try {
                index = Integer.parseInt(Dom.attribute(service, "index").orElse(""));
            } catch (NumberFormatException e) {
                throw invalid("ArtifactResolutionService");
            }
            if (index < 0 || index > 0xFFFF || ars.put(index, location(service)) != null) {
                throw invalid("ArtifactResolutionService");
            }
        }
        Instant validUntil = null;
        Optional<String> until = Dom.attribute(root, "validUntil");
        if (until.isPresent()) {
            try {
                validUntil = Saml.parseInstant(until.get());
            } catch (DateTimeException e) {
                throw invalid("validUntil");
            }
        }
        return new IdentityProviderMetadata(entityId, certificates, sso, slo, sloResponses, ars, validUntil);
    }

    private static List<X509Certificate> certificates(Element keyDescriptor) throws SamlValidationException {
        List<X509Certificate> result = new ArrayList<>();
        for (Element keyInfo : Dom.children(keyDescriptor, Saml.DSIG_NS, "KeyInfo")) {
            for (Element x509Data : Dom.children(keyInfo, Saml.DSIG_NS, "X509Data")) {
                for (Element certificate : Dom.children(x509Data, Saml.DSIG_NS, "X509Certificate")) {
                    result.add(certificate(certificate.getTextContent()));
                }
            }
        }
        return result;
    }

    static X509Certificate certificate(String base64) throws SamlValidationException {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.strip());
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
            throw invalid("X509Certificate");
        }
    }

    private static Map<Binding, URI> endpoints(Element idp, String name) throws SamlValidationException {
        Map<Binding, URI> result = new EnumMap<>(Binding.class);
        for (Element service : Dom.children(idp, Saml.METADATA_NS, name)) {
            Optional<Binding> binding = Binding.fromUri(Dom.attribute(service, "Binding").orElse(""));
            if (binding.isPresent() && !result.containsKey(binding.get())) {
                result.put(binding.get(), location(service));
            }
        }
        return result;
    }

    /** Per binding, the first endpoint's ResponseLocation, or its Location when it has none (SAML metadata §2.2.2). */
    private static Map<Binding, URI> responseEndpoints(Element idp, String name) throws SamlValidationException {
        Map<Binding, URI> result = new EnumMap<>(Binding.class);
        for (Element service : Dom.children(idp, Saml.METADATA_NS, name)) {
            Optional<Binding> binding = Binding.fromUri(Dom.attribute(service, "Binding").orElse(""));
            if (binding.isPresent() && !result.containsKey(binding.get())) {
                result.put(binding.get(), Dom.attribute(service, "ResponseLocation").isPresent()
                        ? location(service, "ResponseLocation") : location(service));
            }
        }
        return result;
    }

    private static URI location(Element service) throws SamlValidationException {
        return location(service, "Location");
    }

    private static URI location(Element service, String attribute) throws SamlValidationException {
        try {
            URI uri = new URI(Dom.attribute(service, attribute).orElse(""));
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw invalid(service.getLocalName());
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(service.getLocalName());
        }
    }

    private static SamlValidationException invalid(String where) {
        return new SamlValidationException(Reason.METADATA_INVALID, where);
    }

    /**
     * @return the IdP's entity id, the value every Issuer must have
     */
    public String entityId() {
        return entityId;
    }

    /**
     * @return the certificates whose keys may sign the IdP's messages and assertions (more than one
     *         during a key rollover), in document order
     */
    public List<X509Certificate> signingCertificates() {
        return signingCertificates;
    }

    /**
     * @return where to send an AuthnRequest with this binding
     */
    public Optional<URI> singleSignOnService(Binding binding) {
        return Optional.ofNullable(singleSignOnServices.get(binding));
    }

    /**
     * @return where to send a LogoutRequest with this binding
     */
    public Optional<URI> singleLogoutService(Binding binding) {
        return Optional.ofNullable(singleLogoutServices.get(binding));
    }

    /**
     * @return where to send a LogoutResponse with this binding: the SingleLogoutService's
     *         ResponseLocation, or its Location when it has none
     */
    public Optional<URI> singleLogoutResponseService(Binding binding) {
        return Optional.ofNullable(singleLogoutResponseServices.get(binding));
    }

    /**
     * @return the SOAP ArtifactResolutionService location with this index (an artifact's endpoint index)
     */
    public Optional<URI> artifactResolutionService(int index) {
        return Optional.ofNullable(artifactResolutionServices.get(index));
    }

    /**
     * @return all SOAP ArtifactResolutionService locations by index
     */
    public Map<Integer, URI> artifactResolutionServices() {
        return artifactResolutionServices;
    }

    /**
     * @return the metadata's validUntil, if it has one; the caller decides when to refresh
     */
    public Optional<Instant> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /**
     * @return the SHA-1 of the entity id, the source id every artifact of this IdP carries
     */
    public byte[] sourceId() {
        try {
            return MessageDigest.getInstance("SHA-1").digest(entityId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "IdentityProviderMetadata[" + entityId + ", " + signingCertificates.size() + " signing certificate(s)]";
    }
}
