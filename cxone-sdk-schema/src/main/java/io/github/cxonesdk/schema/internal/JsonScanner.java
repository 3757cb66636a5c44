package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import tools.jackson.core.StreamReadConstraints;

/**
 * Reads UTF-8 JSON once, front to back, validating all of it (RFC 8259, strict UTF-8, Jackson's
 * default limits: nesting depth, number and name length) and recording where the values a
 * {@link SourcePlan} names are (byte ranges and {@link Span} kinds): everything is checked, nothing is
 * built. Strings are checked eight bytes at a time. Linear in the input; recursion is bounded by the
 * nesting limit.
 *
 * <p>Accepts exactly what {@code CxoneJson.mapper().readTree(bytes)} accepts, except that it is
 * stricter about invalid UTF-8 (Jackson lets some overlong and out-of-range sequences through in
 * string values); a document is exactly one value, after an optional byte order mark.
 *
 * <p>One instance per scan; not thread-safe (use {@link #scan}).
 */
public final class JsonScanner {
    private static final StreamReadConstraints LIMITS = CxoneJson.mapper().tokenStreamFactory().streamReadConstraints();
    private static final int MAX_DEPTH = LIMITS.getMaxNestingDepth();
    private static final int MAX_NUMBER = LIMITS.getMaxNumberLength();
    private static final int MAX_NAME = LIMITS.getMaxNameLength();
    private static final int MAX_STRING = LIMITS.getMaxStringLength();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    /** Bytes that may appear in a string as they are: printable ASCII except {@code "} and {@code \}. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private final byte[] in;
    private final int end;
    private final int[] spans;
    /** The {@link Span} kind of the last string or number scanned. */
    private int kind;
    /** The {@link SourcePlan.Node#bit bits} of the parent nodes entered so far. */
    private long entered;

    private JsonScanner(byte[] in, int end, int[] spans) {
        this.in = in;
        this.end = end;
        this.spans = spans;
    }

    /**
     * Validates {@code in[from, to)} and records where the value at the end of each planned path is:
     * for slot {@code i}, {@code spans[3i]} and {@code spans[3i + 1]} are its first and end offsets
     * and {@code spans[3i + 2]} its {@link Span} kind ({@link Span#ABSENT} where the path does not
     * resolve). {@code spans} must hold {@code 3 * plan.slots()} zeros.
     *
     * @throws MalformedJsonException naming the byte offset and the problem
     */
    public static void scan(byte[] in, int from, int to, SourcePlan plan, int[] spans) {
        JsonScanner s = new JsonScanner(in, to, spans);
        int p = from;
        if (to - from >= 3 && in[from] == (byte) 0xEF && in[from + 1] == (byte) 0xBB && in[from + 2] == (byte) 0xBF) {
            p += 3;
        }
        p = s.whitespace(p);
        if (p == to) {
            throw error(p, "no JSON value");
        }
        p = plan == null || plan.slots() == 0 ? s.skip(p, 0) : s.value(p, plan.root(), 0);
        p = s.whitespace(p);
        if (p != to) {
            throw error(p, "unexpected content after the JSON value");
        }
    }

    /** Validates {@code in} as one JSON document. */
    public static void validate(byte[] in) {
        scan(in, 0, in.length, null, new int[0]);
    }

    /** Reads the value at {@code p} for trie node {@code n}; returns the position after it. */
    private int value(int p, SourcePlan.Node n, int depth) {
        if (n.parent) {
            return enter(p, n, depth);
        }
        // a leaf: paths end here, so it has a slot
        byte c = in[p];
        int after = member(p, depth);
        record(n.slot, p, after, kind(c));
        return after;
    }

