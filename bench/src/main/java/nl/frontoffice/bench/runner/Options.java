package nl.frontoffice.bench.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command-line options: {@code <suite> [--name value | --flag] ...}. Common ones are read here; a
 * suite reads its own with {@link #intValue}, {@link #intList} and {@link #text}.
 */
final class Options {

    final String suite;
    private final Map<String, String> values = new TreeMap<>();

    private Options(String suite) {
        this.suite = suite;
    }

    static Options parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("Name a benchmark first, e.g. 'intake'");
        }
        Options options = new Options(args[0]);
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String name = rest.get(i);
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + name);
            }
            String key = name.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                options.values.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("--")) {
                options.values.put(key, rest.get(++i));
            } else {
                options.values.put(key, "true");
            }
        }
        return options;
    }

    String text(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    int intValue(String name, int defaultValue) {
        String value = values.get(name);
        return value == null ? defaultValue : Integer.parseInt(value.trim());
    }

    List<Integer> intList(String name, List<Integer> defaultValue) {
        String value = values.get(name);
        return value == null ? defaultValue
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    Path path(String name, Path defaultValue) {
        String value = values.get(name);
        return value == null ? defaultValue : Path.of(value);
    }

    /** Every option given, for the result files (not where the runner's files are: that is the machine's affair). */
    Map<String, String> all() {
        Map<String, String> given = new TreeMap<>(values);
        given.remove("bench-dir");
        return given;
    }
}
