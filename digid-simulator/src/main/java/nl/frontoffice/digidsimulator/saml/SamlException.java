package nl.frontoffice.digidsimulator.saml;

/**
 * A SAML message that the simulator refuses. The message is Dutch and safe to show to the tester on the error page:
 * it names what is wrong with the message, never key material or personal data.
 */
public class SamlException extends Exception {

    private static final long serialVersionUID = 1L;

    public SamlException(String message) {
        super(message);
    }

    public SamlException(String message, Throwable cause) {
        super(message, cause);
    }
}
