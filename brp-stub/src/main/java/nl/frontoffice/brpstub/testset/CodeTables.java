package nl.frontoffice.brpstub.testset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * RvIG's national code tables, as far as the test set uses them ({@code tabellen.json}: gemeenten, landen,
 * nationaliteiten, adellijke titels, ... and the BRP API's own value tables such as Geslacht), to turn a code into
 * the API's {@code Waardetabel} ({@code {"code": ..., "omschrijving": ...}}).
 */
public final class CodeTables {

    private final JsonObject tables;

    private CodeTables(JsonObject tables) {
        this.tables = tables;
    }

    /** @return the tables from the resource {@code tabellen.json} beside this class */
    public static CodeTables load() {
        try (InputStream in = CodeTables.class.getResourceAsStream("tabellen.json");
                JsonReader reader = Json.createReader(in)) {
            return new CodeTables(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param table a national table ({@code gemeenten}, {@code landen}, {@code nationaliteiten}, ...) or, with the
     *              prefix {@code tabelwaarden.}, a value table of the API ({@code tabelwaarden.Geslacht})
     * @param code  the code, not {@code null}
     * @return the Waardetabel with the description when the table has the code, otherwise with the code only
     */
    public JsonObject waarde(String table, String code) {
        JsonObjectBuilder waarde = Json.createObjectBuilder().add("code", code);
        JsonValue entry = table(table).get(code);
        if (entry instanceof JsonObject described) {
            waarde.add("omschrijving", described.getString("omschrijving"));
            if (described.containsKey("soort")) {
                waarde.add("soort", described.getString("soort"));
            }
        } else if (entry != null && entry.getValueType() == JsonValue.ValueType.STRING) {
            waarde.add("omschrijving", ((jakarta.json.JsonString) entry).getString());
        }
        return waarde.build();
    }

    /**
     * @param table a table name as for {@link #waarde(String, String)}
     * @param code  the code
     * @return the description, or {@code null} when the table lacks the code
     */
    public String omschrijving(String table, String code) {
        JsonObject waarde = waarde(table, code);
        return waarde.containsKey("omschrijving") ? waarde.getString("omschrijving") : null;
    }

    private JsonObject table(String name) {
        JsonObject table = tables;
        for (String part : name.split("\\.")) {
            JsonObject next = table.getJsonObject(part);
            if (next == null) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            table = next;
        }
        return table;
    }
}
