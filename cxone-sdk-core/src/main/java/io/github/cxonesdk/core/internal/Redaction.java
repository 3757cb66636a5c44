package io.github.cxonesdk.core.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what may appear in logs and exception messages. Headers are printed
 * only when allow-listed; query and form values whose names look like credentials become
 * {@code ****}; free text (service bodies) is truncated and scrubbed of credential-looking values.
 *
 * <p>This class is thread-safe.
 */
public final class Redaction {
    /** What replaces a redacted value. */
    public static final String MASK = "****";
    /** How many characters of a service body go into a message. */
    public static final int MAX_TEXT = 200;
    /**
     * The shortest known secret value that {@link #text(String, Collection)} replaces. Real tokens and
     * client secrets are far longer (CXone tokens are JWTs of hundreds of characters), so a shorter value
     * cannot be one; replacing it would only mangle the message (a test token {@code "t"} masked every
     * letter t) while revealing nothing worth hiding. Credential-looking values are masked by pattern
     * whatever their length.
     */
    public static final int MIN_SECRET_LENGTH = 8;

    private static final Set<String> ALLOWED_HEADERS = Set.of("accept", "content-type", "content-length",
            "user-agent", "x-request-id", "etag", "if-match", "if-none-match", "retry-after", "location", "date",
            "cache-control", "content-encoding", "transfer-encoding");
    private static final Pattern SENSITIVE_NAME = Pattern.compile(
            "(?i).*(token|secret|password|passwd|pwd|api[_-]?key|apikey|credential|signature|assertion|session).*");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\"?[a-z_\\-]*(?:token|secret|password|passwd|api[_-]?key|credential|assertion)[a-z_\\-]*\"?"
                    + "\\s*[:=]\\s*\"?)([^\"&\\s,;}]+)");
    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=\\-]+");

    private Redaction() {
    }

    /**
     * Tells whether a query, form or JSON field name holds a credential.
     *
     * @param name the name
     * @return whether the value must be masked
     */
    public static boolean isSensitiveName(String name) {
        return SENSITIVE_NAME.matcher(name).matches();
    }

    /**
     * Returns the URI with credential-like query values masked.
     *
     * @param uri the URI
     * @return the printable form
     */
    public static String uri(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return uri.toString();
        }
        String s = uri.toString();
        int q = s.indexOf('?');
        return s.substring(0, q + 1) + form(raw);
    }

    /**
     * Masks credential-like values in an {@code a=1&b=2} string (query or form body).
     *
     * @param form the encoded form
     * @return the printable form
     */
    public static String form(String form) {
        StringJoiner out = new StringJoiner("&");
        for (String pair : form.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            out.add(eq >= 0 && isSensitiveName(decoded) ? name + "=" + MASK : pair);
        }
        return out.toString();
    }

    /**
     * Returns the headers fit for a log line: allow-listed ones as-is, all others masked.
     *
     * @param headers the headers
     * @return the printable form, sorted by name
     */
    public static String headers(Map<String, List<String>> headers) {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name.startsWith(":")) {
                return; // HTTP/2 pseudo-headers carry nothing a reader needs
            }
            boolean allowed = ALLOWED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            shown.put(name, allowed ? String.join(",", values) : MASK);
        });
        return shown.toString();
    }

    /**
     * Truncates free text (for example a service error body) to {@link #MAX_TEXT} characters and masks
     * credential-like values and every one of {@code secrets} at least {@link #MIN_SECRET_LENGTH} long.
     *
     * @param text the text, may be {@code null}
     * @param secrets exact values that must never appear; {@code null} and shorter values are ignored
     * @return the printable form, or {@code null} for {@code null}
     */
    public static String text(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
                out = out.replace(secret, MASK);
            }
        }
        out = AUTH_SCHEME.matcher(out).replaceAll("$1 " + MASK);
        Matcher m = KEY_VALUE.matcher(out);
        out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
        out = out.replaceAll("[\\r\\n\\t]+", " ");
        return out.length() <= MAX_TEXT ? out : out.substring(0, MAX_TEXT) + "...(" + out.length() + " chars)";
    }

    /**
     * Same as {@link #text(String, Collection)} without extra secrets.
     *
     * @param text the text, may be {@code null}
     * @return the printable form
     */
    public static String text(String text) {
        return text(text, List.of());
    }

    /**
     * Collects non-null secret values into a list for {@link #text(String, Collection)}.
     *
     * @param values the values
     * @return the non-null ones
     */
    public static List<String> secrets(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
