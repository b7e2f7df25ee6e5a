package nl.frontoffice.brpstub.testset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's record ("persoonslijst") of the GBA-V test set: per category (01 persoon, 02/03 ouders, 04
 * nationaliteit, 05 huwelijk/partnerschap, 06 overlijden, 07 inschrijving, 08 verblijfplaats, 09 kind, 10
 * verblijfstitel, ...) its stapels, each a list of voorkomens, the current one first. A voorkomen maps element
 * numbers without the category ({@code "02.10"} for voornamen) to their values.
 *
 * <p>In the CSV a persoonslijst is a row with an id in the first column plus the rows without one that follow.
 * Each row holds at most one voorkomen per category; the column {@code <cat>.H} of a row says what the next row's
 * voorkomen of that category is: {@code 5x} a historical voorkomen of the same stapel, {@code 0x} the current
 * voorkomen of a new stapel.
 */
public final class Persoonslijst {

    private final String id;
    private final Map<String, List<List<Map<String, String>>>> categories;

    Persoonslijst(String id, Map<String, List<List<Map<String, String>>>> categories) {
        this.id = id;
        this.categories = categories;
    }

    /**
     * @param id     the test set's id of the persoonslijst (e.g. {@code Lg01_574})
     * @param header the CSV header (element numbers {@code cc.ee.ee} and {@code cc.H})
     * @param rows   the rows of this persoonslijst, the one with the id first
     * @return the persoonslijst
     */
    static Persoonslijst of(String id, List<String> header, List<List<String>> rows) {
        Map<String, List<List<Map<String, String>>>> categories = new LinkedHashMap<>();
        Map<String, Boolean> nextStartsStapel = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Map<String, Map<String, String>> voorkomens = new LinkedHashMap<>();
            Map<String, String> markers = new LinkedHashMap<>();
            for (int c = 1; c < Math.min(header.size(), row.size()); c++) {
                String column = header.get(c);
                String value = row.get(c);
                if (column.length() < 4 || value.isEmpty()) {
                    continue;
                }
                String category = column.substring(0, 2);
                if (column.endsWith(".H")) {
                    markers.put(category, value);
                } else {
                    voorkomens.computeIfAbsent(category, k -> new LinkedHashMap<>()).putIfAbsent(column.substring(3),
                            value);
                }
            }
            for (Map.Entry<String, Map<String, String>> entry : voorkomens.entrySet()) {
                List<List<Map<String, String>>> stapels = categories.computeIfAbsent(entry.getKey(),
                        k -> new ArrayList<>());
                boolean newStapel = r == 0 || stapels.isEmpty() || nextStartsStapel.getOrDefault(entry.getKey(), false);
                if (newStapel) {
                    stapels.add(new ArrayList<>());
                }
                stapels.get(stapels.size() - 1).add(Collections.unmodifiableMap(entry.getValue()));
            }
            for (String category : categories.keySet()) {
                String marker = markers.get(category);
                nextStartsStapel.put(category, category.equals(marker));
            }
            for (Map.Entry<String, String> marker : markers.entrySet()) {
                nextStartsStapel.put(marker.getKey(), marker.getKey().equals(marker.getValue()));
            }
        }
        return new Persoonslijst(id, categories);
    }

    /** @return the test set's id */
    public String id() {
        return id;
    }

    /**
     * @param category two digits, e.g. {@code "09"}
     * @return the stapels of that category, each with the current voorkomen first; empty when none
     */
    public List<List<Map<String, String>>> stapels(String category) {
        return categories.getOrDefault(category, List.of());
    }

    /**
     * @param category two digits
     * @return the current voorkomen of the first stapel, or an empty map
     */
    public Map<String, String> current(String category) {
        List<List<Map<String, String>>> stapels = stapels(category);
        return stapels.isEmpty() || stapels.get(0).isEmpty() ? Map.of() : stapels.get(0).get(0);
    }

    /**
     * @param category two digits
     * @return the current voorkomen of every stapel that has one
     */
    public List<Map<String, String>> currentOfEachStapel(String category) {
        List<Map<String, String>> current = new ArrayList<>();
        for (List<Map<String, String>> stapel : stapels(category)) {
            if (!stapel.isEmpty()) {
                current.add(stapel.get(0));
            }
        }
        return current;
    }

    /** @return the BSN (element 01.01.20), or {@code null} */
    public String burgerservicenummer() {
        return current("01").get("01.20");
    }
}
