package nl.frontoffice.digidsimulator.saml;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The HTTP-Redirect binding (SAML bindings §3.4): a message DEFLATEd, base64-encoded and URL-encoded in the query
 * string, signed over the query string itself (§3.4.4.1).
 *
 * <p>On receipt, the signed content is rebuilt from the parameters <em>exactly as received</em> (still URL-encoded):
 * {@code SAMLRequest=…&RelayState=…&SigAlg=…}. Only RSA with SHA-256 or stronger is accepted.
 */
public final class RedirectBinding {

    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public static final String RSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    public static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";

    private static final Map<String, String> JCA_ALGORITHMS = Map.of(
            RSA_SHA256, "SHA256withRSA",
            RSA_SHA384, "SHA384withRSA",
            RSA_SHA512, "SHA512withRSA");

    /** An inflated message larger than this is refused (a DEFLATE bomb). */
    private static final int MAX_INFLATED_BYTES = 256 * 1024;

    /** RelayState may not exceed 80 bytes (SAML bindings §3.4.3). */
    public static final int MAX_RELAY_STATE_BYTES = 80;

    private RedirectBinding() {
    }

    /** A message received by HTTP-Redirect: the XML, the RelayState and what the signature covers. */
    public record Received(String xml, Optional<String> relayState, Optional<String> signatureAlgorithm,
                           byte[] signature, byte[] signedContent) {

        public boolean isSigned() {
            return signatureAlgorithm.isPresent() || signature.length > 0;
        }

        /** Checks the query-string signature against the trusted certificates (any one may match). */
        public void verify(Collection<X509Certificate> trusted) throws SamlException {
            if (signatureAlgorithm.isEmpty() || signature.length == 0) {
                throw new SamlException("Het bericht is niet ondertekend (SigAlg en Signature ontbreken).");
            }
            String algorithm = signatureAlgorithm.get();
            String jca = JCA_ALGORITHMS.get(algorithm);
            if (jca == null) {
                throw new SamlException("Het handtekeningalgoritme (SigAlg) " + algorithm + " is niet toegestaan"
                        + (algorithm.endsWith("sha1") ? " (SHA-1 is te zwak)" : "") + "; gebruik " + RSA_SHA256 + ".");
            }
            if (trusted.isEmpty()) {
                throw new SamlException("Er is geen certificaat bekend om de handtekening mee te controleren.");
            }
            for (X509Certificate certificate : trusted) {
                try {
                    Signature verifier = Signature.getInstance(jca);
                    verifier.initVerify(certificate.getPublicKey());
                    verifier.update(signedContent);
                    if (verifier.verify(signature)) {
                        return;
                    }
                } catch (GeneralSecurityException e) {
                    // a certificate with a key of another type, or a malformed signature: try the next one
                }
            }
            throw new SamlException("De handtekening in de querystring klopt niet met het certificaat van de afzender "
                    + "(of de querystring is gewijzigd).");
        }
    }

    /**
     * Reads a message from a raw query string ({@code HttpServletRequest.getQueryString()}).
     *
     * @param parameter {@code SAMLRequest} or {@code SAMLResponse}
     */
    public static Received receive(String rawQuery, String parameter) throws SamlException {
        if (rawQuery == null || rawQuery.isEmpty()) {
            throw new SamlException("Er is geen " + parameter + " meegestuurd.");
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            if (raw.putIfAbsent(name, value) != null) {
                throw new SamlException("De parameter " + name + " komt meer dan eens voor in de querystring.");
            }
        }
        String message = raw.get(parameter);
        if (message == null || message.isEmpty()) {
            throw new SamlException("Er is geen " + parameter + " meegestuurd.");
        }
        String relayState = raw.get("RelayState");
        String sigAlg = raw.get("SigAlg");
        String signature = raw.get("Signature");

        StringBuilder signed = new StringBuilder(parameter).append('=').append(message);
        if (relayState != null) {
            signed.append("&RelayState=").append(relayState);
        }
        if (sigAlg != null) {
            signed.append("&SigAlg=").append(sigAlg);
        }
        Optional<String> decodedRelayState = Optional.ofNullable(relayState).map(RedirectBinding::urlDecode);
        checkRelayState(decodedRelayState);
        byte[] signatureBytes;
        try {
            signatureBytes = signature == null ? new byte[0] : Base64.getMimeDecoder().decode(urlDecode(signature));
        } catch (IllegalArgumentException e) {
            throw new SamlException("De parameter Signature is geen geldige base64.");
        }
        return new Received(inflate(urlDecode(message)), decodedRelayState,
                Optional.ofNullable(sigAlg).map(RedirectBinding::urlDecode), signatureBytes,
                signed.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** RelayState is opaque to the IdP but limited to 80 bytes. */
    public static void checkRelayState(Optional<String> relayState) throws SamlException {
        if (relayState.isPresent()
                && relayState.get().getBytes(StandardCharsets.UTF_8).length > MAX_RELAY_STATE_BYTES) {
            throw new SamlException("RelayState is langer dan " + MAX_RELAY_STATE_BYTES + " bytes.");
        }
    }

    /**
     * The signed query string for sending a message by HTTP-Redirect:
     * {@code <parameter>=…[&RelayState=…]&SigAlg=…&Signature=…}.
     */
    public static String signedQuery(String parameter, String xml, Optional<String> relayState, PrivateKey key) {
        if (key instanceof ECKey) {
            throw new IllegalArgumentException("The HTTP-Redirect binding is signed with RSA only here");
        }
        StringBuilder query = new StringBuilder(parameter).append('=').append(urlEncode(deflate(xml)));
        relayState.ifPresent(state -> query.append("&RelayState=").append(urlEncode(state)));
        query.append("&SigAlg=").append(urlEncode(RSA_SHA256));
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(query.toString().getBytes(StandardCharsets.US_ASCII));
            query.append("&Signature=").append(urlEncode(Base64.getEncoder().encodeToString(signer.sign())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the query string", e);
        }
        return query.toString();
    }

    /** DEFLATE (raw, without zlib header) and base64, as the binding requires. */
    public static String deflate(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFLATED, true);
        try {
            deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** Base64-decodes and inflates a message, refusing anything that inflates beyond a sane size. */
    public static String inflate(String base64) throws SamlException {
        byte[] compressed;
        try {
            compressed = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SamlException("Het bericht is geen geldige base64.");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SamlException("Het bericht is geen geldige DEFLATE-gegevens.");
                }
                out.write(buffer, 0, count);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new SamlException("Het bericht is na uitpakken te groot.");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new SamlException("Het bericht is geen geldige DEFLATE-gegevens.");
        } finally {
            inflater.end();
        }
    }

    public static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String urlDecode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
