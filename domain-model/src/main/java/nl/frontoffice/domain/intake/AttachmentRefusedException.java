package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.shared.DomainException;

/**
 * An attachment was refused; the message key says why and how to fix it:
 * {@value AttachmentPolicy#EMPTY}, {@value AttachmentPolicy#TYPE}, {@value AttachmentPolicy#TOO_LARGE}
 * (argument: the limit in MB) or {@value AttachmentPolicy#TOO_MANY} (argument: the maximum number).
 */
public class AttachmentRefusedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey why
     * @param arguments  the limit concerned, if any
     */
    public AttachmentRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
