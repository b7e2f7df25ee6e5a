package nl.frontoffice.brpstub.testset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RvIG's GBA-V test set ({@code gba-v-testset-20220502.csv}, about 690 persoonslijsten, unchanged from the
 * repository BRP-API/Haal-Centraal-BRP-bevragen, EUPL-1.2), read from the resource beside this class and indexed by
 * BSN.
 */
public final class GbaTestset {

    /** The resource name. */
    public static final String RESOURCE = "gba-v-testset-20220502.csv";

    private final Map<String, Persoonslijst> byBsn;

    private GbaTestset(Map<String, Persoonslijst> byBsn) {
        this.byBsn = byBsn;
    }

    /** @return the test set from the resource */
    public static GbaTestset load() {
        try (InputStream in = GbaTestset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param csv the CSV text, optionally starting with a byte order mark
     * @return the test set
     */
    static GbaTestset parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> records = Csv.parse(text);
        List<String> header = records.get(0);
        Map<String, Persoonslijst> byBsn = new LinkedHashMap<>();
        String id = null;
        List<List<String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (!record.get(0).isEmpty()) {
                add(byBsn, id, header, rows);
                id = record.get(0);
                rows = new ArrayList<>();
            }
            if (id != null) {
                rows.add(record);
            }
        }
        add(byBsn, id, header, rows);
        return new GbaTestset(Collections.unmodifiableMap(byBsn));
    }

    private static void add(Map<String, Persoonslijst> byBsn, String id, List<String> header, List<List<String>> rows) {
        if (id == null || rows.isEmpty()) {
            return;
        }
        Persoonslijst pl = Persoonslijst.of(id, header, rows);
        String bsn = pl.burgerservicenummer();
        if (bsn != null) {
            byBsn.putIfAbsent(bsn, pl);
        }
    }

    /**
     * @param bsn nine digits
     * @return the persoonslijst with that BSN
     */
    public Optional<Persoonslijst> find(String bsn) {
        return Optional.ofNullable(byBsn.get(bsn));
    }

    /** @return every persoonslijst with a BSN, in the order of the test set */
    public java.util.Collection<Persoonslijst> all() {
        return byBsn.values();
    }

    /** @return the number of persoonslijsten with a BSN */
    public int size() {
        return byBsn.size();
    }
}
