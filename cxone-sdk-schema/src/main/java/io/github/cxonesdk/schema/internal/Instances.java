package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.schema.internal.SchemaNodes.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds small payloads for a schema: a minimal instance (best effort; the caller verifies it with
 * the validator) and candidate values near each bound, for the example search. Depth-bounded.
 */
final class Instances {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 16;
    private static final int MAX_ENUM_SAMPLES = 20;
    private static final Map<String, String> FORMAT_SAMPLES = Map.ofEntries(
            Map.entry("date-time", "2024-01-01T00:00:00Z"), Map.entry("date", "2024-01-01"),
            Map.entry("time", "12:00:00Z"), Map.entry("email", "agent@example.com"),
            Map.entry("idn-email", "agent@example.com"), Map.entry("hostname", "example.com"),
            Map.entry("idn-hostname", "example.com"), Map.entry("ipv4", "192.0.2.1"), Map.entry("ipv6", "2001:db8::1"),
            Map.entry("uri", "https://example.com/a"), Map.entry("uri-reference", "/a"), Map.entry("iri", "https://example.com/a"),
            Map.entry("uuid", "123e4567-e89b-12d3-a456-426614174000"), Map.entry("regex", "a+"),
            Map.entry("json-pointer", "/a"), Map.entry("duration", "P1D"));

    private final JsonNode root;

    Instances(JsonNode root) {
        this.root = root;
    }

    JsonNode minimal(JsonNode schema) {
        return minimal(schema, 0);
    }

    private JsonNode minimal(JsonNode schema, int depth) {
        Loc l = SchemaNodes.resolve(root, schema, "");
        if (l.has("const")) {
            return l.get("const");
        }
        if (l.has("enum") && l.get("enum").isArray() && !l.get("enum").isEmpty()) {
            return l.get("enum").get(0);
        }
        if (depth > MAX_DEPTH || !l.isObject()) {
            return F.nullNode();
        }
        for (String union : List.of("allOf", "anyOf", "oneOf")) {
            if (!l.has("type") && l.has(union) && l.get(union).isArray() && !l.get(union).isEmpty()) {
                return minimal(l.get(union).get(0), depth + 1);
            }
        }
        return switch (firstType(l)) {
            case OBJECT -> minimalObject(l, depth);
            case ARRAY -> minimalArray(l, depth);
            case STRING -> F.stringNode(minimalString(l));
            case INTEGER, NUMBER -> F.numberNode(number(l, firstType(l) == Type.INTEGER));
            case BOOLEAN -> F.booleanNode(false);
            case NULL -> F.nullNode();
        };
    }

    private static Type firstType(Loc l) {
        JsonNode type = l.get("type");
        if (type != null) {
            Set<Type> set = SchemaNodes.types(l);
            JsonNode first = type.isArray() && !type.isEmpty() ? type.get(0) : type;
            for (Type t : Type.values()) {
                if (set.contains(t) && t.name().equalsIgnoreCase(first.asString(""))) {
                    return t;
                }
            }
            return set.isEmpty() ? Type.NULL : set.iterator().next();
        }
        if (l.has("properties") || l.has("required") || l.has("additionalProperties")) {
            return Type.OBJECT;
        } else if (l.has("items")) {
            return Type.ARRAY;
        } else if (l.has("minLength") || l.has("maxLength") || l.has("pattern") || l.has("format")) {
            return Type.STRING;
        } else if (l.has("minimum") || l.has("maximum") || l.has("multipleOf")) {
            return Type.NUMBER;
        }
        return Type.NULL;
    }

    private ObjectNode minimalObject(Loc l, int depth) {
        ObjectNode out = F.objectNode();
        JsonNode required = l.get("required");
        JsonNode props = l.get("properties");
        if (required != null && required.isArray()) {
            for (JsonNode r : required.values()) {
                JsonNode s = props == null ? null : props.get(r.asString(""));
                out.set(r.asString(""), minimal(s, depth + 1));
            }
        }
        return out;
    }

    private ArrayNode minimalArray(Loc l, int depth) {
        ArrayNode out = F.arrayNode();
        int min = l.has("minItems") ? Math.min(l.get("minItems").asInt(0), 8) : 0;
        JsonNode items = l.get("items");
        for (int i = 0; i < min; i++) {
            JsonNode s = items != null && items.isArray() ? items.get(i) : items;
            out.add(minimal(s, depth + 1));
        }
        return out;
    }

    private static String minimalString(Loc l) {
        if (l.has("format") && FORMAT_SAMPLES.containsKey(l.get("format").asString(""))) {
            return FORMAT_SAMPLES.get(l.get("format").asString(""));
        }
        int min = l.has("minLength") ? Math.min(l.get("minLength").asInt(0), 1024) : 0;
        return "a".repeat(Math.max(min, 1));
    }

