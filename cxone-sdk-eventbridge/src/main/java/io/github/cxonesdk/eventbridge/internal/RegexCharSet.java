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
