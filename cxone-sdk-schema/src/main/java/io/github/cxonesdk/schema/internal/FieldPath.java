package io.github.cxonesdk.schema.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A compiled mapping path: {@code a.b}, {@code a[0].b}, {@code items[*].id}. Reading visits every
 * match (wildcards expand in array order); writing creates objects and arrays on the way and marks
 * array slots it had to skip with {@link #HOLE}, which {@link #compact(JsonNode)} removes, so a
 * mapped payload never holds padding nulls.
 *
 * <p>Immutable and thread-safe.
 */
public final class FieldPath {
    /** Placeholder for array slots skipped while writing; identity matters. */
    static final ObjectNode HOLE = JsonNodeFactory.instance.objectNode();
    private static final int MAX_LENGTH = 1_024;
    private static final int MAX_SEGMENTS = 64;
    private static final int MAX_INDEX = 100_000;

    /** A path segment: a field name, an index (>= 0) or a wildcard (index -1, name null). */
    record Segment(String name, int index) {
        boolean wildcard() {
            return name == null && index < 0;
        }
    }

    /** One value found by {@link #read}: its wildcard indices and the value ({@code null} when an element lacks it). */
    public record Match(int[] indices, JsonNode value, String concretePath) {
    }

    private final String text;
    final List<Segment> segments;
    private final Segment[] path;
    private final int wildcards;
    private final boolean hasBrackets;

    private FieldPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
        this.path = segments.toArray(new Segment[0]);
        this.wildcards = (int) segments.stream().filter(Segment::wildcard).count();
        this.hasBrackets = segments.stream().anyMatch(s -> s.name == null);
    }

    /** Parses a path; throws IllegalArgumentException naming the problem. */
    public static FieldPath parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("path must have 1 to " + MAX_LENGTH + " characters");
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0 || out.isEmpty()) {
                    throw new IllegalArgumentException("bad '[' at " + i + " in '" + text + "'");
                }
                String inner = text.substring(i + 1, end);
                out.add(inner.equals("*") ? new Segment(null, -1) : new Segment(null, index(inner, text)));
                i = end + 1;
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    if (i == text.length()) {
                        throw new IllegalArgumentException("path ends with '.': '" + text + "'");
                    }
                }
            } else {
                int end = i;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                if (end == i || text.charAt(end - 1) == ']') {
                    throw new IllegalArgumentException("empty field name at " + i + " in '" + text + "'");
                }
                out.add(new Segment(text.substring(i, end), 0));
                i = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
                if (end < text.length() && text.charAt(end) == '.' && i == text.length()) {
                    throw new IllegalArgumentException("path ends with '.': '" + text + "'");
                }
            }
            if (out.size() > MAX_SEGMENTS) {
                throw new IllegalArgumentException("path has more than " + MAX_SEGMENTS + " segments");
            }
        }
        return new FieldPath(text, Collections.unmodifiableList(out));
    }

    private static int index(String inner, String text) {
        try {
            int k = Integer.parseInt(inner);
            if (k < 0 || k > MAX_INDEX) {
                throw new NumberFormatException();
            }
            return k;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad index '" + inner + "' in '" + text + "'", e);
        }
    }

    public int wildcards() {
        return wildcards;
    }

    /** The field names of a path without brackets, in order. */
    public List<String> names() {
        if (hasBrackets) {
            throw new IllegalStateException("path has brackets: " + text);
        }
        return segments.stream().map(Segment::name).toList();
    }

    /** Whether the path has an index or a wildcard (writing it may leave array holes). */
    public boolean hasBrackets() {
        return hasBrackets;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The value at a path without wildcards, or null. */
    public JsonNode get(JsonNode root) {
        JsonNode cur = root;
        for (int i = 0, n = path.length; i < n && cur != null; i++) {
            Segment s = path[i];
            cur = s.name != null ? (cur.isObject() ? cur.get(s.name) : null) : (cur.isArray() ? cur.get(s.index) : null);
        }
        return cur;
    }

    /**
     * Visits every match. Returns false when the path is missing before its first wildcard (or at
     * all, without wildcards); elements under a wildcard that lack the rest come as null values.
     */
    public boolean read(JsonNode root, List<Match> out) {
        if (wildcards == 0) {
            JsonNode v = get(root);
            if (v == null) {
                return false;
            }
            out.add(new Match(new int[0], v, text));
            return true;
        }
        return read(root, 0, new int[wildcards], 0, new StringBuilder(), out);
    }

    private boolean read(JsonNode cur, int from, int[] idx, int w, StringBuilder concrete, List<Match> out) {
        for (int i = from; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.wildcard()) {
                if (cur == null || !cur.isArray()) {
                    if (w == 0) {
                        return false;
                    }
                    out.add(new Match(idx.clone(), null, concrete.toString()));
                    return true;
                }
                for (int k = 0; k < cur.size(); k++) {
                    idx[w] = k;
                    int mark = concrete.length();
                    concrete.append('[').append(k).append(']');
                    read(cur.get(k), i + 1, idx, w + 1, concrete, out);
                    concrete.setLength(mark);
                }
                return true;
            }
            append(concrete, s);
            cur = cur == null ? null : s.name != null ? (cur.isObject() ? cur.get(s.name) : null) : (cur.isArray() ? cur.get(s.index) : null);
            if (cur == null && w == 0) {
                return false;
            }
        }
        out.add(new Match(idx.clone(), cur, concrete.toString()));
        return true;
    }

    private static void append(StringBuilder sb, Segment s) {
        if (s.name != null) {
            sb.append(sb.length() == 0 ? "" : ".").append(s.name);
        } else {
            sb.append('[').append(s.index).append(']');
        }
    }

    /** Writes {@code value} at this path, wildcards taking {@code indices} in order; false on a conflict with a scalar on the way. */
    public boolean write(ObjectNode root, int[] indices, JsonNode value) {
        JsonNode cur = root;
        int w = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean last = i == segments.size() - 1;
            JsonNode next = last ? value : null;
            if (s.name != null) {
                if (!cur.isObject()) {
                    return false;
                }
                ObjectNode obj = (ObjectNode) cur;
                if (!last) {
                    next = container(obj.get(s.name), segments.get(i + 1));
                    if (next == null) {
                        return false;
                    }
                }
                obj.set(s.name, next);
            } else {
                if (!cur.isArray()) {
                    return false;
                }
                int k = s.wildcard() ? indices[w++] : s.index;
                ArrayNode arr = (ArrayNode) cur;
                while (arr.size() <= k) {
                    arr.add(HOLE);
                }
                if (!last) {
                    JsonNode existing = arr.get(k);
                    next = container(existing == HOLE ? null : existing, segments.get(i + 1));
                    if (next == null) {
                        return false;
                    }
                }
                arr.set(k, next);
            }
            cur = next;
        }
        return true;
    }

    private static JsonNode container(JsonNode existing, Segment next) {
        boolean wantArray = next.name == null;
        if (existing == null || existing.isNull()) {
            return wantArray ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
        }
        return wantArray == existing.isArray() && (existing.isArray() || existing.isObject()) ? existing : null;
    }

    /** Removes {@link #HOLE} slots from every array in the tree. */
    public static void compact(JsonNode node) {
        if (node.isArray()) {
            ArrayNode arr = (ArrayNode) node;
            for (int k = arr.size() - 1; k >= 0; k--) {
                if (arr.get(k) == HOLE) {
                    arr.remove(k);
                }
            }
            arr.values().forEach(FieldPath::compact);
        } else if (node.isObject()) {
            node.values().forEach(FieldPath::compact);
        }
    }
}
