package nl.frontoffice.auth.saml;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import javax.xml.crypto.dsig.SignatureMethod;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The HTTP-Redirect binding (SAML bindings §3.4): a message DEFLATEd (raw, no zlib header),
 * base64- and URL-encoded into the query string, and signed over the query string itself
 * (§3.4.4.1): {@code SAMLRequest=…&RelayState=…&SigAlg=…} (or {@code SAMLResponse=…}), then
 * {@code &Signature=…}.
 *
 * <p>Sending: {@link #signedQuery} signs with RSA-SHA256. Receiving: {@link #receive} rebuilds the
 * signed octets from the parameters <em>exactly as received</em> (still URL-encoded, in the order
 * the binding prescribes, whatever order they came in), and {@link Received#verify} checks them
 * with keys from the IdP metadata only, refusing SHA-1 and unknown algorithms. The message is
 * inflated (bounded, against DEFLATE bombs) only when the caller asks for it, so a caller verifies
 * the signature before it parses any XML.
 */
final class RedirectBinding {

    /** The largest raw query string accepted, in characters. */
    static final int MAX_QUERY_CHARS = 16 * 1024;
    /** The largest inflated message accepted, in bytes. */
    static final int MAX_INFLATED_BYTES = 64 * 1024;

    static final String SAML_REQUEST = "SAMLRequest";
    static final String SAML_RESPONSE = "SAMLResponse";
    static final String RELAY_STATE = "RelayState";
    static final String SIG_ALG = "SigAlg";
    static final String SIGNATURE = "Signature";

    /** The signature algorithms accepted on a received query string, by their JCA name. */
    private static final Map<String, String> ACCEPTED = Map.of(
            SignatureMethod.RSA_SHA256, "SHA256withRSA",
            SignatureMethod.RSA_SHA384, "SHA384withRSA",
            SignatureMethod.RSA_SHA512, "SHA512withRSA",
            SignatureMethod.ECDSA_SHA256, "SHA256withECDSA",
            SignatureMethod.ECDSA_SHA384, "SHA384withECDSA",
            SignatureMethod.ECDSA_SHA512, "SHA512withECDSA");

    private RedirectBinding() {
    }

    /**
     * @param destination the endpoint (its own query, if any, is kept)
     * @param parameter   {@value #SAML_REQUEST} or {@value #SAML_RESPONSE}
     * @param xml         the message
     * @param relayState  sent back unchanged by the other side; may be {@code null}
     * @param key         our RSA signing key
     * @return {@code destination} with the signed query appended
     */
    static URI location(URI destination, String parameter, String xml, String relayState, PrivateKey key) {
        String separator = destination.getRawQuery() == null ? "?" : "&";
        return URI.create(destination + separator + signedQuery(parameter, xml, relayState, key));
    }

    /**
     * @return {@code parameter=…[&RelayState=…]&SigAlg=…rsa-sha256&Signature=…}
     */
    static String signedQuery(String parameter, String xml, String relayState, PrivateKey key) {
        StringBuilder query = new StringBuilder(parameter).append('=').append(urlEncode(deflateBase64(xml)));
        if (relayState != null) {
            query.append('&').append(RELAY_STATE).append('=').append(urlEncode(relayState));
        }
        query.append('&').append(SIG_ALG).append('=').append(urlEncode(SignatureMethod.RSA_SHA256));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(query.toString().getBytes(StandardCharsets.UTF_8));
            query.append('&').append(SIGNATURE).append('=')
                    .append(urlEncode(Base64.getEncoder().encodeToString(signature.sign())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing the redirect query failed", e);
        }
        return query.toString();
    }

    /**
     * Splits a raw query string ({@code HttpServletRequest.getQueryString()}) without decoding what
     * is signed.
     *
     * @param rawQuery  the query string exactly as received
     * @param parameter {@value #SAML_REQUEST} or {@value #SAML_RESPONSE}
     * @throws SamlValidationException {@link Reason#MALFORMED} when it is absent, too long, has a
     *                                 parameter twice or lacks the message
     */
    static Received receive(String rawQuery, String parameter) throws SamlValidationException {
        if (rawQuery == null || rawQuery.isEmpty() || rawQuery.length() > MAX_QUERY_CHARS) {
            throw new SamlValidationException(Reason.MALFORMED, "query string");
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
                throw new SamlValidationException(Reason.MALFORMED, "query string");
            }
        }
        String message = raw.get(parameter);
        if (message == null || message.isEmpty()) {
            throw new SamlValidationException(Reason.MALFORMED, parameter);
        }
        String relayState = raw.get(RELAY_STATE);
        String sigAlg = raw.get(SIG_ALG);
        StringBuilder signed = new StringBuilder(parameter).append('=').append(message);
        if (relayState != null) {
            signed.append('&').append(RELAY_STATE).append('=').append(relayState);
        }
        if (sigAlg != null) {
            signed.append('&').append(SIG_ALG).append('=').append(sigAlg);
        }
        try {
            return new Received(parameter, urlDecode(message),
                    Optional.ofNullable(relayState).map(RedirectBinding::urlDecode),
                    Optional.ofNullable(sigAlg).map(RedirectBinding::urlDecode),
                    Optional.ofNullable(raw.get(SIGNATURE)).map(RedirectBinding::urlDecode),
                    signed.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            // a broken %-escape
            throw new SamlValidationException(Reason.MALFORMED, "query string");
        }
    }

    /**
     * A message received by HTTP-Redirect, not yet trusted.
     *
     * @param parameter     which message parameter it came in
     * @param message       the base64 of the DEFLATEd message (URL-decoded)
     * @param relayState    the RelayState (URL-decoded), if any
     * @param sigAlg        the SigAlg (URL-decoded), if any
     * @param signature     the base64 Signature (URL-decoded), if any
     * @param signedContent the octets the signature covers, rebuilt from the raw parameters
     */
    record Received(String parameter, String message, Optional<String> relayState, Optional<String> sigAlg,
            Optional<String> signature, byte[] signedContent) {

        /**
         * Checks the query-string signature with the trusted certificates (any one may match).
         *
         * @throws SamlValidationException {@link Reason#SIGNATURE_MISSING} when SigAlg or Signature
         *                                 is absent, {@link Reason#WEAK_ALGORITHM} for SHA-1 or an
         *                                 unknown SigAlg, {@link Reason#SIGNATURE_INVALID} when no
         *                                 trusted key verifies it (forged, or the query was changed)
         */
        void verify(List<X509Certificate> trusted) throws SamlValidationException {
            if (sigAlg.isEmpty() || signature.isEmpty()) {
                throw new SamlValidationException(Reason.SIGNATURE_MISSING, SIGNATURE);
            }
            String jca = ACCEPTED.get(sigAlg.get());
            if (jca == null) {
                throw new SamlValidationException(Reason.WEAK_ALGORITHM, SIG_ALG);
            }
            byte[] signatureBytes;
            try {
                signatureBytes = Base64.getMimeDecoder().decode(signature.get());
            } catch (IllegalArgumentException e) {
                throw new SamlValidationException(Reason.SIGNATURE_INVALID, SIGNATURE);
            }
            for (X509Certificate certificate : trusted) {
                PublicKey key = certificate.getPublicKey();
                try {
                    Signature verifier = Signature.getInstance(jca);
                    verifier.initVerify(key);
                    verifier.update(signedContent);
                    if (verifier.verify(signatureBytes)) {
                        return;
                    }
                } catch (GeneralSecurityException e) {
                    // a key of another type than SigAlg, or a malformed signature value: try the next key
                }
            }
            throw new SamlValidationException(Reason.SIGNATURE_INVALID, SIGNATURE);
        }

        /**
         * @return the message, base64-decoded and inflated; call it after {@link #verify}
         * @throws SamlValidationException {@link Reason#MALFORMED} when it is not base64 of raw
         *                                 DEFLATE data, or inflates beyond {@value #MAX_INFLATED_BYTES} bytes
         */
        String xml() throws SamlValidationException {
            byte[] compressed;
            try {
                compressed = Base64.getMimeDecoder().decode(message);
            } catch (IllegalArgumentException e) {
                throw new SamlValidationException(Reason.MALFORMED, parameter);
            }
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(compressed);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[4096];
                while (!inflater.finished()) {
                    int count = inflater.inflate(buffer);
                    if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new SamlValidationException(Reason.MALFORMED, parameter);
                    }
                    out.write(buffer, 0, count);
                    if (out.size() > MAX_INFLATED_BYTES) {
                        throw new SamlValidationException(Reason.MALFORMED, parameter);
                    }
                }
                return out.toString(StandardCharsets.UTF_8);
            } catch (DataFormatException e) {
                throw new SamlValidationException(Reason.MALFORMED, parameter);
            } finally {
                inflater.end();
            }
        }
    }

    static String deflateBase64(String xml) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String urlDecode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
