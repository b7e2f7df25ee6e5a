package nl.frontoffice.domain.citizen;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ValidBsn} with a real Bean Validation provider, and its Dutch and English messages.
 */
class ValidBsnTest {

    private static ValidatorFactory factory;
    private static Locale defaultLocale;

    record SearchForm(@ValidBsn String bsn) {
    }

    @BeforeAll
    static void startValidation() {
        // an English JVM, as on many servers: Dutch users must still get Dutch messages
        defaultLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
        Locale.setDefault(defaultLocale);
    }

    @Test
    void acceptsAValidBsnAndNull() {
        assertThat(validatorFor(Locale.forLanguageTag("nl-NL")).validate(new SearchForm("999993847"))).isEmpty();
        assertThat(validatorFor(Locale.forLanguageTag("nl-NL")).validate(new SearchForm(null))).isEmpty();
    }

    @Test
    void rejectsAnInvalidBsnInPlainDutch() {
        Set<ConstraintViolation<SearchForm>> violations =
                validatorFor(Locale.forLanguageTag("nl-NL")).validate(new SearchForm("999993848"));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getMessageTemplate()).isEqualTo("{nl.frontoffice.bsn.invalid}");
            assertThat(violation.getMessage()).isEqualTo(
                    "Dit burgerservicenummer klopt niet. Een BSN heeft 9 cijfers; "
                            + "controleer het nummer op uw paspoort of identiteitskaart.");
        });
    }

    @Test
    void rejectsAnInvalidBsnInEnglish() {
        Set<ConstraintViolation<SearchForm>> violations =
                validatorFor(Locale.ENGLISH).validate(new SearchForm("12345678"));

        assertThat(violations).singleElement()
                .extracting(ConstraintViolation::getMessage).asString()
                .startsWith("This citizen service number (BSN) is not correct.");
    }

    private static Validator validatorFor(Locale locale) {
        MessageInterpolator defaultInterpolator = factory.getMessageInterpolator();
        MessageInterpolator localized = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return defaultInterpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return defaultInterpolator.interpolate(template, context, locale);
            }
        };
        return factory.usingContext().messageInterpolator(localized).getValidator();
    }
}
