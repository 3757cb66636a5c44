package io.github.cxonesdk.schema.internal;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Test helper: seeded random JSON documents as text, made to hit what a byte-level reader gets
 * wrong: duplicate and escaped keys, escapes of every kind (lone surrogates too), raw multi-byte
 * UTF-8, number forms at the int/long/BigInteger boundaries, exponents, messy whitespace; and
 * random byte mutations of them (mostly malformed).
 */
public final class RandomJsonText {
    static final String[] KEYS = {"a", "b", "c", "name", "x", "a\\u0062", "ab", "\\u00e9", "é", "id", "v", "items", "callDuration",
        "callDuratioN", "aVeryLongFieldNameIndeed", "aVeryLongFieldNameIndeeD", "a\\u0000b", "abcdefgh", "abcdefgH", "abcdefghi"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "123456", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
        "1.5", "1.50", "-0.0", "0.000001", "1e2", "1E+2", "2.5e-3", "-1.0E10", "183500", "12500", "3.14159", "1e400"};
    private static final String[] STRING_PARTS = {"a", "Ada", " ", "Lovelace@Example.com", "\\n", "\\t", "\\\"", "\\\\", "\\/",
        "\\u00e9", "\\uD83D\\uDE00", "\\uD800", "\\uDC00x", "é", "€", "😀", "日本", "\\b\\f\\r", "", "BILLING_tier2", "  x  "};
    private static final String[] WHITESPACE = {"", "", "", " ", "\n", "\t", "\r\n  "};
    private static final byte[] MUTATIONS = "{}[],:\"\\ 0123456789-+.eEtrufalsn\u0001".getBytes(StandardCharsets.ISO_8859_1);

    private final Random random;

    public RandomJsonText(long seed) {
        this.random = new Random(seed);
    }

    /** A random well-formed document whose root is an object. */
    public String document() {
        StringBuilder sb = new StringBuilder();
        object(sb, 0);
        return ws() + sb + ws();
    }

    /** The bytes of a document with one to three random byte edits (deletions, insertions, replacements). */
    public byte[] mutated(String document) {
        byte[] b = document.getBytes(StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            byte with = MUTATIONS[random.nextInt(MUTATIONS.length)];
            switch (random.nextInt(3)) {
                case 0 -> b = splice(b, at, 1, new byte[0]);
                case 1 -> b = splice(b, at, 0, new byte[] {with});
                default -> b[at] = with;
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private void value(StringBuilder sb, int depth) {
        int kind = random.nextInt(depth > 4 ? 5 : 7);
        switch (kind) {
            case 0, 1 -> string(sb);
            case 2 -> sb.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 3 -> sb.append(random.nextBoolean() ? "true" : "false");
            case 4 -> sb.append("null");
            case 5 -> object(sb, depth + 1);
            default -> array(sb, depth + 1);
        }
    }

    private void object(StringBuilder sb, int depth) {
        sb.append('{').append(ws());
        int n = random.nextInt(depth == 0 ? 8 : 4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(ws()).append(',').append(ws());
            }
            sb.append('"').append(KEYS[random.nextInt(KEYS.length)]).append('"').append(ws()).append(':').append(ws());
            value(sb, depth);
        }
        sb.append(ws()).append('}');
    }

    private void array(StringBuilder sb, int depth) {
        sb.append('[').append(ws());
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(ws()).append(',').append(ws());
            }
            value(sb, depth);
        }
        sb.append(ws()).append(']');
    }

    private void string(StringBuilder sb) {
        sb.append('"');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(STRING_PARTS[random.nextInt(STRING_PARTS.length)]);
        }
        sb.append('"');
    }

    private String ws() {
        return WHITESPACE[random.nextInt(WHITESPACE.length)];
    }
}
