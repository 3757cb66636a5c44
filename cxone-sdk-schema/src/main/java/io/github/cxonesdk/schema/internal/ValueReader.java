package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns values the {@link JsonScanner} has already validated into the same nodes
 * {@code CxoneJson.mapper().readTree} builds: integers as int, long or BigInteger nodes by size,
 * other numbers as exact decimals, strings decoded. Stateless and thread-safe.
 */
final class ValueReader {
    static final JsonNode TRUE = BooleanNode.TRUE;
    static final JsonNode FALSE = BooleanNode.FALSE;
    static final JsonNode NULL = NullNode.getInstance();

    private ValueReader() {
    }

    /** A string node for the validated content between the quotes. */
    static JsonNode string(byte[] in, int from, int to, boolean complex) {
        return StringNode.valueOf(complex ? decode(in, from, to) : new String(in, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** Decodes validated string content: UTF-8 runs and escapes ({@code \}{@code uXXXX} surrogates kept as they are). */
    static String decode(byte[] in, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int run = from;
        int p = from;
        while (p < to) {
            if (in[p] != '\\') {
                p++;
                continue;
            }
            sb.append(new String(in, run, p - run, StandardCharsets.UTF_8));
            byte c = in[p + 1];
            switch (c) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append((char) Integer.parseInt(new String(in, p + 2, 4, StandardCharsets.ISO_8859_1), 16));
                default -> sb.append((char) c);
            }
            p += c == 'u' ? 6 : 2;
            run = p;
        }
        return sb.append(new String(in, run, to - run, StandardCharsets.UTF_8)).toString();
    }

    /** A number node for validated number text. */
    static JsonNode number(byte[] in, int from, int to, boolean fraction) {
        if (fraction) {
            return DecimalNode.valueOf(new BigDecimal(ascii(in, from, to)));
        }
        boolean negative = in[from] == '-';
        int digits = to - from - (negative ? 1 : 0);
        if (digits <= 18) {
            long v = 0;
            for (int i = negative ? from + 1 : from; i < to; i++) {
                v = v * 10 + (in[i] - '0');
            }
            v = negative ? -v : v;
            return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
        }
        BigInteger big = new BigInteger(ascii(in, from, to));
        return big.bitLength() < 64 ? LongNode.valueOf(big.longValue()) : BigIntegerNode.valueOf(big);
    }

    /** Whether a number with a long exponent is within {@link BigDecimal}'s range (Jackson rejects it otherwise). */
    static boolean exponentInRange(byte[] in, int from, int to) {
        try {
            new BigDecimal(ascii(in, from, to));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A validated object or array, read by Jackson. */
    static JsonNode container(byte[] in, int from, int to) {
        return CxoneJson.mapper().readTree(in, from, to - from);
    }

    private static String ascii(byte[] in, int from, int to) {
        return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
