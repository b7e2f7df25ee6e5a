package nl.frontoffice.auth.digid;

import jakarta.ejb.ApplicationException;

/**
 * DigiD is switched off, or a {@code frontoffice.digid.*} setting is missing or unusable. The
 * message names the property (never a password) so that a sysadmin can fix it; the portal shows the
 * citizen that DigiD login is not available.
 */
@ApplicationException(rollback = false)
public class DigidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DigidConfigurationException(String message) {
        super(message);
    }

    public DigidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
