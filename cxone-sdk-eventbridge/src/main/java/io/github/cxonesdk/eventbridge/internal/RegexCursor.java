package io.github.cxonesdk.eventbridge.internal;

/**
 * A position in a pattern and the character-level reading {@link RegexParser} needs: literals,
 * escapes and character classes, each as an over-approximated {@link RegexCharSet}. Case-insensitive
 * matching and {@code \p{..}} classes widen sets, never narrow them.
 *
 * <p>Mutable; not thread-safe (one per parse).
 */
final class RegexCursor {
    /** Returned by {@link #escape} for a back-reference. */
    static final RegexCharSet BACK_REFERENCE = new RegexCharSet();
    /** Returned by {@link #escape} for an empty quote {@code \Q\E}. */
    static final RegexCharSet QUOTED_EMPTY = new RegexCharSet();

    final String p;
    int i;
    boolean ignoreCase;

    RegexCursor(String pattern) {
        this.p = pattern;
    }

    boolean more() {
        return i < p.length();
    }

    char peek() {
        return p.charAt(i);
    }

    boolean at(char c) {
        return i < p.length() && p.charAt(i) == c;
    }

    /** Skips to just after the next {@code c}, or to the end. */
    void skipPast(char c) {
        int at = p.indexOf(c, i);
        i = at < 0 ? p.length() : at + 1;
    }

    RegexCharSet literal(int cp) {
        if (ignoreCase && Character.isLetter(cp)) {
            RegexCharSet set = RegexCharSet.of(Character.toLowerCase(cp));
            set.add(Character.toUpperCase(cp));
            set.other = true;
            return set;
        }
        return RegexCharSet.of(cp);
    }

    RegexCharSet nextLiteral() {
        int cp = p.codePointAt(i);
        i += Character.charCount(cp);
        return literal(cp);
    }

    /**
     * Reads an escape at {@code p[i] == '\\'}.
     *
     * @return its characters; {@code null} for a zero-width one (outside classes only),
     *         {@link #BACK_REFERENCE} or {@link #QUOTED_EMPTY}
     */
    RegexCharSet escape(boolean outsideClass) {
        i++; // '\\'
        if (i >= p.length()) {
            return RegexCharSet.any();
        }
        char e = p.charAt(i++);
        RegexCharSet named = RegexCharSet.named(e);
        if (named != null) {
            return named;
        }
        if ("bBAzZG".indexOf(e) >= 0) {
            return outsideClass ? null : RegexCharSet.of(e);
        }
        if ("xu0cNRXpP".indexOf(e) >= 0) {
            skipCodeEscape(e);
            return RegexCharSet.any();
        }
        if (e == 'Q') {
            return quoted(outsideClass);
        }
        if (e == 'k') {
            skipPast('>');
            return BACK_REFERENCE;
        }
        if (e >= '1' && e <= '9') {
            while (i < p.length() && Character.isDigit(p.charAt(i))) {
                i++;
            }
            return outsideClass ? BACK_REFERENCE : RegexCharSet.any();
        }
        return literal(RegexCharSet.control(e));
    }

    private RegexCharSet quoted(boolean outsideClass) {
        int end = p.indexOf("\\E", i);
        String text = end < 0 ? p.substring(i) : p.substring(i, end);
        i = end < 0 ? p.length() : end + 2;
        if (text.isEmpty()) {
            return outsideClass ? QUOTED_EMPTY : new RegexCharSet();
        }
        // the rest of the quoted text is fixed-length and cannot overlap itself under repetition
        if (outsideClass) {
            return literal(text.codePointAt(0));
        }
        RegexCharSet set = new RegexCharSet();
        text.codePoints().forEach(cp -> set.addAll(literal(cp)));
        return set;
    }

    private void skipCodeEscape(char e) {
        if ((e == 'x' || e == 'p' || e == 'P') && at('{') || e == 'N') {
            skipPast('}');
        } else if (e == 'x') {
            i += 2;
        } else if (e == 'u') {
            i += 4;
        } else if (e == 'c' || e == 'p' || e == 'P') {
            i += 1;
        } else if (e == '0') {
            while (i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
                i++;
            }
        }
        i = Math.min(i, p.length());
    }

    /** Reads a character class at {@code p[i] == '['}; nested classes and {@code &&} widen to their union. */
    RegexCharSet charClass() {
        i++; // '['
        boolean negated = at('^');
        if (negated) {
            i++;
        }
        RegexCharSet set = new RegexCharSet();
        while (i < p.length() && p.charAt(i) != ']') {
            char c = p.charAt(i);
            if (c == '[') {
                set.addAll(charClass());
            } else if (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&') {
                i += 2;
            } else if (c == '\\') {
                set.addAll(escape(false));
            } else {
                set.addAll(classItem());
            }
        }
        i++; // ']'
        return negated ? set.complement() : set;
    }

    /** Reads a literal or a range {@code a-z} inside a class. */
    private RegexCharSet classItem() {
        int from = p.codePointAt(i);
        i += Character.charCount(from);
        if (!(i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']')) {
            return literal(from);
        }
        i++; // '-'
        if (p.charAt(i) == '\\') {
            escape(false);
            return RegexCharSet.any();
        }
        int to = p.codePointAt(i);
        i += Character.charCount(to);
        if (ignoreCase) {
            return RegexCharSet.any();
        }
        RegexCharSet range = new RegexCharSet();
        range.addRange(from, to);
        return range;
    }
}
