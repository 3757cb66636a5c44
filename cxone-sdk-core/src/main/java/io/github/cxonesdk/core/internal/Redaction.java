package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The one place that decides what may appear in logs, exception messages and {@code toString()}, and
 * the one way for every SDK module to cap and scrub a string it did not write itself.
 *
 * <ul>
 *   <li>{@link #text(String, Collection)}: free text (a service body, an error description, an
 *       I/O message) - at most {@link #MAX_TEXT} characters, scrubbed.</li>
 *   <li>{@link #value(String, Collection)}: a short server-controlled value (an error code, a request
 *       id, a scope) - at most {@link #MAX_VALUE} characters, scrubbed.</li>
 *   <li>{@link #cap(String, int)}: only the length cap and the control-character rule, for text that
 *       holds no credentials (a model field echoed in a validation message).</li>
 *   <li>{@link #uri(URI)}, {@link #form(String)}, {@link #headers(Map)}: query and form values whose
 *       names look like credentials become {@link #MASK}; headers are shown only when allow-listed.</li>
 * </ul>
 *
 * <p>Scrubbing masks every known secret ({@link #secrets(CxoneConfig)}) and its URL-encoded form,
 * {@code Bearer}/{@code Basic} credentials and the value after any credential-looking key
 * ({@code "access_token": "…"}, {@code client_secret=…}). Every method is linear in its input: the text
 * is cut to its cap (plus room for the longest secret, so a secret straddling the cut is still masked)
 * before it is scanned, and the scan is a hand-written single pass, not a backtracking regex, so a
 * 10 MB hostile body costs microseconds. CR, LF, tabs and other control characters become one space,
 * so a value cannot forge a log line.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class Redaction {
    /** What replaces a redacted value. */
    public static final String MASK = "****";
    /** How many characters of free text (a service body or description) go into a message. */
    public static final int MAX_TEXT = 200;
    /** How many characters of a short server-controlled value (error code, request id, scope) are kept. */
    public static final int MAX_VALUE = 100;
    /**
     * The shortest known secret value that {@link #text(String, Collection)} replaces. Real tokens and
     * client secrets are far longer (CXone tokens are JWTs of hundreds of characters), so a shorter value
     * cannot be one; replacing it would only mangle the message (a test token {@code "t"} masked every
     * letter t) while revealing nothing worth hiding. Credential-looking values are masked by key
     * whatever their length.
     */
    public static final int MIN_SECRET_LENGTH = 8;
    /** How many characters of a URI go into a message or log line. */
    public static final int MAX_URI = 500;

    /** How far past the cap a credential key's value is still scanned, so a cut never shows a value's start. */
    private static final int KEY_SLACK = 64;
    private static final Set<String> ALLOWED_HEADERS = Set.of("accept", "content-type", "content-length",
            "user-agent", "x-request-id", "etag", "if-match", "if-none-match", "retry-after", "location", "date",
            "cache-control", "content-encoding", "transfer-encoding");
    /** Name parts of query, form and header names that hold credentials. */
    private static final List<String> SENSITIVE_NAME_PARTS = List.of("token", "secret", "password", "passwd",
            "pwd", "apikey", "api_key", "api-key", "credential", "signature", "assertion", "session", "cookie",
            "authorization");
    /** Key parts in free text after which the value is masked (narrower: "session" is common prose). */
    private static final List<String> SENSITIVE_KEY_PARTS = List.of("token", "secret", "password", "passwd",
            "apikey", "api_key", "api-key", "credential", "assertion");

    private Redaction() {
    }

    /**
     * Tells whether a query, form, header or JSON field name holds a credential.
     *
     * @param name the name
     * @return whether the value must be masked
     */
    public static boolean isSensitiveName(String name) {
        return containsAny(name.toLowerCase(Locale.ROOT), SENSITIVE_NAME_PARTS);
    }

    /**
     * Returns the URI with credential-like query values and any user info masked, capped at
     * {@link #MAX_URI} characters.
     *
     * @param uri the URI, may be {@code null}
     * @return the printable form
     */
    public static String uri(URI uri) {
        if (uri == null) {
            return "null";
        }
        String s = uri.toString();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            s = s.replace(userInfo + "@", MASK + "@");
        }
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return cap(s, MAX_URI);
        }
        int q = s.indexOf('?');
        int fragment = s.indexOf('#', q);
        return cap(s.substring(0, q + 1) + form(raw) + (fragment < 0 ? "" : s.substring(fragment)), MAX_URI);
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
            out.add(eq >= 0 && isSensitiveName(decode(name)) ? name + "=" + MASK : pair);
        }
        return out.toString();
    }

    /**
     * Returns the headers fit for a log line: allow-listed ones capped at {@link #MAX_VALUE} characters
     * each, all others masked.
     *
     * @param headers the headers
     * @return the printable form, sorted by name
     */
    public static String headers(Map<String, List<String>> headers) {
        return headers(headers, List.of());
    }

    /**
     * Same as {@link #headers(Map)}, also masking {@code secrets} in the allow-listed values (a server
     * may echo anything in {@code X-Request-Id}).
     *
     * @param headers the headers
     * @param secrets exact values that must never appear
     * @return the printable form, sorted by name
     */
    public static String headers(Map<String, List<String>> headers, Collection<String> secrets) {
        Map<String, String> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name.startsWith(":")) {
                return; // HTTP/2 pseudo-headers carry nothing a reader needs
            }
            boolean allowed = ALLOWED_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            shown.put(cap(name, MAX_VALUE), allowed ? value(String.join(",", values), secrets) : MASK);
        });
        return shown.toString();
    }

    /**
     * Caps and scrubs free text (for example a service error body) to {@link #MAX_TEXT} characters:
     * masks credential-like values and every one of {@code secrets} at least {@link #MIN_SECRET_LENGTH}
     * long. Linear in {@code min(text.length(), MAX_TEXT + longest secret)}.
     *
     * @param text the text, may be {@code null}
     * @param secrets exact values that must never appear; {@code null} and shorter values are ignored
     * @return the printable form, or {@code null} for {@code null}
     */
    public static String text(String text, Collection<String> secrets) {
        return text(text, MAX_TEXT, secrets);
    }

    /**
     * Same as {@link #text(String, Collection)} without extra secrets.
     *
     * @param text the text, may be {@code null}
     * @return the printable form
     */
    public static String text(String text) {
        return text(text, MAX_TEXT, List.of());
    }

    /**
     * Caps a short server-controlled value (an error code, a request id, a scope) to {@link #MAX_VALUE}
     * characters and masks every known secret in it. Unlike {@link #text(String, Collection)} it does not
     * mask by key, so a structured value such as the scope {@code token:read} stays intact.
     *
     * @param value the value, may be {@code null}
     * @param secrets exact values that must never appear
     * @return the printable form, or {@code null} for {@code null}
     */
    public static String value(String value, Collection<String> secrets) {
        return value(value, MAX_VALUE, secrets);
    }

    /**
     * Same as {@link #value(String, Collection)} with another cap.
     *
     * @param value the value, may be {@code null}
     * @param max the most characters kept, at least 1
     * @param secrets exact values that must never appear
     * @return the printable form, or {@code null} for {@code null}
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public static String value(String value, int max, Collection<String> secrets) {
        return capAndMask(value, max, secrets, false);
    }

    /**
     * Caps and scrubs {@code text} to {@code max} characters (plus a {@code ...(N chars)} marker when cut).
     *
     * @param text the text, may be {@code null}
     * @param max the most characters kept, at least 1
     * @param secrets exact values that must never appear; {@code null} and short values are ignored
     * @return the printable form, or {@code null} for {@code null}
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public static String text(String text, int max, Collection<String> secrets) {
        return capAndMask(text, max, secrets, true);
    }

    /** Cuts to a window, masks known secrets (and, {@code byKey}, credential values), caps to {@code max}. */
    private static String capAndMask(String text, int max, Collection<String> secrets, boolean byKey) {
        Checks.atLeast(max, 1, "max");
        if (text == null) {
            return null;
        }
        String head = window(text, max, secrets);
        String withoutSecrets = replaceSecrets(head, secrets);
        String masked = byKey ? TextScrubber.scrub(withoutSecrets) : TextScrubber.flatten(withoutSecrets);
        return capTo(masked, max, text.length() > head.length() ? text.length() : masked.length());
    }

    /**
     * Caps {@code text} to {@code max} characters and turns control characters into spaces, without
     * scrubbing: for text that cannot hold credentials. Anything a server sends goes through
     * {@link #text(String, Collection)} or {@link #value(String, Collection)} instead.
     *
     * @param text the text, may be {@code null}
     * @param max the most characters kept, at least 1
     * @return the printable form ({@code ...(N chars)} appended when cut), or {@code null} for {@code null}
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public static String cap(String text, int max) {
        Checks.atLeast(max, 1, "max");
        if (text == null) {
            return null;
        }
        String head = text.length() <= max ? text : text.substring(0, max);
        return capTo(TextScrubber.flatten(head), max, text.length());
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

    /**
     * Returns every credential of a configuration (client secret, access-key secret, fixed token), for
     * scrubbing anything the service echoes.
     *
     * @param config the configuration
     * @return the revealed values
     */
    public static List<String> secrets(CxoneConfig config) {
        return secrets(config.clientSecret().map(Secret::reveal).orElse(null),
                config.accessKeySecret().map(Secret::reveal).orElse(null),
                config.accessToken().map(Secret::reveal).orElse(null));
    }

    /**
     * Cuts {@code text} before it is scanned (so scanning is linear in the cap, not the input), far enough
     * past the cap that a secret or a credential value starting before the cap is seen whole and masked.
     */
    private static String window(String text, int max, Collection<String> secrets) {
        int longest = 0;
        for (String secret : secrets) {
            if (secret != null) {
                longest = Math.max(longest, urlEncoded(secret).length());
            }
        }
        long window = (long) max + Math.max(longest, KEY_SLACK);
        return text.length() <= window ? text : text.substring(0, (int) window);
    }

    private static String capTo(String text, int max, int originalLength) {
        if (text.length() <= max && originalLength <= max) {
            return text;
        }
        int end = Math.min(max, text.length());
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return text.substring(0, end) + "...(" + originalLength + " chars)";
    }

    private static String replaceSecrets(String text, Collection<String> secrets) {
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
                out = out.replace(secret, MASK);
                String encoded = urlEncoded(secret);
                if (!encoded.equals(secret)) {
                    out = out.replace(encoded, MASK); // a token endpoint echoing its form body
                }
            }
        }
        return out;
    }

    private static String urlEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name; // a malformed %-escape must not break a log line
        }
    }

    static boolean containsAny(String lowerCase, List<String> parts) {
        for (String part : parts) {
            if (lowerCase.contains(part)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSensitiveKey(String lowerCase) {
        return containsAny(lowerCase, SENSITIVE_KEY_PARTS);
    }
}
