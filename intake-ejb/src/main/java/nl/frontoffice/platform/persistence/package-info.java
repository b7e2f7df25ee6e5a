/**
 * The application's datasource ({@code java:app/jdbc/frontoffice}) and the Flyway migration that
 * owns the schema.
 *
 * <p>The datasource is chosen at deploy time, not at build time: with no configuration the
 * application uses an embedded H2 file database inside the Payara domain (the quick start); when
 * {@code frontoffice.db.url} (environment variable {@code FRONTOFFICE_DB_URL}) is set, it uses that
 * database, for example PostgreSQL, with {@code frontoffice.db.user} and
 * {@code frontoffice.db.password}. See {@link nl.frontoffice.platform.persistence.DatabaseSettings}.
 */
package nl.frontoffice.platform.persistence;
