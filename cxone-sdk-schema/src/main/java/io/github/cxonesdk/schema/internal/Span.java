package io.github.cxonesdk.schema.internal;

import tools.jackson.databind.JsonNode;

/**
 * The kinds of value {@link JsonScanner} records for a planned path, and the one way to turn a
 * recorded span back into the node {@code CxoneJson.mapper().readTree} would have built.
 * Stateless and thread-safe.
 */
public final class Span {
    /** The path does not resolve. */
    public static final int ABSENT = 0;
    /** A string of printable ASCII without escapes: its bytes are its characters. */
    public static final int ASCII = 1;
    /** A string without escapes, with multi-byte UTF-8. */
    public static final int UTF8 = 2;
    /** A string with at least one escape. */
    public static final int ESCAPED = 3;
    /** A number without fraction or exponent. */
    public static final int INTEGER = 4;
    /** A number with a fraction or exponent. */
    public static final int DECIMAL = 5;
    /** {@code true}. */
    public static final int TRUE = 6;
    /** {@code false}. */
    public static final int FALSE = 7;
    /** {@code null}. */
    public static final int NULL = 8;
    /** An object. */
    public static final int OBJECT = 9;
    /** An array. */
    public static final int ARRAY = 10;

    private Span() {
    }

    /**
     * The node for slot {@code slot} of a scan ({@code null} when absent).
     *
     * @param in the scanned bytes
     * @param spans the spans the scan recorded
     * @param slot the slot
     * @return the value as a tree node
     */
    public static JsonNode node(byte[] in, int[] spans, int slot) {
        int at = slot * 3;
        int from = spans[at];
        int to = spans[at + 1];
        return switch (spans[at + 2]) {
            case ABSENT -> null;
            case ASCII, UTF8, ESCAPED -> ValueReader.string(in, from + 1, to - 1, spans[at + 2] != ASCII);
            case INTEGER -> ValueReader.number(in, from, to, false);
            case DECIMAL -> ValueReader.number(in, from, to, true);
            case TRUE -> ValueReader.TRUE;
            case FALSE -> ValueReader.FALSE;
            case NULL -> ValueReader.NULL;
            default -> ValueReader.container(in, from, to);
        };
    }
}
