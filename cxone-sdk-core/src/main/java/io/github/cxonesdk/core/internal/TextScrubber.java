package io.github.cxonesdk.core.internal;

import java.util.Locale;

/**
 * The single-pass scanner behind {@link Redaction}: masks the value after a credential-looking key
 * ({@code "access_token": "abc"}, {@code client_secret=abc}) and after {@code Bearer}/{@code Basic},
 * and flattens control characters to one space. Every character is looked at a bounded number of
 * times (no backtracking), so the cost is linear in the text, whatever it holds.
 *
 * <p>This class is thread-safe (stateless).
 */
final class TextScrubber {
    private TextScrubber() {
    }

    /**
     * Masks credential values in {@code text} and flattens control characters.
     *
     * @param text the text (already cut to a bounded window by the caller)
     * @return the scrubbed text
     */
    static String scrub(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isKeyChar(text.charAt(i))) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < n && isKeyChar(text.charAt(wordEnd))) {
                wordEnd++;
            }
            String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
            out.append(text, i, wordEnd);
            int valueStart = Redaction.isSensitiveKey(word) ? afterSeparator(text, wordEnd)
                    : isAuthScheme(word) ? afterSpaces(text, wordEnd) : -1;
            int valueEnd = valueStart < 0 ? -1 : valueEnd(text, valueStart, !Redaction.isSensitiveKey(word));
            if (valueEnd > valueStart) {
                out.append(text, wordEnd, valueStart).append(Redaction.MASK);
                i = valueEnd;
            } else {
                i = wordEnd;
            }
        }
        return flatten(out.toString());
    }

    /**
     * Replaces every run of control characters (CR, LF, tab, NEL, line and paragraph separators) by one space.
     *
     * @param text the text
     * @return the flattened text
     */
    static String flatten(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !isControl(text.charAt(first))) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, first);
        boolean inRun = false;
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /** After a key: optional quote, spaces, {@code :} or {@code =}, spaces, optional quote; -1 if no separator. */
    private static int afterSeparator(String text, int from) {
        int i = from;
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
        }
        i = skipSpaces(text, i);
        if (i >= text.length() || (text.charAt(i) != ':' && text.charAt(i) != '=')) {
            return -1;
        }
        i = skipSpaces(text, i + 1);
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
        }
        return i;
    }

    /** After {@code Bearer}/{@code Basic}: at least one space, else -1. */
    private static int afterSpaces(String text, int from) {
        int i = skipSpaces(text, from);
        return i > from ? i : -1;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int valueEnd(String text, int from, boolean credentialChars) {
        int i = from;
        while (i < text.length()
                && (credentialChars ? isCredentialChar(text.charAt(i)) : isValueChar(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isAuthScheme(String word) {
        return word.equals("bearer") || word.equals("basic") || word.endsWith("-bearer") || word.endsWith("-basic");
    }

    /** Characters of a key: letters, digits, {@code _} and {@code -}. */
    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** A value after a credential key runs to a quote, {@code &}, whitespace, {@code ,}, {@code ;} or brace. */
    private static boolean isValueChar(char c) {
        return c != '"' && c != '&' && c != ',' && c != ';' && c != '}' && !Character.isWhitespace(c);
    }

    /** The token68 alphabet of {@code Bearer} and {@code Basic} credentials (RFC 7235). */
    private static boolean isCredentialChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=' || c == '-';
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
