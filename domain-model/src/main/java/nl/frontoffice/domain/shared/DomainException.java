package nl.frontoffice.domain.shared;

import java.util.Arrays;
import java.util.Objects;

import jakarta.ejb.ApplicationException;

/**
 * A business rule of the domain model was broken. The exception carries a message key (and
 * arguments) so the user interface can say what went wrong in the user's language; see
 * {@link HasMessageKey}.
 *
 * <p>Use this class directly for rules that callers do not need to tell apart, or extend it (as
 * {@code CaseStatusTransitionException} does) where they do. Never put personal data such as a BSN
 * into the arguments: {@link #getMessage()} shows them and ends up in logs.
 *
 * <p>Thrown from an EJB service it reaches the caller as it is (not wrapped in an
 * {@code EJBException}) and rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException implements HasMessageKey {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    /**
     * @param messageKey resource-bundle key, e.g. {@code intake.questions.required}
     * @param arguments  message arguments: codes and numbers, never personal data
     */
    public DomainException(String messageKey, Object... arguments) {
        super(describe(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    private static String describe(String messageKey, Object[] arguments) {
        Objects.requireNonNull(messageKey, "messageKey");
        return arguments == null || arguments.length == 0
                ? messageKey
                : messageKey + " " + Arrays.toString(arguments);
    }

    @Override
    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }
}
