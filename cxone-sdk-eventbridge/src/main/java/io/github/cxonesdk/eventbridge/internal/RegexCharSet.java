package io.github.cxonesdk.eventbridge.internal;

/**
 * An over-approximated set of characters for {@link RegexSafety}: ASCII as bits plus one flag for
 * everything else. Mutable; not thread-safe (each check builds its own).
 */
final class RegexCharSet {
    long low;
    long high;
    boolean other;

    static RegexCharSet any() {
        RegexCharSet set = new RegexCharSet();
        set.low = -1L;
        set.high = -1L;
        set.other = true;
        return set;
    }

    static RegexCharSet of(int c) {
        RegexCharSet set = new RegexCharSet();
        set.add(c);
        return set;
    }

    /** The set of a class escape such as {@code \d} or {@code \S}; null when {@code e} names none. */
    static RegexCharSet named(char e) {
        return switch (e) {
            case 'd' -> digits();
            case 'D' -> digits().complement();
            case 'w' -> word();
            case 'W' -> word().complement();
            case 's', 'h', 'v' -> spaces();
            case 'S', 'H', 'V' -> spaces().complement();
            default -> null;
        };
    }

    /** The character a simple escape such as {@code \t} stands for; {@code e} itself otherwise. */
    static int control(char e) {
        return switch (e) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'e' -> 0x1B;
            case 'a' -> 0x07;
            default -> e;
        };
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

    void add(int c) {
        if (c < 64) {
            low |= 1L << c;
        } else if (c < 128) {
            high |= 1L << (c - 64);
        } else {
            other = true;
        }
    }

    void addRange(int from, int to) {
        for (int c = from; c <= Math.min(to, 127); c++) {
            add(c);
        }
        if (to >= 128) {
            other = true;
        }
    }

    void addAll(RegexCharSet set) {
        low |= set.low;
        high |= set.high;
        other |= set.other;
    }

    RegexCharSet copy() {
        RegexCharSet set = new RegexCharSet();
        set.addAll(this);
        return set;
    }

    /** The characters in both sets, as a new set. */
    RegexCharSet intersection(RegexCharSet set) {
        RegexCharSet both = new RegexCharSet();
        both.low = low & set.low;
        both.high = high & set.high;
        both.other = other && set.other;
        return both;
    }

    RegexCharSet complement() {
        RegexCharSet set = new RegexCharSet();
        set.low = ~low;
        set.high = ~high;
        set.other = true;
        return set;
    }

    boolean isEmpty() {
        return low == 0 && high == 0 && !other;
    }

    boolean intersects(RegexCharSet set) {
        return (low & set.low) != 0 || (high & set.high) != 0 || (other && set.other);
    }
}
