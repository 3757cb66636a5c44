package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Redaction;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/** Helpers over schema trees: local reference resolution, pointers and the type keyword. */
public final class SchemaNodes {
    /** The JSON types; INTEGER is a subset of NUMBER. */
    public enum Type { NULL, BOOLEAN, OBJECT, ARRAY, NUMBER, INTEGER, STRING }

    private static final int MAX_REF_HOPS = 32;

    private SchemaNodes() {
    }

    /** Follows local {@code $ref}s from {@code node} (a bounded number of hops; a loop of refs fails). */
    static Loc resolve(JsonNode root, JsonNode node, String pointer) {
        JsonNode current = node == null ? BooleanNode.TRUE : node;
        String where = pointer;
        for (int hops = 0; current.isObject() && current.has("$ref") && current.get("$ref").isString(); hops++) {
            if (hops == MAX_REF_HOPS) {
                throw invalid(where, "$ref chain longer than " + MAX_REF_HOPS + " hops (a loop of references?)");
            }
            String ref = current.get("$ref").stringValue();
            if (!isLocalPointer(ref)) {
                return new Loc(current, where); // another document or an anchor: compared by its text
            }
            String fragment = ref.substring(1);
            JsonNode target;
            try {
                target = root.at(JsonPointer.compile(decodePercent(fragment)));
            } catch (IllegalArgumentException e) {
                throw invalid(where, "unsupported $ref " + ref);
            }
            if (target == null || target.isMissingNode()) {
                throw invalid(where, "$ref " + ref + " does not resolve");
            }
            current = target;
            where = fragment;
        }
        return new Loc(current, where);
    }

    /** Whether a {@code $ref} is a JSON Pointer into the same document ({@code #} or {@code #/...}). */
    static boolean isLocalPointer(String ref) {
        return ref.equals("#") || ref.startsWith("#/");
    }

    private static String decodePercent(String fragment) {
        return fragment.indexOf('%') < 0 ? fragment
                : java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static ModelValidationException invalid(String pointer, String message) {
        return new ModelValidationException("JSON Schema", List.of(new Violation(Redaction.text(pointer), Redaction.text(message))));
    }

    /** Escapes one JSON Pointer reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The types a schema admits: from {@code type}, else inferred from {@code enum}/{@code const}, else all. */
    static Set<Type> types(Loc loc) {
        if (loc.isFalse()) {
            return EnumSet.noneOf(Type.class);
        }
        JsonNode type = loc.get("type");
        if (type != null) {
            Set<Type> out = EnumSet.noneOf(Type.class);
            if (type.isArray()) {
                type.values().forEach(t -> addType(out, t));
            } else {
                addType(out, type);
            }
            return out;
        }
        JsonNode values = loc.has("const") ? loc.get("const") : loc.get("enum");
        if (values != null) {
            Set<Type> out = EnumSet.noneOf(Type.class);
            if (loc.has("const")) {
                out.add(typeOf(values));
            } else if (values.isArray()) {
                values.values().forEach(v -> out.add(typeOf(v)));
            }
            return out;
        }
        return EnumSet.allOf(Type.class);
    }

    private static void addType(Set<Type> out, JsonNode t) {
        if (t.isString()) {
            try {
                out.add(Type.valueOf(t.stringValue().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException ignored) {
                // an unknown type name admits nothing
            }
        }
    }

    /** The most specific type of a JSON value (an integral number is INTEGER). */
    static Type typeOf(JsonNode v) {
        if (v.isNull()) {
            return Type.NULL;
        } else if (v.isBoolean()) {
            return Type.BOOLEAN;
        } else if (v.isObject()) {
            return Type.OBJECT;
        } else if (v.isArray()) {
            return Type.ARRAY;
        } else if (v.isNumber()) {
            return isIntegral(v.decimalValue()) ? Type.INTEGER : Type.NUMBER;
        }
        return Type.STRING;
    }

    static boolean isIntegral(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** Whether a type set admits a type (NUMBER admits INTEGER). */
    static boolean covers(Set<Type> set, Type t) {
        return set.contains(t) || (t == Type.INTEGER && set.contains(Type.NUMBER));
    }

    /** A canonical text for a JSON value, equal for 1 and 1.0. */
    static String canonical(JsonNode v) {
        if (v.isNumber()) {
            return "n:" + v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