    private static BigDecimal number(Loc l, boolean integer) {
        List<BigDecimal> candidates = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ONE));
        for (String k : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")) {
            if (l.has(k) && l.get(k).isNumber()) {
                BigDecimal v = l.get(k).decimalValue();
                candidates.addAll(List.of(v, v.add(BigDecimal.ONE), v.subtract(BigDecimal.ONE)));
            }
        }
        for (BigDecimal c : candidates) {
            if (satisfies(l, c, integer)) {
                return c;
            }
        }
        return BigDecimal.ZERO;
    }

    private static boolean satisfies(Loc l, BigDecimal v, boolean integer) {
        if (integer && !SchemaNodes.isIntegral(v)) {
            return false;
        }
        return check(l, "minimum", d -> v.compareTo(d) >= 0) && check(l, "maximum", d -> v.compareTo(d) <= 0)
                && check(l, "exclusiveMinimum", d -> v.compareTo(d) > 0) && check(l, "exclusiveMaximum", d -> v.compareTo(d) < 0)
                && check(l, "multipleOf", d -> d.signum() <= 0 || v.remainder(d).signum() == 0);
    }

    private static boolean check(Loc l, String k, java.util.function.Predicate<BigDecimal> p) {
        return !l.has(k) || !l.get(k).isNumber() || p.test(l.get(k).decimalValue());
    }

    /** Candidate values for a location governed by {@code writer} (and {@code reader} on the other side), smallest first. */
    List<JsonNode> samples(Loc writer, Instances readerSide, Loc reader) {
        List<JsonNode> out = new ArrayList<>();
        out.add(minimal(writer.node()));
        for (Instances side : List.of(this, readerSide)) {
            Loc l = side == this ? writer : reader;
            values(l, out);
            strings(l, out);
            numbers(l, out);
            side.arrays(l, out);
            side.branches(l, out);
        }
        out.addAll(List.of(F.stringNode("x"), F.numberNode(1), F.numberNode(new BigDecimal("1.5")), F.booleanNode(true),
                F.nullNode(), F.objectNode(), F.arrayNode(), F.stringNode("not a valid format value")));
        return out;
    }

    private static void values(Loc l, List<JsonNode> out) {
        if (l.has("const")) {
            out.add(l.get("const"));
        }
        if (l.has("enum") && l.get("enum").isArray()) {
            l.get("enum").values().stream().limit(MAX_ENUM_SAMPLES).forEach(out::add);
        }
    }

    private static void strings(Loc l, List<JsonNode> out) {
        for (String k : List.of("minLength", "maxLength")) {
            if (l.has(k) && l.get(k).canConvertToInt()) {
                int n = l.get(k).asInt();
                for (int len : new int[] {n - 1, n, n + 1}) {
                    if (len >= 0 && len <= 4096) {
                        out.add(F.stringNode("a".repeat(len)));
                    }
                }
            }
        }
        if (l.has("format") && FORMAT_SAMPLES.containsKey(l.get("format").asString(""))) {
            out.add(F.stringNode(FORMAT_SAMPLES.get(l.get("format").asString(""))));
        }
        if (l.has("pattern") && l.get("pattern").isString()) {
            // a pattern that is a plain literal (optionally anchored) matches its own text
            String literal = l.get("pattern").stringValue().replaceFirst("^\\^", "").replaceFirst("\\$$", "");
            if (literal.length() <= 64 && literal.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ' ')) {
                out.add(F.stringNode(literal));
            }
            for (String s : List.of("0", "A", "a1", "12345", "x-y")) {
                out.add(F.stringNode(s));
            }
        }
    }

    private static void numbers(Loc l, List<JsonNode> out) {
        for (String k : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")) {
            if (l.has(k) && l.get(k).isNumber()) {
                BigDecimal v = l.get(k).decimalValue();
                BigDecimal half = new BigDecimal("0.5");
                for (BigDecimal x : List.of(v, v.subtract(BigDecimal.ONE), v.add(BigDecimal.ONE), v.subtract(half), v.add(half),
                        v.multiply(BigDecimal.valueOf(3)), v.multiply(new BigDecimal("1.5")), v.divide(BigDecimal.valueOf(2)))) {
                    out.add(F.numberNode(x));
                }
            }
        }
    }

    private void arrays(Loc l, List<JsonNode> out) {
        if (!l.has("items") && !l.has("minItems") && !l.has("maxItems") && !l.has("uniqueItems")) {
            return;
        }
        JsonNode items = l.get("items");
        JsonNode item = minimal(items != null && !items.isArray() ? items : null);
        for (String k : List.of("minItems", "maxItems")) {
            if (l.has(k) && l.get(k).canConvertToInt()) {
                int n = l.get(k).asInt();
                for (int len : new int[] {n - 1, n, n + 1}) {
                    if (len >= 0 && len <= 256) {
                        out.add(repeat(item, len));
                    }
                }
            }
        }
        out.add(repeat(item, 1));
        out.add(repeat(item, 2));
    }

    private static ArrayNode repeat(JsonNode item, int n) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < n; i++) {
            a.add(item.deepCopy());
        }
        return a;
    }

    private void branches(Loc l, List<JsonNode> out) {
        for (String union : List.of("anyOf", "oneOf", "allOf")) {
            if (l.has(union) && l.get(union).isArray()) {
                l.get(union).values().stream().limit(8).forEach(b -> out.add(minimal(b)));
            }
        }
        if (!l.has("anyOf") && !l.has("oneOf") && !l.has("allOf") && l.isObject()) {
            out.add(minimal(l.node()));
        }
    }
}
