package nl.frontoffice.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.testing.ComponentTestDeployment;

/** The datasource chosen by configuration and the schema migrated by Flyway at start-up, on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class DatabaseMigrationIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(DatabaseMigrationIT.class);
    }

    @EJB
    private DatabaseMigration migration;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Test
    void migratesTheSchemaAtStartUp() throws Exception {
        assertThat(migration.schemaVersion()).isPresent();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void usesTheConfiguredDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            // the failsafe configuration points FRONTOFFICE_DB_URL at an in-memory H2 database
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:frontoffice-component-test");
        }
    }
}