    /** The value of a node paths continue below: entered when it is a container they can go into. */
    private int enter(int p, SourcePlan.Node n, int depth) {
        // a duplicate key replaces what an earlier value of the same key held, as in a parsed tree;
        // on the first entry there is nothing to clear
        if ((entered & n.bit) != 0 || n.bit == 0) {
            Arrays.fill(spans, n.slotFrom * 3, n.slotTo * 3, 0);
        }
        entered |= n.bit;
        byte c = in[p];
        int after;
        int kind;
        if (c == '{' && n.hasNames()) {
            after = object(p, n, depth + 1);
            kind = Span.OBJECT;
        } else if (c == '[' && n.hasIndices()) {
            after = array(p, n, depth + 1);
            kind = Span.ARRAY;
        } else {
            after = skip(p, depth);
            kind = kind(c);
        }
        if (n.slot >= 0) {
            record(n.slot, p, after, kind);
        }
        return after;
    }

    private void record(int slot, int from, int to, int kind) {
        int at = slot * 3;
        spans[at] = from;
        spans[at + 1] = to;
        spans[at + 2] = kind;
    }

    /** The kind of the value just skipped, which starts with {@code c}. */
    private int kind(byte c) {
        return switch (c) {
            case '"' -> kind;
            case '{' -> Span.OBJECT;
            case '[' -> Span.ARRAY;
            case 't' -> Span.TRUE;
            case 'f' -> Span.FALSE;
            case 'n' -> Span.NULL;
            default -> kind;
        };
    }

    private int skip(int p, int depth) {
        return switch (in[p]) {
            case '"' -> string(p, MAX_STRING);
            case '{' -> skipObject(p, depth + 1);
            case '[' -> skipArray(p, depth + 1);
            case 't' -> literal(p, "true");
            case 'f' -> literal(p, "false");
            case 'n' -> literal(p, "null");
            default -> number(p);
        };
    }

    /** A value no path continues below: a string read here, without the call through {@link #skip} (which does not inline into itself). */
    private int member(int p, int depth) {
        return in[p] == '"' ? string(p, MAX_STRING) : skip(p, depth);
    }

    /** An object no path enters: validated only (the common case, kept apart from {@link #object} to stay small). */
    private int skipObject(int p, int depth) {
        p = open(p, depth, '}');
        while (p >= 0) {
            p = next(member(colon(string(fieldName(p), MAX_NAME)), depth), '}');
        }
        return -p;
    }

    private int skipArray(int p, int depth) {
        p = open(p, depth, ']');
        while (p >= 0) {
            p = next(member(p, depth), ']');
        }
        return -p;
    }

    /** An object some paths enter: each key is looked up in the trie node. */
    private int object(int p, SourcePlan.Node n, int depth) {
        p = open(p, depth, '}');
        while (p >= 0) {
            int keyEnd = string(fieldName(p), MAX_NAME);
            SourcePlan.Node child = kind == Span.ESCAPED ? n.child(ValueReader.decode(in, p + 1, keyEnd - 1)) : n.child(in, p + 1, keyEnd - 1);
            p = colon(keyEnd);
            p = next(child != null ? value(p, child, depth) : member(p, depth), '}');
        }
        return -p;
    }

    private int array(int p, SourcePlan.Node n, int depth) {
        p = open(p, depth, ']');
        for (int k = 0; p >= 0; k++) {
            SourcePlan.Node child = n.child(k);
            p = next(child == null ? skip(p, depth) : value(p, child, depth), ']');
        }
        return -p;
    }

    /**
     * Enters a container at {@code p}: the position of its first member, or, for an empty one,
     * minus the position after its end.
     */
    private int open(int p, int depth, char close) {
        if (depth > MAX_DEPTH) {
            throw error(p, "nesting deeper than " + MAX_DEPTH);
        }
        p = ws(p + 1);
        if (p >= end) {
            throw error(p, "unexpected end of input");
        }
        return in[p] == close ? -(p + 1) : p;
    }

    /** After a member: the position of the next one, or minus the position after {@code close}. */
    private int next(int p, char close) {
        if (p + 1 < end) {
            // compact JSON: the separator or the end right after the value
            byte c = in[p];
            if (c == ',' && in[p + 1] > ' ') {
                return p + 1;
            }
            if (c == close) {
                return -(p + 1);
            }
        }
        return nextSpaced(p, close);
    }

