package io.github.cxonesdk.core.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.cxonesdk.core.exception.Violation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Checks that a JSON tree has the shape of a record type before Jackson binds it, so that every problem
 * (a missing or {@code null} primitive, a {@code null} list element, a fractional number for an integer,
 * a number where a string belongs, a string where an object belongs, an unknown field when asked) becomes
 * a {@link Violation} with its path, all at once. Scalars are never coerced: {@code 12} is not a string,
 * {@code "5"} is not an integer, {@code "true"} is not a boolean.
 *
 * <p>The records are the schema: their components (wire names from {@code @JsonProperty}) are read by
 * reflection, so there is no second description of the wire format to keep in step. Types it does not
 * know ({@code Object}, {@code JsonNode}, others) are left to Jackson. Work is linear in the size of the
 * tree; recursion is bounded by the parser's nesting limit; paths are built only for reported problems.
 * Not part of the API. This class is thread-safe (stateless).
 */
final class TreeShape {
    private final boolean rejectUnknown;
    private final List<Violation> out;
    private final int stopAt;

    private TreeShape(boolean rejectUnknown, List<Violation> out, int stopAt) {
        this.rejectUnknown = rejectUnknown;
        this.out = out;
        this.stopAt = stopAt;
    }

    /**
     * Adds a violation for every place where {@code node} does not fit {@code type}, stopping once
     * {@code out} holds {@code stopAt} violations.
     *
     * @param node the tree, not {@code null}
     * @param type the type it must bind to
     * @param prefix the tree's path in its document; empty for the root
     * @param rejectUnknown whether a field that no record component names is a violation
     * @param out where violations are added
     * @param stopAt the size of {@code out} at which checking stops
     */
    static void check(JsonNode node, Type type, String prefix, boolean rejectUnknown, List<Violation> out, int stopAt) {
        new TreeShape(rejectUnknown, out, stopAt).value(node, type, new Path(null, prefix, -1), false);
    }

    private boolean full() {
        return out.size() >= stopAt;
    }

    private void value(JsonNode node, Type type, Path path, boolean nullFails) {
        if (full()) {
            return;
        }
        Class<?> raw = raw(type);
        if (node.isNull()) {
            if (raw.isPrimitive() || nullFails) {
                add(path, "must not be null");
            }
            return; // a null reference: the record or the validator decides whether it is required
        }
        if (isIntegral(raw)) {
            integral(node, raw, path);
        } else if (isDecimal(raw)) {
            require(node.isNumber(), "must be a number", path);
        } else if (raw == boolean.class || raw == Boolean.class) {
            require(node.isBoolean(), "must be true or false", path);
        } else if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()) {
            require(node.isString(), "must be a string", path);
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            require(node.isString() && isInstant(node.stringValue()),
                    "must be an ISO-8601 instant such as 2026-05-13T00:00:00Z", path);
        } else if (raw == Duration.class) {
            require(node.isString() && isDuration(node.stringValue()),
                    "must be an ISO-8601 duration such as PT5M", path);
        } else if (raw == URI.class) {
            require(node.isString() && isUri(node.stringValue()), "must be a URI", path);
        } else if (Collection.class.isAssignableFrom(raw) || (raw.isArray() && raw != byte[].class)) {
            list(node, element(type, raw), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            map(node, mapValue(type), path);
        } else if (raw.isRecord()) {
            record(node, raw, path);
        }
        // Object, JsonNode and other types: left to Jackson.
    }

    private void integral(JsonNode node, Class<?> raw, Path path) {
        if (!node.isIntegralNumber()) {
            add(path, node.isNumber() ? "must be an integer, was a fractional number" : "must be an integer");
            return;
        }
        long min;
        long max;
        if (raw == int.class || raw == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == long.class || raw == Long.class) {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        } else if (raw == short.class || raw == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == byte.class || raw == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else {
            return; // BigInteger: any integer
        }
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            add(path, "must be an integer between " + min + " and " + max);
        }
    }

