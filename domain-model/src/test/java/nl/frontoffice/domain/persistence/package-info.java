/**
 * Tests of the persistence setup: the persistence unit, the Flyway migrations and the mappings
 * against H2 and PostgreSQL, and the message bundles that belong to the model.
 */
package nl.frontoffice.domain.persistence;
