package io.github.cxonesdk.eventbridge.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A conservative static check for regular expressions prone to catastrophic backtracking (ReDoS),
 * run on patterns that {@link java.util.regex.Pattern} already compiled. It rejects:
 * <ul>
 *   <li>nested quantifiers: a group repeated more than once whose body holds a variable-length
 *       quantifier, such as {@code (a+)+}, {@code (a*)*}, {@code (.*a){3}}, {@code ([a-z]+\.)+};</li>
 *   <li>a repeated group holding an alternation whose branches can start with the same character
 *       or match the empty string, such as {@code (a|a)*}, {@code (a|ab)+}, {@code (\d|[0-9])*};</li>
 *   <li>back-references inside a repeated group;</li>
 *   <li>three or more adjacent unbounded quantifiers whose characters overlap, such as
 *       {@code \d*\d*\d*x} or {@code .*.*.*=}: polynomial, but of degree four or more with
 *       {@code find()}, so a 100-character input already takes minutes.</li>
 * </ul>
 * First-character sets are over-approximated (case-insensitive flags and {@code \p{..}} classes
 * count as "anything"), so the check may reject a safe pattern but does not accept these shapes.
 * It does not reject two adjacent overlapping quantifiers ({@code \d+\d+}, {@code .*.*}) or
 * quantifiers separated by other atoms ({@code .*a.*b.*c}); those are slow on long inputs only.
 *
 * <p>This class is thread-safe (each call uses its own parser).
 */
public final class RegexSafety {
    /** The longest pattern accepted. */
    public static final int MAX_LENGTH = 512;

    private RegexSafety() {
    }

    /**
     * Returns the reasons a compiled pattern is considered unsafe.
     *
     * @param pattern a pattern that {@link java.util.regex.Pattern#compile(String)} accepts
     * @return the problems found, empty when the pattern looks safe
     */
    public static List<String> problems(String pattern) {
        List<String> problems = new ArrayList<>();
        if (pattern.length() > MAX_LENGTH) {
            problems.add("is longer than " + MAX_LENGTH + " characters");
            return problems;
        }
        new Parser(pattern, problems).parseAll();
        return problems;
    }

    /** What a parsed piece of a pattern can do, as far as backtracking is concerned. */
    private static final class Info {
        boolean nullable;
        boolean variable;
        boolean ambiguous;
        boolean backReference;
        /** Set on a quantified atom without an upper bound ({@code *}, {@code +}, {@code {n,}}). */
        boolean unbounded;
        final RegexCharSet first = new RegexCharSet();

        static Info empty() {
            Info info = new Info();
            info.nullable = true;
            return info;
        }

        static Info chars(RegexCharSet set) {
            Info info = new Info();
            info.first.addAll(set);
            return info;
        }
    }

    /** Recursive-descent reader of Java regex syntax, just deep enough for the checks above. */
    private static final class Parser {
        private final String p;
        private final List<String> problems;
        private int i;
        private boolean ignoreCase;

        Parser(String pattern, List<String> problems) {
            this.p = pattern;
            this.problems = problems;
        }

        void parseAll() {
            while (i < p.length()) {
                parseAlternation();
                i++; // an unbalanced ')' cannot reach here after Pattern.compile; skip defensively
            }
        }

        private Info parseAlternation() {
            List<Info> branches = new ArrayList<>();
            branches.add(parseSequence());
            while (i < p.length() && p.charAt(i) == '|') {
                i++;
                branches.add(parseSequence());
            }
            if (branches.size() == 1) {
                return branches.get(0);
            }
            Info result = new Info();
            for (int a = 0; a < branches.size(); a++) {
                Info branch = branches.get(a);
                result.nullable |= branch.nullable;
                result.variable |= branch.variable;
                result.ambiguous |= branch.ambiguous || branch.nullable;
                result.backReference |= branch.backReference;
                result.first.addAll(branch.first);
                for (int b = a + 1; b < branches.size(); b++) {
                    result.ambiguous |= branch.first.intersects(branches.get(b).first);
                }
            }
            return result;
        }

        private Info parseSequence() {
            Info result = Info.empty();
            AdjacentRun run = new AdjacentRun();
            while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
                int atomStart = i;
                Info atom = parseAtom();
                atom = parseQuantifier(atom, atomStart);
                run.next(atom, atomStart, i);
                if (result.nullable) {
                    result.first.addAll(atom.first);
                }
                result.nullable &= atom.nullable;
                result.variable |= atom.variable;
                result.ambiguous |= atom.ambiguous;
                result.backReference |= atom.backReference;
            }
            return result;
        }