    private int nextSpaced(int p, char close) {
        p = ws(p);
        if (p < end) {
            byte c = in[p];
            if (c == ',') {
                p = ws(p + 1);
                if (p >= end) {
                    throw error(p, "unexpected end of input");
                }
                return p;
            }
            if (c == close) {
                return -(p + 1);
            }
        }
        throw error(p, "expected ',' or '" + close + "'");
    }

    private int fieldName(int p) {
        if (in[p] != '"') {
            throw error(p, "expected a field name");
        }
        return p;
    }

    /** After a field name: the position of its value. */
    private int colon(int p) {
        if (p + 1 < end && in[p] == ':' && in[p + 1] > ' ') {
            return p + 1; // compact JSON
        }
        p = ws(p);
        if (p >= end || in[p] != ':') {
            throw error(p, "expected ':' after a field name");
        }
        p = ws(p + 1);
        if (p >= end) {
            throw error(p, "unexpected end of input");
        }
        return p;
    }

    /**
     * Scans a string whose opening quote is at {@code p}; returns the position after the closing
     * quote and sets {@link #kind}. Eight bytes at a time while none is special; a string of plain
     * ASCII never leaves this method.
     */
    private int string(int p, int maxLength) {
        byte[] b = in;
        int e = end;
        int q = p + 1;
        while (q + 8 <= e) {
            long special = specials((long) LONGS.get(b, q));
            if (special != 0) {
                q += Long.numberOfTrailingZeros(special) >>> 3;
                if (b[q] == '"' && q - p <= maxLength) {
                    kind = Span.ASCII;
                    return q + 1;
                }
                break;
            }
            q += 8;
        }
        return stringRest(p, q, maxLength);
    }

