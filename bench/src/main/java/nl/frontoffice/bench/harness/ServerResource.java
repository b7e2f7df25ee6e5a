package nl.frontoffice.bench.harness;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * {@code GET /api/server}: 503 until the application's own Flyway migration has run, then what the
 * result files report about the server side: server and JVM version, processors and heap seen by the
 * server, the database product and version, the schema version.
 */
@Path("server")
@RequestScoped
public class ServerResource {

    @EJB
    private DatabaseMigration migration;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Context
    private ServletContext servletContext;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response describe() throws SQLException {
        var schema = migration.schemaVersion();
        if (schema.isEmpty()) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        JsonObject json;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT version()")) {
            DatabaseMetaData meta = connection.getMetaData();
            version.next();
            json = Json.createObjectBuilder()
                    .add("server", servletContext.getServerInfo())
                    .add("javaVersion", System.getProperty("java.runtime.version", System.getProperty("java.version")))
                    .add("javaVendor", System.getProperty("java.vendor"))
                    .add("availableProcessors", Runtime.getRuntime().availableProcessors())
                    .add("maxHeapBytes", Runtime.getRuntime().maxMemory())
                    .add("databaseProduct", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
                    .add("databaseVersion", version.getString(1))
                    .add("jdbcDriver", meta.getDriverName() + " " + meta.getDriverVersion())
                    .add("schemaVersion", schema.get())
                    .build();
        }
        return Response.ok(json).build();
    }
}
