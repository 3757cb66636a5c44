package io.github.cxonesdk.influx.internal;


import java.util.Collection;
import java.util.List;

/**
 * Reads an InfluxDB error body: v1 {@code {"error":"..."}}, v2 {@code {"code":"invalid","message":"...","line":3}}.
 * Hand-scanned rather than bound with Jackson because a body may be anything (HTML from a proxy, truncated
 * JSON): the scan is linear and never fails. Everything returned is capped and scrubbed.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class ServerError {
    private static final String UNABLE = "unable to parse '";

    private ServerError() {
    }

    /**
     * Returns the server's message: the {@code message} or {@code error} string of a JSON body, else the body.
     *
     * @param body the response body (already capped by the reader)
     * @param secrets values to mask
     * @return the printable message, or {@code null} when the body is empty
     */
    public static String message(String body, Collection<String> secrets) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String m = jsonString(body, "message");
        if (m == null) {
            m = jsonString(body, "error");
        }
        return Scrub.text(m != null ? m : body, secrets);
    }

    /**
     * Finds the first line the server named: v2's 1-based {@code "line"} index into the batch, else the text of
     * v1's {@code unable to parse '...'}.
     *
     * @param body the response body
     * @param lines the batch that was sent
     * @param secrets values to mask
     * @return the line, capped and scrubbed, or {@code null}
     */
    public static String firstRejectedLine(String body, List<byte[]> lines, Collection<String> secrets) {
        if (body == null) {
            return null;
        }
        long index = jsonNumber(body, "line");
        if (index >= 1 && index <= lines.size()) {
            return Scrub.text(new String(lines.get((int) index - 1), java.nio.charset.StandardCharsets.UTF_8),
                    secrets);
        }
        String m = jsonString(body, "message");
        String text = m != null ? m : jsonString(body, "error");
        text = text != null ? text : body;
        int start = text.indexOf(UNABLE);
        if (start < 0) {
            return null;
        }
        start += UNABLE.length();
        int end = text.indexOf("': ", start);
        return Scrub.text(text.substring(start, end < 0 ? text.length() : end), secrets);
    }

    /**
     * Returns how many points InfluxDB 1.x says it dropped ({@code dropped=N}), or how many lines it could not
     * parse, or {@code fallback}.
     *
     * @param body the response body
     * @param fallback the batch size
     * @return the count, at most {@code fallback}
     */
    public static int unwritten(String body, int fallback) {
        if (body == null) {
            return fallback;
        }
        int at = body.indexOf("dropped=");
        if (at >= 0) {
            long n = digits(body, at + "dropped=".length());
            if (n > 0) {
                return (int) Math.min(n, fallback);
            }
        }
        int count = 0;
        for (int i = body.indexOf(UNABLE); i >= 0 && count < fallback; i = body.indexOf(UNABLE, i + 1)) {
            count++;
        }
        return count > 0 ? count : fallback;
    }

    /** The JSON string value of {@code "name"}, unescaped, or {@code null}. Linear; tolerant of garbage. */
    static String jsonString(String body, String name) {
        int i = valueStart(body, name);
        if (i < 0 || i >= body.length() || body.charAt(i) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (i++; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\' && i + 1 < body.length()) {
                char e = body.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        if (i + 4 < body.length()) {
                            out.append((char) parseHex(body, i + 1));
                            i += 4;
                        }
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString(); // unterminated: keep what there is
    }

    private static int parseHex(String s, int from) {
        int v = 0;
        for (int k = from; k < from + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            v = v * 16 + Math.max(d, 0);
        }
        return v;
    }

    static long jsonNumber(String body, String name) {
        int i = valueStart(body, name);
        return i < 0 ? -1 : digits(body, i);
    }

    private static long digits(String s, int i) {
        long n = 0;
        int count = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && count < 10) {
            n = n * 10 + (s.charAt(i++) - '0');
            count++;
        }
        return count == 0 ? -1 : n;
    }

    private static int valueStart(String body, String name) {
        int at = body.indexOf("\"" + name + "\"");
        if (at < 0) {
            return -1;
        }
        int i = at + name.length() + 2;
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == ':')) {
            i++;
        }
        return i;
    }
}
