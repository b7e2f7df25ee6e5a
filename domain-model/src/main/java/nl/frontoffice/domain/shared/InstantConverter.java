package nl.frontoffice.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps every {@link Instant} attribute to a {@code TIMESTAMP WITH TIME ZONE} column (auto-applied),
 * through an {@link OffsetDateTime} in UTC.
 *
 * <p>Why: JPA 3.1 does not list {@code Instant} as a basic type, and EclipseLink 4.0.1 would store
 * it as a serialized object. {@code OffsetDateTime} is the JDBC 4.2 type of
 * {@code TIMESTAMP WITH TIME ZONE} and the one type that reads back on both databases:
 * H2 2.2 returns an {@code OffsetDateTime} for such a column (a converter to
 * {@link java.sql.Timestamp} fails there with a {@code ClassCastException}), and EclipseLink
 * converts PostgreSQL's value to it. EclipseLink binds the value as a {@code Timestamp} of the same
 * instant. Precision in the database is microseconds. {@code MigrationAndMappingTest} proves the
 * round trip on both databases.
 *
 * <p>Known limit, H2 only: H2 turns a bound {@code Timestamp} into a local date-time in the JVM's
 * time zone first, so an instant in the hour that is repeated when daylight saving time ends may
 * come back one hour off when the JVM runs in such a zone. PostgreSQL (production) is exact.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
