package nl.frontoffice.domain.intake;

import java.util.Arrays;
import java.util.Objects;

import nl.frontoffice.domain.shared.HasMessageKey;

/**
 * One thing to fix in the wizard: which field, and the message (key and arguments) that says how
 * to fix it. The field is an {@link IntakeForm} field key such as {@code answer.wonen.description},
 * {@code areas}, {@code person.name}, {@code contact.email}, {@code consent.WMO} or
 * {@code declaration}, so the portal can show the message beside the input.
 *
 * @param field      the field key
 * @param messageKey the key in {@code nl.frontoffice.domain.DomainMessages} (or, for a Bean
 *                   Validation message, its template without braces in {@code ValidationMessages})
 * @param arguments  message arguments: numbers and codes only, never personal data
 */
public record FieldProblem(String field, String messageKey, Object[] arguments) implements HasMessageKey {

    /** Copies the arguments. */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** @return a problem with the field */
    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, arguments);
    }

    @Override
    public String getMessageKey() {
        return messageKey;
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FieldProblem that && field.equals(that.field)
                && messageKey.equals(that.messageKey) && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
}
