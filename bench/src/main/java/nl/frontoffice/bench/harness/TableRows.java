package nl.frontoffice.bench.harness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * Counts rows per table before and after a run, so a result shows how many rows one operation wrote
 * on each side. If the service side starts writing rows the bare side does not (or the other way
 * round), the counts differ and the runner reports it: the comparison is then no longer like for like.
 */
@ApplicationScoped
public class TableRows {

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    /** @return the number of rows of each table, in the order given */
    public Map<String, Long> count(List<String> tables) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                if (!table.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("Not a table name: " + table);
                }
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    result.next();
                    rows.put(table, result.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count rows", e);
        }
        return rows;
    }

    /** @return per table: rows after minus rows before, divided by the operations that succeeded */
    public static JsonObjectBuilder perOperation(Map<String, Long> before, Map<String, Long> after, int operations) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        before.forEach((table, count) -> {
            long delta = after.get(table) - count;
            json.add(table, operations == 0 ? 0 : Math.round(delta * 1000.0 / operations) / 1000.0);
        });
        return json;
    }
}
