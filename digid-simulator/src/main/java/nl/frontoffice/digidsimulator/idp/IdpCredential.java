package nl.frontoffice.digidsimulator.idp;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** The IdP's signing key and the certificate published for it in the metadata. */
public record IdpCredential(PrivateKey privateKey, X509Certificate certificate) {

    public IdpCredential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }

    @Override
    public String toString() {
        return "IdpCredential[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
