package nl.frontoffice.domain.citizen;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every {@link Bsn} attribute as its nine digits in a {@code VARCHAR(9)} column
 * (auto-applied). A value read from the database that is not a valid BSN fails loudly with an
 * {@link InvalidBsnException}.
 */
@Converter(autoApply = true)
public class BsnConverter implements AttributeConverter<Bsn, String> {

    @Override
    public String convertToDatabaseColumn(Bsn bsn) {
        return bsn == null ? null : bsn.value();
    }

    @Override
    public Bsn convertToEntityAttribute(String value) {
        return value == null ? null : Bsn.of(value);
    }
}
