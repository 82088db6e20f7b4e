package com.footballcoach.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings the launcher itself needs, read like the apps read theirs: the environment first,
 * then a {@code .env} file in the working directory, then the defaults.
 */
record LaunchSettings(Map<String, String> values) {

    static LaunchSettings load(Path dotEnv, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>(readDotEnv(dotEnv));
        merged.putAll(environment);
        return new LaunchSettings(Map.copyOf(merged));
    }

    String get(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    boolean has(String key) {
        String value = values.get(key);
        return value != null && !value.isBlank();
    }

    /** KEY=VALUE lines; blank lines and # comments ignored; optional surrounding quotes removed. */
    static Map<String, String> readDotEnv(Path file) {
        Map<String, String> values = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return values;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                int eq = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || eq <= 0) {
                    continue;
                }
                String key = trimmed.substring(0, eq).strip();
                if (key.startsWith("export ")) {
                    key = key.substring(7).strip();
                }
                String value = trimmed.substring(eq + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                values.put(key, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return values;
    }
}