        private Info parseQuantifier(Info atom, int atomStart) {
            if (i >= p.length()) {
                return atom;
            }
            char c = p.charAt(i);
            long min;
            long max;
            if (c == '*' || c == '+' || c == '?') {
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : Long.MAX_VALUE;
                i++;
            } else if (c == '{' && p.indexOf('}', i) > i) {
                int close = p.indexOf('}', i);
                String[] bounds = p.substring(i + 1, close).split(",", -1);
                min = parseBound(bounds[0], 0);
                max = bounds.length == 1 ? min : parseBound(bounds[1], Long.MAX_VALUE);
                i = close + 1;
            } else {
                return atom;
            }
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                i++; // lazy and possessive variants are judged like greedy ones, conservatively
            }
            String piece = p.substring(atomStart, i);
            if (max > 1) {
                if (atom.variable) {
                    problems.add("nested quantifier in '" + piece + "' can backtrack catastrophically");
                } else if (atom.ambiguous) {
                    problems.add("repeated alternation with overlapping branches in '" + piece
                            + "' can backtrack catastrophically");
                } else if (atom.backReference) {
                    problems.add("back-reference inside the repeated group '" + piece + "'");
                }
            }
            Info result = new Info();
            result.first.addAll(atom.first);
            result.nullable = atom.nullable || min == 0;
            result.variable = atom.variable || min != max;
            result.ambiguous = atom.ambiguous;
            result.backReference = atom.backReference;
            result.unbounded = max == Long.MAX_VALUE;
            return result;
        }

        /** Follows a run of adjacent unbounded quantifiers whose characters overlap pairwise. */
        private final class AdjacentRun {
            private RegexCharSet last;
            private int length;
            private int start;

            void next(Info atom, int atomStart, int atomEnd) {
                if (atom.unbounded) {
                    if (length > 0 && last.intersects(atom.first)) {
                        length++;
                    } else {
                        length = 1;
                        start = atomStart;
                    }
                    last = atom.first;
                    if (length == 3) {
                        problems.add("adjacent overlapping quantifiers in '" + p.substring(start, atomEnd)
                                + "' can backtrack polynomially (minutes on a short input)");
                    }
                } else if (!(atom.nullable && atom.first.isEmpty())) {
                    length = 0; // a character between the quantifiers breaks the run; zero-width atoms do not
                }
            }
        }

        private static long parseBound(String text, long absent) {
            String trimmed = text.trim();
            if (trimmed.isEmpty()) {
                return absent;
            }
            try {
                return Long.parseLong(trimmed);
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE;
            }
        }

        private Info parseAtom() {
            char c = p.charAt(i);
            switch (c) {
                case '(':
                    return parseGroup();
                case '[':
                    return Info.chars(parseClass());
                case '.':
                    i++;
                    return Info.chars(RegexCharSet.any());
                case '^':
                case '$':
                    i++;
                    return Info.empty();
                case '\\':
                    return parseEscape();
                default:
                    int cp = p.codePointAt(i);
                    i += Character.charCount(cp);
                    return Info.chars(literal(cp));
            }
        }

        private RegexCharSet literal(int cp) {
            if (ignoreCase && Character.isLetter(cp)) {
                RegexCharSet set = RegexCharSet.of(Character.toLowerCase(cp));
                set.add(Character.toUpperCase(cp));
                set.other = true;
                return set;
            }
            return RegexCharSet.of(cp);
        }

        private Info parseGroup() {
            i++; // '('
            boolean lookaround = false;
            if (i < p.length() && p.charAt(i) == '?') {
                i++;
                char kind = i < p.length() ? p.charAt(i) : ')';
                if (kind == '=' || kind == '!') {
                    lookaround = true;
                    i++;
                } else if (kind == '<' && i + 1 < p.length() && (p.charAt(i + 1) == '=' || p.charAt(i + 1) == '!')) {
                    lookaround = true;
                    i += 2;
                } else if (kind == '<') {
                    i = p.indexOf('>', i) + 1; // named group
                } else if (kind == '>') {
                    i++; // atomic group, judged like a plain group
                } else {
                    if (readFlags()) {
                        return Info.empty(); // inline flags such as (?i)
                    }
                }
            }
            Info body = parseAlternation();
            if (i < p.length() && p.charAt(i) == ')') {
                i++;
            }
            if (lookaround) {
                Info zeroWidth = Info.empty();
                zeroWidth.variable = body.variable;
                zeroWidth.ambiguous = body.ambiguous;
                zeroWidth.backReference = body.backReference;
                return zeroWidth;
            }
            return body;
        }

        /** Reads flags after "(?"; returns true when the group was only flags, "(?i)". */
        private boolean readFlags() {
            boolean on = true;
            while (i < p.length()) {
                char f = p.charAt(i++);
                if (f == ')') {
                    return true;
                }
                if (f == ':') {
                    return false;
                }
                if (f == '-') {
                    on = false;
                } else if (f == 'i') {
                    ignoreCase = on;
                }
            }
            return true;
        }

        private Info parseEscape() {
            Info info = new Info();
            RegexCharSet set = escapeSet(true);
            if (set == null) {
                return Info.empty(); // zero-width assertion such as \b
            }
            if (set == BACK_REFERENCE) {
                info.first.addAll(RegexCharSet.any());
                info.nullable = true;
                info.variable = true;
                info.backReference = true;
                return info;
            }
            if (set == QUOTED_EMPTY) {
                return Info.empty();
            }
            info.first.addAll(set);
            return info;
        }

        private static final RegexCharSet BACK_REFERENCE = new RegexCharSet();
        private static final RegexCharSet QUOTED_EMPTY = new RegexCharSet();

        /** Reads an escape at p[i] == '\\'; null for zero-width ones (outside classes only). */
        private RegexCharSet escapeSet(boolean outsideClass) {
            i++; // '\\'
            if (i >= p.length()) {
                return RegexCharSet.any();
            }
            char e = p.charAt(i++);
            switch (e) {
                case 'd':
                    return digits();
                case 'D':
                    return digits().complement();
                case 'w':
                    return word();
                case 'W':
                    return word().complement();
                case 's':
                case 'h':
                case 'v':
                    return spaces();
                case 'S':
                case 'H':
                case 'V':
                    return spaces().complement();
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return outsideClass ? null : RegexCharSet.of(e);
                case 'p':
                case 'P':
                    if (i < p.length() && p.charAt(i) == '{') {
                        i = p.indexOf('}', i) + 1;
                    } else {
                        i++;
                    }
                    return RegexCharSet.any();
                case 'Q':
                    return quoted(outsideClass);
                case 'k':
                    i = p.indexOf('>', i) + 1;
                    return BACK_REFERENCE;
                case 'x':
                case 'u':
                case '0':
                case 'c':
                case 'N':
                case 'R':
                case 'X':
                    skipCodeEscape(e);
                    return RegexCharSet.any();
                case 't':
                    return RegexCharSet.of('\t');
                case 'n':
                    return RegexCharSet.of('\n');
                case 'r':
                    return RegexCharSet.of('\r');
                case 'f':
                    return RegexCharSet.of('\f');
                case 'e':
                    return RegexCharSet.of(0x1B);
                case 'a':
                    return RegexCharSet.of(0x07);
                default:
                    if (e >= '1' && e <= '9') {
                        while (i < p.length() && Character.isDigit(p.charAt(i))) {
                            i++;
                        }
                        return outsideClass ? BACK_REFERENCE : RegexCharSet.any();
                    }
                    return literal(e);
            }
        }

        private RegexCharSet quoted(boolean outsideClass) {
            int end = p.indexOf("\\E", i);
            String text = end < 0 ? p.substring(i) : p.substring(i, end);
            i = end < 0 ? p.length() : end + 2;
            if (text.isEmpty()) {
                return outsideClass ? QUOTED_EMPTY : new RegexCharSet();
            }
            // the rest of the quoted text is fixed-length and cannot overlap itself under repetition
            return outsideClass ? literal(text.codePointAt(0)) : anyOf(text);
        }

        private RegexCharSet anyOf(String text) {
            RegexCharSet set = new RegexCharSet();
            text.codePoints().forEach(cp -> set.addAll(literal(cp)));
            return set;
        }

        private void skipCodeEscape(char e) {
            if (e == 'x' && i < p.length() && p.charAt(i) == '{' || e == 'N') {
                i = p.indexOf('}', i) + 1;
            } else if (e == 'x') {
                i += 2;
            } else if (e == 'u') {
                i += 4;
            } else if (e == 'c') {
                i += 1;
            } else if (e == '0') {
                while (i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
                    i++;
                }
            }
            i = Math.min(i, p.length());
        }

        private RegexCharSet parseClass() {
            i++; // '['
            boolean negated = i < p.length() && p.charAt(i) == '^';
            if (negated) {
                i++;
            }
            RegexCharSet set = new RegexCharSet();
            while (i < p.length() && p.charAt(i) != ']') {
                char c = p.charAt(i);
                if (c == '[') {
                    set.addAll(parseClass()); // nested class; union over-approximates "&&"
                    continue;
                }
                if (c == '&' && i + 1 < p.length() && p.charAt(i + 1) == '&') {
                    i += 2;
                    continue;
                }
                RegexCharSet item;
                int from = -1;
                if (c == '\\') {
                    item = escapeSet(false);
                } else {
                    from = p.codePointAt(i);
                    i += Character.charCount(from);
                    item = literal(from);
                }
                if (from >= 0 && i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                    i++;
                    int to = p.charAt(i) == '\\' ? -1 : p.codePointAt(i);
                    if (to < 0) {
                        escapeSet(false);
                        item = RegexCharSet.any();
                    } else {
                        i += Character.charCount(to);
                        item = new RegexCharSet();
                        item.addRange(from, to);
                        if (ignoreCase) {
                            item.other = true;
                            item.addAll(RegexCharSet.any());
                        }
                    }
                }
                set.addAll(item);
            }
            i++; // ']'
            return negated ? set.complement() : set;
        }

        private static RegexCharSet digits() {
            RegexCharSet set = new RegexCharSet();
            set.addRange('0', '9');
            return set;
        }

        private static RegexCharSet word() {
            RegexCharSet set = digits();
            set.addRange('a', 'z');
            set.addRange('A', 'Z');
            set.add('_');
            return set;
        }

        private static RegexCharSet spaces() {
            RegexCharSet set = new RegexCharSet();
            for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                set.add(c);
            }
            set.other = true;
            return set;
        }
    }
}
