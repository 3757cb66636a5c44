package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.schema.internal.ByteSink;
import io.github.cxonesdk.schema.internal.FieldPath;
import io.github.cxonesdk.schema.internal.JsonBytesWriter;
import io.github.cxonesdk.schema.internal.JsonScanner;
import io.github.cxonesdk.schema.internal.SourcePlan;
import io.github.cxonesdk.schema.internal.Span;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The fast route of {@link MappingEngine#map(byte[])}: finds the values the rules read with one
 * {@link JsonScanner} pass and writes the output bytes directly, building neither the input nor
 * the output tree. Copied strings and numbers are copied as bytes, and the built-in
 * {@code lowercase}, {@code uppercase} (on ASCII) and {@code divide} (an integer by an integer)
 * work on bytes; every other value goes through the rule's own node logic
 * ({@link CompiledRule#present}, {@link CompiledRule#missing}), so the output is byte for byte what
 * {@link MappingEngine#map(tools.jackson.databind.JsonNode)} gives, serialised. Fields appear in the
 * order a tree would hold them: by the first rule that wrote under them.
 *
 * <p>Only for engines whose targets are plain field names, none inside another, and which have a
 * {@link SourcePlan} and no target schema ({@link #compile} returns {@code null} otherwise).
 * Immutable and thread-safe.
 */
final class DirectMapper {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int COPY = 0;
    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIVIDE = 3;
    private static final int OTHER = 4;
    private static final int NONE = Integer.MAX_VALUE;
    /** Per word: added, sets the high bit of each byte at or above 'A' (first) or above 'Z' (second). */
    private static final long[] LOWER_LETTERS = {0x8080808080808080L - 0x4141414141414141L, 0x8080808080808080L - 0x5B5B5B5B5B5B5B5BL};
    /** The same for 'a' and 'z'. */
    private static final long[] UPPER_LETTERS = {0x8080808080808080L - 0x6161616161616161L, 0x8080808080808080L - 0x7B7B7B7B7B7B7B7BL};

    private final CompiledRule[] rules;
    private final SourcePlan plan;
    private final int[] slots;
    private final int[] fast;
    private final long[] divisors;
    private final int[] divisorDigits;
    private final byte[][] constants;
    private final Target root;
    private final Target[] postOrder;
    /** The bytes around each value when every rule writes one; null when the targets do not allow it. */
    private final Layout layout;
    private final boolean strict;
    private final ValuePolicy nulls;
    private final ValuePolicy empties;

    /** An output object field: its encoded {@code "name":}, and either children or the rules writing it. */
    private record Target(int id, byte[] key, Target[] children, int[] rules) {
    }

    private DirectMapper(List<CompiledRule> rules, SourcePlan plan, Target root, Target[] postOrder, boolean strict,
            ValuePolicy nulls, ValuePolicy empties) {
        int n = rules.size();
        this.rules = rules.toArray(new CompiledRule[0]);
        this.plan = plan;
        this.root = root;
        this.postOrder = postOrder;
        this.strict = strict;
        this.nulls = nulls;
        this.empties = empties;
        this.slots = new int[n];
        this.fast = new int[n];
        this.divisors = new long[n];
        this.divisorDigits = new int[n];
        this.constants = new byte[n][];
        for (int i = 0; i < n; i++) {
            CompiledRule r = this.rules[i];
            slots[i] = plan.slotOf(i);
            constants[i] = r.constant() == null ? null : bytes(r.constant());
            Transform t = r.transform();
            fast[i] = t == null ? COPY : t == TransformRegistry.LOWERCASE ? LOWER : t == TransformRegistry.UPPERCASE ? UPPER
                    : t == TransformRegistry.DIVIDE && integralDivisor(r.args(), i) ? DIVIDE : OTHER;
        }
        this.layout = Layout.of(rules.stream().map(r -> r.target().names()).toList(), constants);
    }

    /** The direct route for these rules, or {@code null} when a target has brackets or lies inside another target. */
    static DirectMapper compile(List<CompiledRule> rules, SourcePlan plan, boolean strict, ValuePolicy nulls, ValuePolicy empties) {
        Draft top = new Draft();
        for (int i = 0; i < rules.size(); i++) {
            FieldPath target = rules.get(i).target();
            if (target.hasBrackets()) {
                return null;
            }
            Draft d = top;
            for (String name : target.names()) {
                if (!d.rules.isEmpty()) {
                    return null;
                }
                d = d.children.computeIfAbsent(name, k -> new Draft());
            }
            if (!d.children.isEmpty()) {
                return null;
            }
            d.rules.add(i);
        }
        List<Target> order = new ArrayList<>();
        Target root = top.freeze(null, order);
        return new DirectMapper(rules, plan, root, order.toArray(new Target[0]), strict, nulls, empties);
    }

    /** Maps a payload; see {@link MappingEngine#map(byte[])}. */
    byte[] map(byte[] json) {
        int[] spans = plan.scan(json);
        if (layout != null) {
            byte[] out = inRuleOrder(json, spans);
            if (out != null) {
                return out;
            }
        }
        return inWriteOrder(json, spans);
    }

    /**
     * The common case: every rule writes a value, so the fields come in the order of the
     * {@link Layout}. Measures every value first, then writes them into an array of exactly that
     * size. Returns {@code null} as soon as a rule writes nothing or fails.
     */
    private byte[] inRuleOrder(byte[] json, int[] spans) {
        int n = layout.variables();
        int size = layout.size();
        byte[][] nodes = null;
        for (int j = 0; j < n; j++) {
            int i = layout.variable(j);
            int length = byteLength(i, json, spans);
            if (length < 0) {
                List<Violation> violations = new ArrayList<>(0);
                JsonNode node = nodeFor(i, json, spans, violations);
                if (node == null || !violations.isEmpty()) {
                    return null;
                }
                if (nodes == null) {
                    nodes = new byte[n][];
                }
                nodes[j] = bytes(node);
                length = nodes[j].length;
            }
            size += length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int j = 0; j < n; j++) {
            byte[] fixed = layout.fixed(j);
            at = ByteSink.put(fixed, 0, fixed.length, out, at);
            byte[] node = nodes == null ? null : nodes[j];
            at = node != null ? ByteSink.put(node, 0, node.length, out, at) : writeBytes(layout.variable(j), json, spans, out, at);
        }
        byte[] end = layout.fixed(n);
        ByteSink.put(end, 0, end.length, out, at);
        return out;
    }

    /** Any case: every rule's value first, then the fields in the order of the first rule that wrote under each. */
    private byte[] inWriteOrder(byte[] json, int[] spans) {
        int n = rules.length;
        ByteSink values = new ByteSink(256);
        int[] at = new int[n * 2];
        List<Violation> violations = new ArrayList<>(0);
        for (int i = 0; i < n; i++) {
            int start = values.size();
            int length = constants[i] != null ? constants[i].length : byteLength(i, json, spans);
            if (length >= 0) {
                byte[] room = values.reserve(length);
                values.setSize(constants[i] != null ? ByteSink.put(constants[i], 0, length, room, start)
                        : writeBytes(i, json, spans, room, start));
            } else {
                JsonNode node = nodeFor(i, json, spans, violations);
                if (node == null) {
                    start = -1;
                } else {
                    JsonBytesWriter.write(node, values);
                }
            }
            at[2 * i] = start;
            at[2 * i + 1] = values.size();
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException("payload mapping", violations);
        }
        int[] first = new int[postOrder.length];
        for (Target t : postOrder) {
            first[t.id] = firstPresent(t, first, at);
        }
        ByteSink out = new ByteSink(values.size() + 16 * n + 2);
        emit(root, first, at, values.buffer(), out);
        return out.toByteArray();
    }

    /**
     * The length of rule {@code i}'s value when a byte-level form applies ({@link #writeBytes}
     * then writes exactly that many bytes), or {@code -1} to go through nodes.
     */
    private int byteLength(int i, byte[] in, int[] spans) {
        int slot = slots[i];
        if (slot < 0) {
            return -1;
        }
        int from = spans[slot * 3];
        int to = spans[slot * 3 + 1];
        int kind = spans[slot * 3 + 2];
        boolean text = kind == Span.ASCII || kind == Span.UTF8;
        if (text && to - from == 2) {
            return -1; // empty: the empties policy decides
        }
        boolean bytes = switch (fast[i]) {
            case COPY -> verbatim(in, from, to, kind);
            case LOWER, UPPER -> kind == Span.ASCII;
            case DIVIDE -> kind == Span.INTEGER;
            default -> false;
        };
        if (!bytes) {
            return -1;
        }
        return fast[i] == DIVIDE ? DecimalText.quotient(in, from, to, divisors[i], divisorDigits[i], null, 0) : to - from;
    }

    /** Writes rule {@code i}'s value at {@code out[at]}, after {@link #byteLength} said how long it is; returns the position after it. */
    private int writeBytes(int i, byte[] in, int[] spans, byte[] out, int at) {
        int slot = slots[i];
        int from = spans[slot * 3];
        int to = spans[slot * 3 + 1];
        return switch (fast[i]) {
            case LOWER -> changeCase(in, from, to, LOWER_LETTERS, out, at);
            case UPPER -> changeCase(in, from, to, UPPER_LETTERS, out, at);
            case DIVIDE -> DecimalText.quotient(in, from, to, divisors[i], divisorDigits[i], out, at);
            default -> ByteSink.put(in, from, to, out, at);
        };
    }

    /** Whether a value's text is what its node writes: strings, booleans, integers but {@code -0}, plain decimals. */
    private static boolean verbatim(byte[] in, int from, int to, int kind) {
        return switch (kind) {
            case Span.ASCII, Span.UTF8, Span.TRUE, Span.FALSE -> true;
            case Span.INTEGER -> !(to - from == 2 && in[from] == '-' && in[from + 1] == '0');
            case Span.DECIMAL -> DecimalText.plainDecimal(in, from, to);
            default -> false;
        };
    }

    /**
     * Copies a quoted ASCII string to {@code out[at]}, changing the case of its letters as
     * {@code toLowerCase/toUpperCase(Locale.ROOT)} would, eight bytes at a time;
     * {@code letters} is {@link #LOWER_LETTERS} or {@link #UPPER_LETTERS}. Returns the position
     * after it.
     */
    private static int changeCase(byte[] in, int from, int to, long[] letters, byte[] out, int at) {
        int n = to - from;
        if (n < 8) {
            for (int k = 0; k < n; k++) {
                out[at + k] = flip(in[from + k], letters);
            }
            return at + n;
        }
        long below = letters[0];
        long above = letters[1];
        for (int k = 0; k < n - 8; k += 8) {
            LONGS.set(out, at + k, flip((long) LONGS.get(in, from + k), below, above));
        }
        // the last word overlaps the one before: flipped from the source again, so the same bytes
        LONGS.set(out, at + n - 8, flip((long) LONGS.get(in, to - 8), below, above));
        return at + n;
    }

    private static long flip(long w, long below, long above) {
        return w ^ ((w + below & ~(w + above)) & 0x8080808080808080L) >>> 2;
    }

    private static byte flip(byte c, long[] letters) {
        return (byte) flip(c & 0xFFL, letters[0], letters[1]);
    }

    /** Rule {@code i}'s value through its node logic; {@code null} for nothing. */
    private JsonNode nodeFor(int i, byte[] in, int[] spans, List<Violation> violations) {
        CompiledRule r = rules[i];
        JsonNode v = slots[i] < 0 ? null : Span.node(in, spans, slots[i]);
        if (v == null) {
            return r.missing(r.source().toString(), strict, violations, true);
        }
        return r.present(v, r.source(), nulls, empties, violations);
    }

    private static int firstPresent(Target t, int[] first, int[] at) {
        if (t.rules != null) {
            for (int r : t.rules) {
                if (at[2 * r] >= 0) {
                    return r;
                }
            }
            return NONE;
        }
        int min = NONE;
        for (Target c : t.children) {
            min = Math.min(min, first[c.id]);
        }
        return min;
    }

    private static void emit(Target t, int[] first, int[] at, byte[] values, ByteSink out) {
        out.append((byte) '{');
        Target[] children = inWriteOrder(t.children, first);
        boolean comma = false;
        for (Target c : children) {
            if (first[c.id] == NONE) {
                continue;
            }
            if (comma) {
                out.append((byte) ',');
            }
            comma = true;
            out.append(c.key);
            if (c.rules == null) {
                emit(c, first, at, values, out);
            } else {
                int r = lastPresent(c.rules, at);
                out.append(values, at[2 * r], at[2 * r + 1]);
            }
        }
        out.append((byte) '}');
    }

    /** The children by the first rule that wrote under each (their compiled order unless a rule wrote nothing). */
    private static Target[] inWriteOrder(Target[] children, int[] first) {
        int last = -1;
        for (Target c : children) {
            int f = first[c.id];
            if (f != NONE) {
                if (f < last) {
                    Target[] sorted = children.clone();
                    Arrays.sort(sorted, (a, b) -> Integer.compare(first[a.id], first[b.id]));
                    return sorted;
                }
                last = f;
            }
        }
        return children;
    }

    private static int lastPresent(int[] rules, int[] at) {
        for (int k = rules.length - 1; k >= 0; k--) {
            if (at[2 * rules[k]] >= 0) {
                return rules[k];
            }
        }
        throw new IllegalStateException("no rule wrote this field");
    }

    private boolean integralDivisor(List<JsonNode> args, int i) {
        if (args.isEmpty() || !args.get(0).isNumber()) {
            return false;
        }
        BigDecimal d = args.get(0).decimalValue();
        if (d.signum() == 0 || d.scale() > 0 || d.precision() - d.scale() >= 19) {
            return false;
        }
        divisors[i] = d.longValue();
        divisorDigits[i] = TransformRegistry.powerOfTen(divisors[i]);
        return true;
    }

    private static byte[] bytes(JsonNode node) {
        return JsonBytesWriter.write(node);
    }

    /** A mutable target trie node while compiling. */
    private static final class Draft {
        final Map<String, Draft> children = new LinkedHashMap<>();
        final List<Integer> rules = new ArrayList<>();

        Target freeze(String name, List<Target> postOrder) {
            Target[] kids = new Target[children.size()];
            int k = 0;
            for (Map.Entry<String, Draft> e : children.entrySet()) {
                kids[k++] = e.getValue().freeze(e.getKey(), postOrder);
            }
            byte[] key = null;
            if (name != null) {
                byte[] quoted = bytes(StringNode.valueOf(name));
                key = Arrays.copyOf(quoted, quoted.length + 1);
                key[quoted.length] = ':';
            }
            Target t = new Target(postOrder.size(), key, rules.isEmpty() ? kids : null,
                    rules.isEmpty() ? null : rules.stream().mapToInt(Integer::intValue).toArray());
            postOrder.add(t);
            return t;
        }
    }
}
