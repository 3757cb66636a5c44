package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import tools.jackson.core.StreamReadConstraints;

/**
 * Reads UTF-8 JSON once, front to back, validating all of it (RFC 8259, strict UTF-8, Jackson's
 * default limits: nesting depth, number and name length) and keeping only the values a
 * {@link SourcePlan} names: everything else is checked and skipped without building anything. Linear
 * in the input; recursion is bounded by the nesting limit.
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
        p = plan == null ? s.skip(p, 0) : s.value(p, plan.root(), 0);
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
        if (n == null) {
            return skip(p, depth);
        }
        if (n.parent) {
            // a duplicate key replaces what an earlier value of the same key held, as in a parsed tree
            Arrays.fill(spans, n.slotFrom * 3, n.slotTo * 3, 0);
        }
        byte c = in[p];
        int after;
        int kind;
        if (c == '{' && n.hasNames()) {
            after = object(p, n, depth + 1);
            kind = Span.OBJECT;
        } else if (c == '[' && n.hasIndices()) {
            after = array(p, n, depth + 1);
            kind = Span.ARRAY;
        } else if (n.slot < 0) {
            return skip(p, depth);
        } else {
            after = skip(p, depth);
            kind = kind(c);
        }
        if (n.slot >= 0) {
            int at = n.slot * 3;
            spans[at] = p;
            spans[at + 1] = after;
            spans[at + 2] = kind;
        }
        return after;
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
            case '{' -> object(p, null, depth + 1);
            case '[' -> array(p, null, depth + 1);
            case 't' -> literal(p, "true");
            case 'f' -> literal(p, "false");
            case 'n' -> literal(p, "null");
            default -> number(p);
        };
    }

    private int object(int p, SourcePlan.Node n, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(p, "nesting deeper than " + MAX_DEPTH);
        }
        byte[] b = in;
        p = ws(p + 1);
        if (p < end && b[p] == '}') {
            return p + 1;
        }
        while (true) {
            if (p >= end || b[p] != '"') {
                throw error(p, "expected a field name");
            }
            int keyEnd = string(p, MAX_NAME);
            SourcePlan.Node child = n == null ? null : kind == Span.ESCAPED ? n.child(ValueReader.decode(b, p + 1, keyEnd - 1)) : n.child(b, p + 1, keyEnd - 1);
            p = ws(keyEnd);
            if (p >= end || b[p] != ':') {
                throw error(p, "expected ':' after a field name");
            }
            p = ws(p + 1);
            if (p >= end) {
                throw error(p, "unexpected end of input");
            }
            p = ws(child == null ? skip(p, depth) : value(p, child, depth));
            if (p < end && b[p] == ',') {
                p = ws(p + 1);
            } else if (p < end && b[p] == '}') {
                return p + 1;
            } else {
                throw error(p, "expected ',' or '}' in an object");
            }
        }
    }

    private int array(int p, SourcePlan.Node n, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(p, "nesting deeper than " + MAX_DEPTH);
        }
        byte[] b = in;
        p = ws(p + 1);
        if (p < end && b[p] == ']') {
            return p + 1;
        }
        for (int k = 0; ; k++) {
            if (p >= end) {
                throw error(p, "unexpected end of input");
            }
            SourcePlan.Node child = n == null ? null : n.child(k);
            p = ws(child == null ? skip(p, depth) : value(p, child, depth));
            if (p < end && b[p] == ',') {
                p = ws(p + 1);
            } else if (p < end && b[p] == ']') {
                return p + 1;
            } else {
                throw error(p, "expected ',' or ']' in an array");
            }
        }
    }

    /**
     * Scans a string whose opening quote is at {@code p}; returns the position after the closing
     * quote and sets {@link #kind}. Eight bytes at a time while none is special.
     */
    private int string(int p, int maxLength) {
        byte[] b = in;
        int e = end;
        int from = ++p;
        int k = Span.ASCII;
        while (true) {
            if (p + 8 <= e) {
                long special = specials((long) LONGS.get(b, p));
                if (special == 0) {
                    p += 8;
                    continue;
                }
                p += Long.numberOfTrailingZeros(special) >>> 3;
            } else {
                while (p < e && PLAIN[b[p] & 0xFF]) {
                    p++;
                }
                if (p >= e) {
                    throw error(p, "unterminated string");
                }
            }
            int c = b[p] & 0xFF;
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                k = Span.ESCAPED;
                p = escape(p);
            } else if (c < 0x20) {
                throw error(p, "control character 0x" + Integer.toHexString(c) + " in a string (escape it)");
            } else {
                k = Math.max(k, Span.UTF8);
                p = utf8(p, c);
            }
        }
        if (p - from > maxLength) {
            throw error(from, "string longer than " + maxLength);
        }
        kind = k;
        return p + 1;
    }

    /**
     * The high bit of each byte of {@code w} (little-endian) that is {@code "}, {@code \\}, below
     * 0x20 or above 0x7F; the lowest one set is exact (borrows only run upwards).
     */
    private static long specials(long w) {
        long quote = w ^ 0x2222222222222222L;
        long slash = w ^ 0x5C5C5C5C5C5C5C5CL;
        return (quote - ONES & ~quote | slash - ONES & ~slash | w - 0x2020202020202020L & ~w | w) & HIGH;
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
        int from = p;
        if (p < end && b[p] == '-') {
            p++;
        }
        int intFrom = p;
        if (p < end && b[p] == '0') {
            p++;
            if (p < end && b[p] >= '0' && b[p] <= '9') {
                throw error(p, "leading zeros are not allowed");
            }
        } else if (p < end && b[p] >= '1' && b[p] <= '9') {
            p = digits(p);
        } else {
            throw error(p, p == from ? "expected a value" : "expected a digit after '-'");
        }
        if (p - intFrom > MAX_NUMBER) {
            throw error(from, "number longer than " + MAX_NUMBER + " digits");
        }
        boolean fraction = false;
        if (p < end && b[p] == '.') {
            p = digits(requireDigit(p + 1, "after '.'"));
            fraction = true;
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int expFrom = p;
            p = digits(requireDigit(p, "in the exponent"));
            fraction = true;
            if (p - expFrom >= 10 && !ValueReader.exponentInRange(b, from, p)) {
                throw error(from, "number out of range");
            }
        }
        if (fraction && p - from > MAX_NUMBER) {
            throw error(from, "number longer than " + MAX_NUMBER + " characters");
        }
        kind = fraction ? Span.DECIMAL : Span.INTEGER;
        return p;
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
