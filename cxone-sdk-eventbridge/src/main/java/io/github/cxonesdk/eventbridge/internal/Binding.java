package io.github.cxonesdk.eventbridge.internal;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.json.CxoneJson;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Binds JSON trees to this module's records with the shared {@link CxoneJson#mapper()} and turns every
 * binding problem into a JSON path and a short message: a {@link Violation} for models a user reads,
 * a {@link CxoneClientException} (the cause kept) for service responses. No raw Jackson exception and
 * no input text beyond {@link Redaction#text(String)}'s cap reaches a caller.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class Binding {
    /** Longer paths are cut before redaction; Redaction caps them further. */
    private static final int MAX_PATH = 1_000;
    private static final Pattern NULL_COMPONENT = Pattern.compile("([A-Za-z]\\w{0,63}) == null");

    private Binding() {
    }

    /**
     * Binds a service response body.
     *
     * @param body the body; {@code null} binds as an empty object
     * @param type the record to bind
     * @param operation what was called, for the message, such as {@code GetFilter}
     * @param <T> the record type
     * @return the bound record
     * @throws CxoneClientException if the body does not bind; the message names the JSON path
     */
    public static <T> T response(JsonNode body, Class<T> type, String operation) {
        try {
            T value = CxoneJson.mapper().treeToValue(body == null ? CxoneJson.mapper().createObjectNode() : body, type);
            if (value == null) {
                throw new CxoneClientException(operation + ": the response body is not a JSON object");
            }
            return value;
        } catch (JacksonException e) {
            Violation v = violation("", e);
            throw new CxoneClientException(operation + ": the response body cannot be read: "
                    + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message(), e);
        }
    }

    /**
     * Binds a model a user supplied, adding a violation instead of throwing when it does not bind. Unlike
     * a response, a user's model may not hold unknown fields: a typo such as {@code patern_rules} would
     * otherwise drop a rule without a word.
     *
     * @param tree the model's tree
     * @param type the record to bind
     * @param prefix the tree's path in the document, such as {@code filters[2]}; empty for the root
     * @param found where a violation is added
     * @param <T> the record type
     * @return the bound record, or {@code null} when a violation was added
     */
    public static <T> T model(JsonNode tree, Class<T> type, String prefix, Collection<Violation> found) {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            found.add(new Violation(prefix, "must be an object, not null"));
            return null;
        }
        try {
            return CxoneJson.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(tree);
        } catch (JacksonException e) {
            found.add(violation(prefix, e));
            return null;
        }
    }

    /**
     * Describes a binding problem as a violation: the JSON path where it occurred and what is wrong.
     *
     * @param prefix the path of the bound tree in its document; empty for the root
     * @param e the problem
     * @return the violation
     */
    public static Violation violation(String prefix, JacksonException e) {
        StringBuilder path = new StringBuilder(prefix);
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        Matcher missing = NULL_COMPONENT.matcher(e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage()));
        if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException
                && missing.matches()) {
            // a record's constructor named the missing component: point at it
            path.append(path.isEmpty() ? "" : ".").append(missing.group(1));
        }
        // the path holds names from the input: capped (before scanning) and scrubbed like any input-controlled text
        return new Violation(Redaction.text(path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path.toString()),
                message(e, missing.matches()));
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
            return Redaction.text(e.getCause().getMessage());
        }
        if (e instanceof StreamReadException) {
            return "is not well-formed: " + Redaction.text(e.getOriginalMessage());
        }
        return "cannot be read: " + Redaction.text(e.getOriginalMessage());
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return type == long.class || type == int.class || type == Long.class || type == Integer.class
                    ? "an integer" : "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-22T10:00:00Z";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration such as PT5M";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    /**
     * Returns an unmodifiable deep copy of a bound JSON value (maps, lists and scalars), so records stay
     * immutable. Depth is bounded by the parser's nesting limit.
     *
     * @param value the value
     * @return the frozen copy
     */
    public static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new java.util.ArrayList<>(list.size());
            list.forEach(v -> copy.add(freeze(v)));
            return java.util.Collections.unmodifiableList(copy);
        }
        return value;
    }
}
