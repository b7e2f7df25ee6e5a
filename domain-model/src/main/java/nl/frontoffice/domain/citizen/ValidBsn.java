package nl.frontoffice.domain.citizen;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must be a valid {@link Bsn}: nine digits passing the eleven test.
 * {@code null} is valid (combine with {@code @NotNull} or {@code @NotBlank} when the BSN is
 * required).
 *
 * <p>Usage, e.g. on a form field of a staff member searching a citizen:
 * <pre>{@code
 * @NotBlank @ValidBsn
 * private String bsn;
 * }</pre>
 * The message {@code {nl.frontoffice.bsn.invalid}} is in {@code ValidationMessages.properties}.
 */
@Documented
@Constraint(validatedBy = ValidBsnValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidBsn {

    /** @return the message (key) */
    String message() default "{nl.frontoffice.bsn.invalid}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