    private void list(JsonNode node, Type element, Path path) {
        if (!node.isArray()) {
            add(path, "must be an array");
            return;
        }
        for (int i = 0; i < node.size() && !full(); i++) {
            JsonNode item = node.get(i);
            Path at = new Path(path, null, i);
            if (item.isNull()) {
                add(at, "must not be null");
            } else {
                value(item, element, at, false);
            }
        }
    }

    private void map(JsonNode node, Type valueType, Path path) {
        if (!node.isObject()) {
            add(path, "must be an object");
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (full()) {
                return;
            }
            value(e.getValue(), valueType, new Path(path, e.getKey(), -1), false);
        }
    }

    private void record(JsonNode node, Class<?> type, Path path) {
        if (!node.isObject()) {
            add(path, "must be an object");
            return;
        }
        RecordShape shape = SHAPES.get(type);
        for (Component component : shape.components()) {
            Path at = new Path(path, component.name(), -1);
            JsonNode child = node.get(component.name());
            if (child == null) {
                if (component.required()) {
                    add(at, "is required");
                }
            } else {
                value(child, component.type(), at, component.nullFails());
            }
            if (full()) {
                return;
            }
        }
        if (rejectUnknown) {
            for (String name : node.propertyNames()) {
                if (full()) {
                    return;
                }
                if (!shape.known().contains(name)) {
                    add(new Path(path, name, -1), "is not a known field (known: " + shape.knownList() + ")");
                }
            }
        }
    }

    /** A record component as the wire sees it. */
    private record Component(String name, Type type, boolean required, boolean nullFails) {
    }

    /** A record's components and wire names, computed once per record type (reflection is slow). */
    private record RecordShape(List<Component> components, Set<String> known, String knownList) {
    }

    /** Cached on the record class itself, so it never pins a class loader. */
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            List<Component> components = new java.util.ArrayList<>();
            Set<String> known = new TreeSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
                JsonSetter setter = component.getAccessor().getAnnotation(JsonSetter.class);
                components.add(new Component(name, component.getGenericType(),
                        component.getType().isPrimitive() || (property != null && property.required()),
                        setter != null && setter.nulls() == Nulls.FAIL));
                known.add(name);
            }
            return new RecordShape(List.copyOf(components), Set.copyOf(known), String.join(", ", known));
        }
    };

    private static boolean isIntegral(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static boolean isDecimal(Class<?> raw) {
        return raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class || raw == Number.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type element(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
        }
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Type mapValue(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length == 2
                ? p.getActualTypeArguments()[1] : Object.class;
    }

    /** Instants are short; a long string is not one, and is not handed to a parser. */
    private static final int MAX_TEMPORAL = 64;

    private static boolean isInstant(String text) {
        try {
            return text.length() <= MAX_TEMPORAL && OffsetDateTime.parse(text) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isDuration(String text) {
        try {
            return text.length() <= MAX_TEMPORAL && Duration.parse(text) != null;
        } catch (DateTimeException | ArithmeticException e) {
            return false;
        }
    }

    private static boolean isUri(String text) {
        try {
            return new URI(text) != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void require(boolean ok, String message, Path path) {
        if (!ok) {
            add(path, message);
        }
    }

    private void add(Path path, String message) {
        if (!full()) {
            out.add(new Violation(path.render(), message));
        }
    }

    /**
     * A path segment: a property name or a list index below a parent, rendered only when a problem is
     * reported, so a deep or wide tree never builds strings it does not need.
     */
    private record Path(Path parent, String name, int index) {
        String render() {
            java.util.ArrayDeque<Path> chain = new java.util.ArrayDeque<>();
            for (Path p = this; p != null; p = p.parent) {
                chain.push(p);
            }
            StringBuilder out = new StringBuilder();
            for (Path p : chain) {
                if (out.length() > ModelBinding.MAX_PATH) {
                    break;
                }
                if (p.index >= 0) {
                    out.append('[').append(p.index).append(']');
                } else if (!p.name.isEmpty()) {
                    out.append(out.isEmpty() ? "" : ".").append(p.name, 0, Math.min(p.name.length(),
                            ModelBinding.MAX_PATH));
                }
            }
            return ModelBinding.printablePath(out);
        }
    }
}
