package nl.frontoffice.brpstub.testset;

import java.util.ArrayList;
import java.util.List;

/**
 * A small parser for the semicolon-separated test set: fields may be quoted with {@code "}, a quote inside a quoted
 * field is doubled, and a quoted field may contain the separator or a line break (RFC 4180 with {@code ;}).
 */
final class Csv {

    private Csv() {
    }

    /**
     * @param text the whole file, without a byte order mark
     * @return the records, each a list of fields; empty lines are skipped
     */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ';') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (record.size() > 1 || !record.get(0).isEmpty()) {
                    records.add(record);
                }
                record = new ArrayList<>();
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
