package nl.frontoffice.platform.persistence;

import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema:
 * the migrations in {@code domain-model/src/main/resources/db/migration} run unchanged on the
 * embedded H2 database and on PostgreSQL; entities never generate tables.
 *
 * <p>An upgrade is a redeploy: the new EAR migrates the existing data forward at start-up and every
 * citizen keeps their data. A failed migration stops the deployment rather than run on a half-made
 * schema.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "nl.frontoffice.platform.persistence.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    /** The JNDI name of the application's datasource, used by the persistence unit too. */
    public static final String DATASOURCE = "java:app/jdbc/frontoffice";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = Optional.ofNullable(flyway.info().current())
                .map(MigrationInfo::getVersion)
                .map(Object::toString)
                .orElse("none");
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** The schema version after start-up, or empty before the migration finished. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }
}
