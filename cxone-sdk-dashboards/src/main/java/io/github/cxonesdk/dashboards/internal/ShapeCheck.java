package io.github.cxonesdk.dashboards.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.core.exception.Violation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks that a JSON tree has the shape of a record type before Jackson binds it, so that every
 * problem (a missing or {@code null} required number, a {@code null} list element, a fractional number
 * for an integer, a string where an object belongs) becomes a {@link Violation} with its path, all at
 * once, instead of the first one surfacing as a Jackson exception wrapping a {@code NullPointerException}.
 *
 * <p>It walks the record components by reflection: the records are the schema, so there is no second
 * description of the wire format to keep in step. Work is linear in the size of the tree. Stateless
 * and thread-safe.
 */
public final class ShapeCheck {
    /** At most this many problems are collected; a hostile document must not build a huge list. */
    static final int MAX_PROBLEMS = 100;

    private ShapeCheck() {
    }

    /**
     * Adds a violation for every place where {@code node} does not fit {@code type}.
     *
     * @param node the tree
     * @param type the record type it must bind to
     * @param out where violations are added
     */
    public static void check(JsonNode node, Class<?> type, List<Violation> out) {
        value(node, type, "", out);
    }

    private static void value(JsonNode node, Type type, String path, List<Violation> out) {
        if (out.size() >= MAX_PROBLEMS) {
            return;
        }
        Class<?> raw = raw(type);
        if (node.isNull()) {
            if (raw.isPrimitive()) {
                add(out, path, "must not be null");
            }
            return; // a null reference: the validator reports it where it is required
        }
        if (raw == int.class || raw == Integer.class) {
            if (!node.isIntegralNumber()) {
                add(out, path, node.isNumber() ? "must be an integer, was a fractional number" : "must be an integer");
            } else if (!node.canConvertToInt()) {
                add(out, path, "must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            require(node.isBoolean(), "must be true or false", path, out);
        } else if (raw == String.class || raw.isEnum()) {
            require(node.isString(), "must be a string", path, out);
        } else if (raw == Instant.class) {
            require(node.isString() && isInstant(node.stringValue()), "must be an ISO-8601 instant such as "
                    + "2026-05-13T00:00:00Z", path, out);
        } else if (raw == URI.class) {
            require(node.isString() && isUri(node.stringValue()), "must be a URI", path, out);
        } else if (raw == List.class) {
            list(node, element(type), path, out);
        } else if (raw.isRecord()) {
            record(node, raw, path, out);
        }
        // Object and JsonNode components take any JSON value.
    }

    private static void list(JsonNode node, Type element, String path, List<Violation> out) {
        if (!node.isArray()) {
            add(out, path, "must be an array");
            return;
        }
        for (int i = 0; i < node.size() && out.size() < MAX_PROBLEMS; i++) {
            JsonNode item = node.get(i);
            String at = path + "[" + i + "]";
            if (item.isNull()) {
                add(out, at, "must not be null");
            } else {
                value(item, element, at, out);
            }
        }
    }

    private static void record(JsonNode node, Class<?> type, String path, List<Violation> out) {
        if (!node.isObject()) {
            add(out, path, "must be an object");
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = wireName(component);
            String at = path.isEmpty() ? name : path + "." + name;
            JsonNode child = node.get(name);
            if (child == null) {
                if (component.getType().isPrimitive()) {
                    add(out, at, "is required");
                }
            } else {
                value(child, component.getGenericType(), at, out);
            }
        }
    }

    private static String wireName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Type element(Type listType) {
        return listType instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static boolean isInstant(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void require(boolean ok, String message, String path, List<Violation> out) {
        if (!ok) {
            add(out, path, message);
        }
    }

    private static void add(List<Violation> out, String path, String message) {
        if (out.size() < MAX_PROBLEMS) {
            out.add(new Violation(path, message));
        }
    }
}
