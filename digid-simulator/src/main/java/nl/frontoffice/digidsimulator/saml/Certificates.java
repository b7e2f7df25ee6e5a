package nl.frontoffice.digidsimulator.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reading X.509 certificates from PEM (or DER) files and from the base64 in XML. */
public final class Certificates {

    private Certificates() {
    }

    /** Every certificate in a PEM file (several may be concatenated, e.g. for rollover) or a DER file. */
    public static List<X509Certificate> read(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            List<X509Certificate> result = new ArrayList<>();
            for (var certificate : factory().generateCertificates(new ByteArrayInputStream(bytes))) {
                result.add((X509Certificate) certificate);
            }
            if (result.isEmpty()) {
                throw new IOException("No certificate in " + file);
            }
            return List.copyOf(result);
        } catch (CertificateException e) {
            throw new IOException("Cannot read the certificates in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The certificate in the text of a {@code ds:X509Certificate} element. */
    public static X509Certificate fromBase64(String base64) throws SamlException {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.trim());
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new SamlException("Een X509Certificate in de metadata is onleesbaar.", e);
        }
    }

    public static String toBase64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toPem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
