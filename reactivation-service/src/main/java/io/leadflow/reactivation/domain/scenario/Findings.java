package io.leadflow.reactivation.domain.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The problems found so far while validating a configuration, and the bookkeeping the checks share. */
final class Findings {

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** An element of a list in the configuration, with its JSON path. */
    record Entry<T>(String path, T value) {

        String path(String field) {
            return path + "." + field;
        }
    }

    void error(String path, String message) {
        errors.add(new Problem(path, message));
    }

    void warning(String path, String message) {
        warnings.add(new Problem(path, message));
    }

    /** Whether an error was reported for the element at {@code path} or anything inside it. */
    boolean hasErrorsAt(String path) {
        return errors.stream().map(Problem::path).anyMatch(at -> at.equals(path) || at.startsWith(path + ".")
                || at.startsWith(path + "["));
    }

    Validation validation() {
        return new Validation(errors, warnings);
    }

    /** The elements of a list with their paths ({@code path[index]}). */
    static <T> List<Entry<T>> entries(String path, List<T> list) {
        List<Entry<T>> entries = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            entries.add(new Entry<>(path + "[" + index + "]", list.get(index)));
        }
        return entries;
    }

    /**
     * Reports every entry whose key (at {@code field}) an earlier entry already has; {@code message} gets the
     * entry and the path of the earlier one. Entries without a key are left to the caller.
     */
    <T> void unique(List<Entry<T>> entries, String field, Function<T, String> key,
            BiFunction<T, String, String> message) {
        Map<String, String> firstPaths = new HashMap<>();
        for (Entry<T> entry : entries) {
            String value = key.apply(entry.value());
            if (isBlank(value)) {
                continue;
            }
            String first = firstPaths.putIfAbsent(value, entry.path());
            if (first != null) {
                error(entry.path(field), message.apply(entry.value(), first));
            }
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** How messages name a thing: by its name, or by where it is when it has none. */
    static String label(String kind, String name, String path) {
        return isBlank(name) ? "the " + kind + " at " + path : kind + " '" + name + "'";
    }

    /** A duration as ISO-8601, in days when it is whole days ({@code P30D} rather than {@code PT720H}). */
    /** {@code Duration::isPositive}, which Java 17 lacks. */
    static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
