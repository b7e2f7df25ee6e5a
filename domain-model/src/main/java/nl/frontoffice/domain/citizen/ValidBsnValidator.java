package nl.frontoffice.domain.citizen;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidBsn}: {@code null} passes, anything else must satisfy {@link Bsn#isValid(String)}.
 */
public class ValidBsnValidator implements ConstraintValidator<ValidBsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Bsn.isValid(value);
    }
}
