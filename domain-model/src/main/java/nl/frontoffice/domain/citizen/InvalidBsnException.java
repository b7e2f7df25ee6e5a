package nl.frontoffice.domain.citizen;

import nl.frontoffice.domain.shared.HasMessageKey;

/**
 * A string is not a valid BSN. Carries the message key {@value #MESSAGE_KEY}; the message never
 * contains the number itself (a mistyped BSN may still be someone's BSN).
 *
 * <p>It extends {@link IllegalArgumentException} (a bad argument to {@link Bsn#of(String)}) and
 * therefore cannot extend {@link nl.frontoffice.domain.shared.DomainException}; it implements the
 * same {@link HasMessageKey} contract instead.
 */
public class InvalidBsnException extends IllegalArgumentException implements HasMessageKey {

    private static final long serialVersionUID = 1L;

    /** The message key of this exception. */
    public static final String MESSAGE_KEY = "bsn.invalid";

    /** Creates the exception; deliberately without the rejected value. */
    public InvalidBsnException() {
        super("Not a valid BSN (" + MESSAGE_KEY + ")");
    }

    @Override
    public String getMessageKey() {
        return MESSAGE_KEY;
    }

    @Override
    public Object[] getArguments() {
        return new Object[0];
    }
}
