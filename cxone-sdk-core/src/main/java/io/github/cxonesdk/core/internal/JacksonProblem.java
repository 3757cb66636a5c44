package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.exception.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Describes a Jackson binding problem as a {@link Violation}: the JSON path where it occurred and what is
 * wrong in plain words, with no input text beyond {@link Redaction#text(String)}'s cap. Not part of the
 * API. This class is thread-safe (stateless).
 */
final class JacksonProblem {
    private static final Pattern NULL_COMPONENT = Pattern.compile("([A-Za-z]\\w{0,63}) == null");

    private JacksonProblem() {
    }

    /**
     * Describes {@code e} as a violation.
     *
     * @param prefix the path of the bound tree in its document; empty for the root
     * @param e the problem
     * @return the violation
     */
    static Violation violation(String prefix, JacksonException e) {
        StringBuilder path = new StringBuilder(prefix);
        for (JacksonException.Reference ref : e.getPath()) {
            if (path.length() > ModelBinding.MAX_PATH) {
                break;
            }
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ModelBinding.cut(ref.getPropertyName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        Throwable cause = e.getCause();
        Matcher missing = NULL_COMPONENT.matcher(cause == null || cause.getMessage() == null ? ""
                : ModelBinding.cut(cause.getMessage()));
        boolean named = e instanceof ValueInstantiationException && cause instanceof NullPointerException
                && missing.matches();
        if (named) {
            // a record's constructor named the missing component: point at it
            path.append(path.isEmpty() ? "" : ".").append(missing.group(1));
        }
        return new Violation(ModelBinding.printablePath(path), message(e, named));
    }

    private static String message(JacksonException e, boolean namedComponentMissing) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a known field" + (unknown.getKnownPropertyIds() == null ? ""
                    : " (known: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")) + ")");
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be " + describe(mismatch.getTargetType());
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            if (e.getCause() instanceof NullPointerException) {
                return namedComponentMissing ? "is required" : "must not be null or hold null";
            }
            return ModelBinding.printable(e.getCause().getMessage());
        }
        if (e instanceof StreamReadException) {
            return "is not well-formed: " + ModelBinding.printable(e.getOriginalMessage());
        }
        return "cannot be read: " + ModelBinding.printable(e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return type == long.class || type == int.class || type == short.class || type == Long.class
                    || type == Integer.class || type == Short.class ? "an integer" : "a number";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-05-13T00:00:00Z";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration such as PT5M";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }
}
