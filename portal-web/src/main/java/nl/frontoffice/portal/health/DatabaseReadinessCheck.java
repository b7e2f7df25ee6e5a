package nl.frontoffice.portal.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * Ready when the database answers and its schema has been migrated. A load balancer sends no
 * citizen to an instance that is not ready.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @EJB
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            String product = connection.getMetaData().getDatabaseProductName();
            response.withData("database", product).withData("connection", valid ? "valid" : "invalid");
            migration.schemaVersion().ifPresent(version -> response.withData("schemaVersion", version));
            return response.status(valid && migration.schemaVersion().isPresent()).build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
