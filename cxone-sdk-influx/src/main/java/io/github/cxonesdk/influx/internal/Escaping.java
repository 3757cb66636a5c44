package io.github.cxonesdk.influx.internal;

/**
 * Escaping of the name-like elements of line protocol, and the check of what InfluxDB could not read back.
 *
 * <p>The rules follow InfluxDB's own parser ({@code models/points.go} of influxdb 1.x, which 2.x keeps):
 * <ul>
 *   <li>a measurement escapes comma and space; tag keys, tag values and field keys also escape the equals sign;
 *   <li>a backslash is literal: InfluxDB removes only a backslash that precedes one of the characters it
 *       unescapes, so a literal backslash needs no escaping;
 *   <li>InfluxDB also unescapes {@code \"} in field keys, so a literal backslash before a quote there gets one
 *       more backslash to survive;
 *   <li>a measurement with a backslash right before a comma, space, equals sign or quote is indexed under a
 *       different name than its series (queries cannot find it, tested against influxd 1.6): refused;
 *   <li>its key scanner treats any backslash as escaping the next character while its line splitter and field
 *       scanner count backslashes in pairs, so a value ending in a backslash, or with an odd run of
 *       backslashes before a comma, space or equals sign, cannot be written so that it reads back equal:
 *       {@link #problem} names those, and the point is refused before anything is sent.
 * </ul>
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Escaping {
    /** The name-like elements of a line. */
    public enum Element {
        /** The measurement. */
        MEASUREMENT(false, false, false),
        /** A tag key or a tag value. */
        TAG(true, false, false),
        /** A field key. */
        FIELD_KEY(true, true, false);

        final boolean escapeEquals;
        final boolean quoteAfterBackslash;
        final boolean equalsAfterBackslash;

        Element(boolean escapeEquals, boolean quoteAfterBackslash, boolean equalsAfterBackslash) {
            this.escapeEquals = escapeEquals;
            this.quoteAfterBackslash = quoteAfterBackslash;
            this.equalsAfterBackslash = equalsAfterBackslash;
        }
    }

    private Escaping() {
    }

    /**
     * Appends {@code s} escaped as {@code element}. Assumes {@link #problem} found nothing.
     *
     * @param sb the target
     * @param s the raw value
     * @param element which element it is
     */
    public static void appendName(StringBuilder sb, String s, Element element) {
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > '=') {
                continue; // every special character sorts at or below '='
            }
            if (needsBackslash(s, i, c, element)) {
                sb.append(s, from, i).append('\\');
                from = i;
            }
        }
        sb.append(s, from, n);
    }

    private static boolean needsBackslash(String s, int i, char c, Element element) {
        switch (c) {
            case ',':
            case ' ':
                return true;
            case '=':
                return element.escapeEquals || element.equalsAfterBackslash && i > 0 && s.charAt(i - 1) == '\\';
            case '"':
                return element.quoteAfterBackslash && i > 0 && s.charAt(i - 1) == '\\';
            default:
                return false;
        }
    }

    /**
     * Appends a string field value with its quotes, escaping {@code "} and {@code \}.
     *
     * @param sb the target
     * @param s the raw value
     */
    public static void appendStringValue(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append(s, from, i).append('\\');
                from = i;
            }
        }
        sb.append(s, from, n).append('"');
    }

    /**
     * Tells why InfluxDB could not read {@code s} back equal as {@code element}.
     *
     * @param s the raw value
     * @param element which element it is
     * @return the reason, or {@code null} when it can be written
     */
    public static String problem(String s, Element element) {
        if (s.isEmpty()) {
            return "must not be empty";
        }
        char first = s.charAt(0);
        if (element == Element.MEASUREMENT && first == '#') {
            return "must not start with '#': InfluxDB reads the line as a comment and skips it";
        }
        if (element != Element.TAG && (first == '\t' || first == 0)) {
            return "must not start with a tab or NUL: InfluxDB strips them";
        }
        int run = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                run++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                return "must not contain a line break (index " + i + "): line protocol has no escape for it";
            }
            if (run > 0 && element == Element.MEASUREMENT && (c == ',' || c == ' ' || c == '=' || c == '"')) {
                return "has a backslash before '" + c + "' (index " + i
                        + "): InfluxDB 1.x stores such a measurement under a name that queries cannot find";
            }
            if ((run & 1) == 1 && (c == ',' || c == ' ' || c == '=')) {
                return "has an odd number of backslashes before '" + c + "' (index " + i
                        + "): InfluxDB's line splitter and key parser read it differently";
            }
            run = 0;
            if (Character.isSurrogate(c)) {
                if (!pairedSurrogate(s, i)) {
                    return unpaired(i);
                }
                i++;
            }
        }
        if (run > 0) {
            return "must not end with a backslash: it would escape the separator after it";
        }
        return null;
    }

    /**
     * Tells why a string field value cannot be written.
     *
     * @param s the raw value
     * @return the reason, or {@code null} when it can be written
     */
    public static String stringValueProblem(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                if (!pairedSurrogate(s, i)) {
                    return unpaired(i);
                }
                i++;
            }
        }
        return null;
    }

    private static boolean pairedSurrogate(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static String unpaired(int i) {
        return "has an unpaired UTF-16 surrogate (index " + i + "): it has no UTF-8 encoding";
    }

    /**
     * Returns the UTF-8 length of a well-formed string.
     *
     * @param s the string
     * @return its length in UTF-8 bytes
     */
    public static long utf8Length(CharSequence s) {
        long bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
