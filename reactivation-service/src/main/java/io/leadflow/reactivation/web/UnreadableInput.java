package io.leadflow.reactivation.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns what Jackson could not read into a path and a sentence that names no Java class. */
final class UnreadableInput {

    private UnreadableInput() {
    }

    static ProblemView describe(HttpMessageNotReadableException unreadable) {
        JacksonException cause = jacksonCause(unreadable);
        if (cause == null) {
            String message = Objects.requireNonNullElse(unreadable.getMessage(), "");
            return new ProblemView("", message.startsWith("Required request body is missing")
                    ? "The request body is missing; send the JSON this operation describes."
                    : "The request body could not be read: " + firstLine(message));
        }
        String path = path(cause.getPath());
        String at = path.isEmpty() ? "the request body" : path;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new ProblemView(path, unknownProperty(unknown, at));
        }
        if (cause instanceof InvalidNullException) {
            return new ProblemView(path, at + " is null; remove the entry or fill it in.");
        }
        if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            String given = cause instanceof InvalidFormatException invalid
                    ? ", not \"" + invalid.getValue() + "\"" : "";
            return new ProblemView(path, at + " must be " + expected(mismatched.getTargetType()) + given + ".");
        }
        if (cause instanceof StreamReadException) {
            return new ProblemView(path, "The request body is not valid JSON" + where(cause.getLocation())
                    + ": " + withoutSource(firstLine(cause.getOriginalMessage())));
        }
        return new ProblemView(path, "Cannot read " + at + ": " + firstLine(cause.getOriginalMessage()));
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String unknownProperty(UnrecognizedPropertyException unknown, String at) {
        List<String> known = knownProperties(unknown.getKnownPropertyIds());
        String suggestion = known.stream()
                .filter(candidate -> distance(candidate, unknown.getPropertyName()) <= 2)
                .min(Comparator.comparingInt(candidate -> distance(candidate, unknown.getPropertyName())))
                .map(candidate -> " Did you mean \"" + candidate + "\"?").orElse("");
        return "Unknown property \"" + unknown.getPropertyName() + "\" at " + at + "." + suggestion
                + " Known properties here: " + String.join(", ", known) + ".";
    }

    private static List<String> knownProperties(Collection<Object> ids) {
        return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
    }

    /** {@code configuration.scenarios[0].sync.fields['Name']}: properties dotted, indexes and map keys bracketed. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null && reference.from() instanceof Map) {
                path.append("['").append(reference.getPropertyName()).append("']");
            } else if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == Duration.class) {
            return "an ISO-8601 duration such as PT20M or P30D";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's syntax messages end with where the array or object began, in terms of its own source object. */
    private static String withoutSource(String message) {
        int source = message.indexOf(" (for ");
        if (source < 0) {
            source = message.indexOf(" at [Source");
        }
        return source < 0 ? message : message.substring(0, source);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Edit distance, ignoring case: how far a misspelt property is from a known one. */
    private static int distance(String known, String given) {
        String a = known.toLowerCase(Locale.ROOT);
        String b = given.toLowerCase(Locale.ROOT);
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
