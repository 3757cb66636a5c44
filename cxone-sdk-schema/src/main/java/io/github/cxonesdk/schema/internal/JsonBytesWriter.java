package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BinaryNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.FloatNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ShortNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes a {@link JsonNode} tree as compact UTF-8 JSON, byte for byte what
 * {@code CxoneJson.mapper().writeValueAsBytes(node)} writes, without the generator's set-up (about
 * 1.25× faster on a small mapping output, {@code JsonWriteBenchmark}): used by the tree routes of
 * {@code MappingEngine.map(byte[])} and for the values its byte route cannot write as bytes.
 *
 * <p>Objects, arrays, strings, {@code int}/{@code long}/{@code short}/{@code BigInteger}/{@code BigDecimal}
 * numbers, booleans and {@code null} are written here, with Jackson's escaping: {@code "} and
 * {@code \}, the control characters as {@code \b \t \n \f \r} or <code>&#92;u00XX</code> (upper-case hex),
 * unpaired surrogates as <code>&#92;uXXXX</code>, everything else as raw UTF-8. Other scalar nodes (doubles,
 * floats, binary, missing) are written by the mapper and spliced in. A tree holding any other node
 * (a POJO node, or a subclass of the above: types match by exact class, so an overridden
 * {@code serialize} is not second-guessed), or nested deeper than the mapper's write limit, is handed whole to the mapper,
 * so its limits and exceptions apply unchanged. Recursion is bounded by that limit (at most 1,000).
 *
 * <p>This class is thread-safe: each call writes to the caller's (or its own) {@link ByteSink}; nothing is shared or cached.
 */
public final class JsonBytesWriter {
    private static final int MAX_DEPTH = Math.min(1_000,
            CxoneJson.mapper().tokenStreamFactory().streamWriteConstraints().getMaxNestingDepth());
    /** The chunk of a string whose worst-case size (6 bytes a char) is reserved at once. */
    private static final int CHUNK = 2_048;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Per ASCII char: 0 = copy as is, -1 = <code>&#92;u00XX</code>, else the char after the backslash. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        Arrays.fill(ESCAPES, 0, 0x20, (byte) -1);
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private final ByteSink out;

    private JsonBytesWriter(ByteSink out) {
        this.out = out;
    }

    /**
     * Writes a tree as compact UTF-8 JSON, identical to {@code CxoneJson.mapper().writeValueAsBytes(node)}.
     *
     * @param node the tree
     * @return the JSON bytes
     * @throws tools.jackson.core.JacksonException where the mapper throws (for example a tree nested
     *         deeper than its limit)
     */
    public static byte[] write(JsonNode node) {
        ByteSink sink = new ByteSink(512);
        write(node, sink);
        return sink.toByteArray();
    }

    /**
     * Appends a tree as compact UTF-8 JSON to {@code sink}, as {@link #write(JsonNode)} writes it.
     *
     * @param node the tree
     * @param sink where to append
     * @throws tools.jackson.core.JacksonException where the mapper throws
     */
    public static void write(JsonNode node, ByteSink sink) {
        int start = sink.size();
        if (!new JsonBytesWriter(sink).value(node, 0)) {
            sink.setSize(start);
            sink.append(CxoneJson.mapper().writeValueAsBytes(node));
        }
    }

    /** Writes one value at container depth {@code depth}; {@code false} hands the whole tree to the mapper. */
    private boolean value(JsonNode node, int depth) {
        Class<?> type = node.getClass();
        if (type == StringNode.class) {
            string(node.stringValue()); // never null: StringNode rejects it
        } else if (type == ObjectNode.class) {
            return depth < MAX_DEPTH && object((ObjectNode) node, depth + 1);
        } else if (type == IntNode.class || type == ShortNode.class) {
            out.appendLong(node.intValue());
        } else if (type == DecimalNode.class) {
            out.appendAscii(node.decimalValue().toString());
        } else if (type == ArrayNode.class) {
            return depth < MAX_DEPTH && array((ArrayNode) node, depth + 1);
        } else if (type == BooleanNode.class) {
            out.appendAscii(node.booleanValue() ? "true" : "false");
        } else if (type == LongNode.class) {
            out.appendLong(node.longValue());
        } else if (type == NullNode.class) {
            out.appendAscii("null");
        } else if (type == BigIntegerNode.class) {
            out.appendAscii(node.bigIntegerValue().toString());
        } else if (type == DoubleNode.class || type == FloatNode.class || type == BinaryNode.class
                || type == MissingNode.class) {
            out.append(CxoneJson.mapper().writeValueAsBytes(node)); // a scalar: nothing nested, no depth to count
        } else {
            return false;
        }
        return true;
    }

    private boolean object(ObjectNode node, int depth) {
        out.append((byte) '{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!first) {
                        out.append((byte) ',');
            }
            first = false;
            string(e.getKey());
                out.append((byte) ':');
            if (!value(e.getValue(), depth)) {
                return false;
            }
        }
        out.append((byte) '}');
        return true;
    }

    private boolean array(ArrayNode node, int depth) {
        out.append((byte) '[');
        for (int i = 0, n = node.size(); i < n; i++) {
            if (i > 0) {
                        out.append((byte) ',');
            }
            if (!value(node.get(i), depth)) {
                return false;
            }
        }
        out.append((byte) ']');
        return true;
    }

    /** A quoted, escaped string; reserves 6 bytes a char (the longest escape) one chunk at a time. */
    private void string(String s) {
        int len = s.length();
        out.append((byte) '"');
        for (int i = 0; i < len; ) {
            int end = Math.min(len, i + CHUNK);
            out.reserve((end - i) * 6 + 8); // a pair may run one char past the chunk: 4 bytes
            i = chunk(s, i, end);
        }
        out.append((byte) '"');
    }

    /** Writes chars from {@code i} up to {@code end} (one more for a pair) and returns where it stopped. */
    private int chunk(String s, int i, int end) {
        byte[] b = out.buffer();
        int p = out.size();
        while (i < end) {
            char c = s.charAt(i++);
            if (c < 0x80) {
                byte esc = ESCAPES[c];
                if (esc == 0) {
                    b[p++] = (byte) c;
                } else {
                    b[p++] = '\\';
                    if (esc > 0) {
                        b[p++] = esc;
                    } else {
                        p = unicodeEscape(b, p + 1, c);
                    }
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
                int cp = Character.toCodePoint(c, s.charAt(i++));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = '\\';
                p = unicodeEscape(b, p + 1, c); // an unpaired surrogate, as Jackson writes it
            }
        }
        out.setSize(p);
        return i;
    }

    /** Writes {@code uXXXX} at {@code p - 1} (the backslash is already written) and returns the end. */
    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p - 1] = 'u';
        b[p] = HEX[c >> 12];
        b[p + 1] = HEX[(c >> 8) & 0xF];
        b[p + 2] = HEX[(c >> 4) & 0xF];
        b[p + 3] = HEX[c & 0xF];
        return p + 4;
    }

}