    /** The rest of a string from {@code q} on: escapes, multi-byte UTF-8, the last bytes of the input, errors. */
    private int stringRest(int p, int q, int maxLength) {
        byte[] b = in;
        int e = end;
        int k = Span.ASCII;
        while (true) {
            while (q < e && PLAIN[b[q] & 0xFF]) {
                q++;
            }
            if (q >= e) {
                throw error(q, "unterminated string");
            }
            int c = b[q] & 0xFF;
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                k = Span.ESCAPED;
                q = escape(q);
            } else if (c < 0x20) {
                throw error(q, "control character 0x" + Integer.toHexString(c) + " in a string (escape it)");
            } else {
                k = Math.max(k, Span.UTF8);
                q = utf8(q, c);
            }
        }
        if (q - p - 1 > maxLength) {
            throw error(p + 1, "string longer than " + maxLength);
        }
        kind = k;
        return q + 1;
    }

    /**
     * A nonzero word when some byte of {@code w} (little-endian) is {@code "}, {@code \\}, below
     * 0x20 or above 0x7F, whose lowest set high bit marks the first such byte. The usual
     * {@code & ~x} of the zero-byte test is left out: without it the only extra bytes flagged are
     * those above 0x7F, which are special anyway, and a borrow only starts at a special byte and
     * only runs upwards, so the lowest flag stays exact.
     */
    private static long specials(long w) {
        long quote = w ^ 0x2222222222222222L;
        long slash = w ^ 0x5C5C5C5C5C5C5C5CL;
        return (quote - ONES | slash - ONES | w - 0x2020202020202020L | w) & HIGH;
    }

    private int escape(int p) {
        if (p + 1 >= end) {
            throw error(p, "unterminated string");
        }
        switch (in[p + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return p + 2;
            }
            case 'u' -> {
                for (int i = 2; i < 6; i++) {
                    if (p + i >= end || Character.digit(in[p + i], 16) < 0) {
                        throw error(p, "expected four hex digits after \\u");
                    }
                }
                return p + 6;
            }
            default -> throw error(p, "invalid escape");
        }
    }

    /** Checks one multi-byte UTF-8 sequence strictly (no overlong forms, surrogates or values above U+10FFFF). */
    private int utf8(int p, int lead) {
        int n;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 1;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 2;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 3;
            min = 0x10000;
        } else {
            throw error(p, "invalid UTF-8 start byte 0x" + Integer.toHexString(lead));
        }
        int cp = lead & (0x3F >> n);
        for (int i = 1; i <= n; i++) {
            if (p + i >= end || (in[p + i] & 0xC0) != 0x80) {
                throw error(p, "invalid UTF-8 continuation byte");
            }
            cp = cp << 6 | in[p + i] & 0x3F;
        }
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            throw error(p, "invalid UTF-8 sequence (overlong, surrogate or above U+10FFFF)");
        }
        return p + n + 1;
    }

    /** Scans a number at {@code p}; returns the position after it and sets {@link #kind}. */
    private int number(int p) {
        byte[] b = in;
        int q = p;
        if (q < end && b[q] == '-') {
            q++;
        }
        int intFrom = q;
        if (q < end && b[q] == '0') {
            q++;
            if (q < end && b[q] >= '0' && b[q] <= '9') {
                throw error(q, "leading zeros are not allowed");
            }
        } else if (q < end && b[q] >= '1' && b[q] <= '9') {
            q = digits(q);
        } else {
            throw error(q, q == p ? "expected a value" : "expected a digit after '-'");
        }
        if (q - intFrom > MAX_NUMBER) {
            throw error(p, "number longer than " + MAX_NUMBER + " digits");
        }
        if (q < end && (b[q] == '.' || b[q] == 'e' || b[q] == 'E')) {
            return decimal(p, q);
        }
        kind = Span.INTEGER;
        return q;
    }

    /** The fraction and exponent of a number whose integer part ends at {@code q}. */
    private int decimal(int from, int q) {
        byte[] b = in;
        if (b[q] == '.') {
            q = digits(requireDigit(q + 1, "after '.'"));
        }
        if (q < end && (b[q] == 'e' || b[q] == 'E')) {
            q++;
            if (q < end && (b[q] == '+' || b[q] == '-')) {
                q++;
            }
            int expFrom = q;
            q = digits(requireDigit(q, "in the exponent"));
            if (q - expFrom >= 10 && !ValueReader.exponentInRange(b, from, q)) {
                throw error(from, "number out of range");
            }
        }
        if (q - from > MAX_NUMBER) {
            throw error(from, "number longer than " + MAX_NUMBER + " characters");
        }
        kind = Span.DECIMAL;
        return q;
    }

    private int digits(int p) {
        while (p < end && in[p] >= '0' && in[p] <= '9') {
            p++;
        }
        return p;
    }

    private int requireDigit(int p, String where) {
        if (p >= end || in[p] < '0' || in[p] > '9') {
            throw error(p, "expected a digit " + where);
        }
        return p;
    }

    private int literal(int p, String word) {
        int n = word.length();
        if (end - p < n) {
            throw error(p, "expected a value");
        }
        for (int i = 0; i < n; i++) {
            if (in[p + i] != word.charAt(i)) {
                throw error(p, "expected a value");
            }
        }
        return p + n;
    }

    /** Skips white space; the common case (none) without a loop. */
    private int ws(int p) {
        return p < end && in[p] <= ' ' ? whitespace(p) : p;
    }

    private int whitespace(int p) {
        byte[] b = in;
        while (p < end) {
            byte c = b[p];
            if (c > ' ' || c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return p;
            }
            p++;
        }
        return p;
    }

    private static MalformedJsonException error(int offset, String problem) {
        return new MalformedJsonException(offset, problem);
    }

    /** Malformed input: where and what, never the input itself. */
    public static final class MalformedJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        MalformedJsonException(int offset, String problem) {
            super("malformed JSON at byte " + offset + ": " + problem);
            this.offset = offset;
        }

        /** The byte offset in the input where the problem is. */
        public int offset() {
            return offset;
        }
    }
}
