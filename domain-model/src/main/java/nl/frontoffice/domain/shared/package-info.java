/**
 * Small types that every feature package uses: the social domains and contact channels, the
 * {@link nl.frontoffice.domain.shared.Actor} who did something, the
 * {@link nl.frontoffice.domain.shared.DomainException} base with its message key, human reference
 * numbers, and the {@link nl.frontoffice.domain.shared.InstantConverter} that lets
 * {@link java.time.Instant} attributes work on EclipseLink 4.0 and on both databases.
 *
 * <p>This package depends on nothing else in the domain model.
 */
package nl.frontoffice.domain.shared;
