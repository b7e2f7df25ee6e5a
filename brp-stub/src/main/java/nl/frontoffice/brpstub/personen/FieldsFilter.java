package nl.frontoffice.brpstub.personen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The {@code fields} parameter of the API: which field paths exist ({@code persoon-fields.txt}, derived from the
 * Persoon schema of the specification), which are delivered automatically and may not be asked for, and the filter
 * that keeps only the asked fields of a Persoon.
 *
 * <p>Semantics, as in the API: a path selects that field with everything below it; a path through a list applies to
 * every element; the {@code type} of a polymorphic object is kept whenever anything of it is kept; the automatically
 * delivered fields ({@link #AUTOMATIC}) are always kept.
 */
public final class FieldsFilter {

    /** Fields the API delivers without being asked; naming them in fields is an error. */
    public static final Set<String> AUTOMATIC = Set.of("inOnderzoek", "geheimhoudingPersoonsgegevens",
            "opschortingBijhouding", "rni", "verificatie");

    private static final Set<String> KNOWN = load();

    private FieldsFilter() {
    }

    private static Set<String> load() {
        Set<String> paths = new TreeSet<>();
        try (InputStream in = FieldsFilter.class.getResourceAsStream("persoon-fields.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    paths.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(paths);
    }

    /**
     * @param path a field path
     * @return whether the specification has this field and it may be asked for
     */
    public static boolean isKnown(String path) {
        return KNOWN.contains(path);
    }

    /**
     * @param path a field path
     * @return whether the path names an automatically delivered field (at any level)
     */
    public static boolean isAutomatic(String path) {
        for (String part : path.split("\\.")) {
            if (AUTOMATIC.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param persoon the full Persoon
     * @param fields  known field paths
     * @return the Persoon with only those fields and the automatic ones
     */
    public static JsonObject filter(JsonObject persoon, List<String> fields) {
        Node tree = new Node();
        for (String field : fields) {
            Node node = tree;
            for (String part : field.split("\\.")) {
                node = node.children.computeIfAbsent(part, k -> new Node());
            }
            node.whole = true;
        }
        JsonObjectBuilder result = Json.createObjectBuilder();
        JsonObject selected = select(persoon, tree);
        selected.forEach(result::add);
        for (String automatic : AUTOMATIC) {
            if (persoon.containsKey(automatic)) {
                result.add(automatic, persoon.get(automatic));
            }
        }
        return result.build();
    }

    private static JsonObject select(JsonObject source, Node node) {
        JsonObjectBuilder result = Json.createObjectBuilder();
        boolean any = false;
        for (Map.Entry<String, Node> child : node.children.entrySet()) {
            JsonValue value = source.get(child.getKey());
            JsonValue kept = value == null ? null : keep(value, child.getValue());
            if (kept != null) {
                result.add(child.getKey(), kept);
                any = true;
            }
        }
        if (any && source.containsKey("type") && !node.children.containsKey("type")) {
            result.add("type", source.get("type"));
        }
        return result.build();
    }

    private static JsonValue keep(JsonValue value, Node node) {
        if (node.whole) {
            return value;
        }
        if (value instanceof JsonObject object) {
            JsonObject selected = select(object, node);
            return selected.isEmpty() ? null : selected;
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder kept = Json.createArrayBuilder();
            boolean any = false;
            for (JsonValue element : array) {
                JsonValue keptElement = keep(element, node);
                if (keptElement != null) {
                    kept.add(keptElement);
                    any = true;
                }
            }
            return any ? kept.build() : null;
        }
        return null;
    }

    private static final class Node {
        private final Map<String, Node> children = new LinkedHashMap<>();
        private boolean whole;
    }
}
