package nl.frontoffice.bench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** What machine the benchmark ran on, read from the JVM and, on Linux, from /proc and /etc/os-release. */
record Machine(String cpuModel, int logicalCpus, long ramBytes, String os, String kernel, String arch) {

    static Machine detect() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
        long ram = firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=')
                .map(v -> v.replace("\"", "")).orElse(System.getProperty("os.name"));
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), ram, os,
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"));
    }

    /** A short tag for file names, e.g. {@code 2c-amd-epyc-24g}: CPUs, CPU model words, RAM. */
    String tag() {
        String model = Arrays.stream(cpuModel.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ").split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && !word.equals("cpu") && !word.equals("processor")
                        && !word.equals("core") && !word.equals("with") && !word.matches("\\d+th|gen"))
                .limit(2).collect(Collectors.joining("-"));
        long gigabytes = Math.round(ramBytes / (1024.0 * 1024 * 1024));
        return logicalCpus + "c-" + (model.isEmpty() ? "cpu" : model) + "-" + gigabytes + "g";
    }

    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("cpuModel", cpuModel)
                .add("logicalCpus", logicalCpus)
                .add("ramBytes", ramBytes)
                .add("os", os)
                .add("kernel", kernel)
                .add("arch", arch)
                .add("tag", tag())
                .build();
    }

    private static Optional<String> firstValue(Path file, String key) {
        return firstValue(file, key, ':');
    }

    private static Optional<String> firstValue(Path file, String key, char separator) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(key) && line.indexOf(separator) > 0
                            && line.substring(0, line.indexOf(separator)).trim().equals(key))
                    .map(line -> line.substring(line.indexOf(separator) + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
