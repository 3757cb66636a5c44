package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.eventbridge.internal.Decimals;
import io.github.cxonesdk.eventbridge.internal.IpAddresses;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The values one event holds at the compiled paths ("slots"), filled by an extractor and read by
 * conditions. Numeric and address interpretations are computed lazily, once per event and slot.
 * Pooled by {@link CompiledEngine} to keep the hot path free of allocation beyond the strings it reads.
 *
 * <p>Not thread-safe: one evaluation at a time uses an instance.
 */
public final class EventValues {
    /** The path is absent (or runs through an array or a scalar). */
    public static final byte MISSING = 0;
    /** JSON null. */
    public static final byte NULL = 1;
    /** JSON true. */
    public static final byte TRUE = 2;
    /** JSON false. */
    public static final byte FALSE = 3;
    /** A JSON string. */
    public static final byte STRING = 4;
    /** A JSON number. */
    public static final byte NUMBER = 5;
    /** A JSON array (elements captured for {@code contains}). */
    public static final byte ARRAY = 6;
    /** A JSON object. */
    public static final byte OBJECT = 7;

    /** Returned by {@link #compare} when either side is not numeric. */
    public static final int NOT_NUMERIC = Integer.MIN_VALUE;
    private static final long MAX_FIXED = 999_999_999_999_999_999L;

    private static final byte NUM_UNKNOWN = 0;
    private static final byte NUM_NONE = 1;
    /** Numeric as {@code longValue × 10^-scale}, normalised (see {@link FixedDecimal}). */
    private static final byte NUM_FIXED = 2;
    private static final byte NUM_BIG = 3;
    private static final byte IP_UNKNOWN = 0;
    private static final byte IP_NONE = 1;
    private static final byte IP_V4 = 2;
    private static final byte IP_V6 = 3;

    final byte[] kind;
    final String[] text;
    private final byte[] numState;
    private final long[] longValue;
    private final int[] scale;
    private final BigDecimal[] bigValue;
    private final long[] fixedOut = new long[1];
    private final byte[] ipState;
    private final long[] ipHi;
    private final long[] ipLo;
    private final int[] arrayStart;
    private final int[] arrayLength;
    private final long[] v6 = new long[2];
    /** Array elements of all slots, each as a one-slot value at an index of {@link #elements}. */
    private EventValues elements;
    private int elementCount;
    /** Whether this instance is the element pool of another one (it never captures nested arrays). */
    private final boolean pool;
    /** Buffer the matcher collects candidate and matching filter ordinals in. */
    final int[] candidates;
    final int[] matched;
    /** One bit per filter; all clear between events. */
    final long[] matchedBits;
    /** How many regex searches exceeded their budget on this event. */
    int budgetExceeded;

    EventValues(int slots, int filters) {
        this(slots, filters, false);
    }

    private EventValues(int slots, int filters, boolean pool) {
        this.pool = pool;
        kind = new byte[slots];
        text = new String[slots];
        numState = new byte[slots];
        longValue = new long[slots];
        scale = new int[slots];
        bigValue = new BigDecimal[slots];
        ipState = new byte[slots];
        ipHi = new long[slots];
        ipLo = new long[slots];
        arrayStart = new int[slots];
        arrayLength = new int[slots];
        candidates = new int[filters];
        matched = new int[filters];
        matchedBits = new long[(filters + 63) >>> 6];
    }

    /** Forgets the previous event. */
    void reset() {
        Arrays.fill(kind, MISSING);
        Arrays.fill(numState, NUM_UNKNOWN);
        Arrays.fill(ipState, IP_UNKNOWN);
        Arrays.fill(text, null);
        Arrays.fill(bigValue, null);
        Arrays.fill(matchedBits, 0L); // normally clear already; a condition that threw may have left bits
        elementCount = 0;
        budgetExceeded = 0;
    }

    void clear(int slot) {
        kind[slot] = MISSING;
        numState[slot] = NUM_UNKNOWN;
        ipState[slot] = IP_UNKNOWN;
        text[slot] = null;
        bigValue[slot] = null;
        arrayLength[slot] = 0;
    }

    void setScalar(int slot, byte valueKind) {
        clear(slot);
        kind[slot] = valueKind;
        if (valueKind != STRING) {
            numState[slot] = NUM_NONE;
        }
    }

    void setString(int slot, String value) {
        clear(slot);
        kind[slot] = STRING;
        text[slot] = value;
    }

    void setLong(int slot, long value) {
        clear(slot);
        kind[slot] = NUMBER;
        if (value > MAX_FIXED || value < -MAX_FIXED) {
            setNumeric(slot, BigDecimal.valueOf(value)); // 19 digits: classified like any other value
        } else {
            setFixed(slot, value, 0);
        }
    }

    /**
     * Records a JSON number from its text when it has no exponent and few digits.
     *
     * @return false when the caller must fall back to {@link #setDecimal}
     */
    boolean setNumberText(int slot, char[] text, int offset, int length) {
        int parsedScale = FixedDecimal.parse(text, offset, length, fixedOut);
        if (parsedScale < 0) {
            return false;
        }
        clear(slot);
        kind[slot] = NUMBER;
        setFixed(slot, fixedOut[0], parsedScale);
        return true;
    }

    private void setFixed(int slot, long unscaled, int valueScale) {
        numState[slot] = NUM_FIXED;
        longValue[slot] = unscaled;
        scale[slot] = valueScale;
    }

    void setDecimal(int slot, BigDecimal value) {
        clear(slot);
        kind[slot] = NUMBER;
        setNumeric(slot, value);
    }

    /** Starts an array at {@code slot}; elements follow through {@link #addElement()}. */
    void startArray(int slot) {
        clear(slot);
        kind[slot] = ARRAY;
        numState[slot] = NUM_NONE;
        arrayStart[slot] = elementCount;
        arrayLength[slot] = 0;
    }

    /** Reserves the next element of the array at {@code slot}; returns its index in {@link #elements()}. */
    int addElement(int slot) {
        EventValues pool = elements();
        if (elementCount == pool.kind.length) {
            EventValues bigger = new EventValues(pool.kind.length * 2, 0, true);
            for (int k = 0; k < elementCount; k++) {
                bigger.copyFrom(pool, k);
            }
            elements = bigger;
            pool = bigger;
        }
        arrayLength[slot]++;
        pool.clear(elementCount);
        return elementCount++;
    }

    private void copyFrom(EventValues other, int k) {
        kind[k] = other.kind[k];
        text[k] = other.text[k];
        numState[k] = other.numState[k];
        longValue[k] = other.longValue[k];
        scale[k] = other.scale[k];
        bigValue[k] = other.bigValue[k];
    }

    EventValues elements() {
        if (elements == null) {
            elements = new EventValues(16, 0, true);
        }
        return elements;
    }

    int arrayStart(int slot) {
        return arrayStart[slot];
    }

    int arrayLength(int slot) {
        return arrayLength[slot];
    }

    /**
     * Compares the value at {@code slot} numerically with a constant.
     *
     * @return negative, zero or positive, or {@link #NOT_NUMERIC}
     */
    int compare(int slot, Constant constant) {
        if (constant.decimal == null || !numeric(slot)) {
            return NOT_NUMERIC;
        }
        if (numState[slot] == NUM_FIXED && constant.fixed) {
            return FixedDecimal.compare(longValue[slot], scale[slot], constant.unscaled, constant.scale);
        }
        return decimal(slot).compareTo(constant.decimal);
    }

    private BigDecimal decimal(int slot) {
        return numState[slot] == NUM_FIXED ? BigDecimal.valueOf(longValue[slot], scale[slot]) : bigValue[slot];
    }

    /** Whether the value at {@code slot} is a number or a numeric string. */
    boolean numeric(int slot) {
        if (numState[slot] == NUM_UNKNOWN) {
            BigDecimal parsed = kind[slot] == STRING ? Decimals.parse(text[slot]) : null;
            if (parsed == null) {
                numState[slot] = NUM_NONE;
            } else {
                setNumeric(slot, parsed);
            }
        }
        return numState[slot] >= NUM_FIXED;
    }

    private void setNumeric(int slot, BigDecimal value) {
        int fixedScale = FixedDecimal.of(value, fixedOut);
        if (fixedScale >= 0) {
            setFixed(slot, fixedOut[0], fixedScale);
        } else {
            numState[slot] = NUM_BIG;
            bigValue[slot] = value;
        }
    }

    /** The key of this value in an equality index: see {@link Constant#indexKey}; null when none. */
    Object indexKey(int slot) {
        switch (kind[slot]) {
            case STRING:
            case NUMBER:
                if (numeric(slot)) {
                    return numState[slot] == NUM_FIXED ? FixedDecimal.key(longValue[slot], scale[slot])
                            : bigValue[slot].stripTrailingZeros();
                }
                return text[slot];
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** Whether the value at {@code slot} {@code equals} the constant (API.md semantics). */
    boolean valueEquals(int slot, Constant constant) {
        byte k = kind[slot];
        if (constant.decimal != null) {
            // both numeric → numeric equality; otherwise the JSON values differ in type or text
            return compare(slot, constant) == 0;
        }
        switch (constant.kind) {
            case STRING:
                return k == STRING && constant.string.equals(text[slot]);
            case TRUE:
            case FALSE:
                return k == constant.kind;
            default:
                return false;
        }
    }

    /** Parses the address at {@code slot} once: returns IPv4 ({@code 4}), IPv6 ({@code 6}) or 0. */
    int addressFamily(int slot) {
        if (ipState[slot] == IP_UNKNOWN) {
            ipState[slot] = IP_NONE;
            if (kind[slot] == STRING) {
                String value = text[slot];
                long v4 = IpAddresses.parseIpv4(value, 0, value.length());
                if (v4 != IpAddresses.INVALID) {
                    ipState[slot] = IP_V4;
                    ipLo[slot] = v4;
                } else if (IpAddresses.parseIpv6(value, v6)) {
                    ipState[slot] = IP_V6;
                    ipHi[slot] = v6[0];
                    ipLo[slot] = v6[1];
                }
            }
        }
        return ipState[slot] == IP_V4 ? 4 : ipState[slot] == IP_V6 ? 6 : 0;
    }

    long addressHi(int slot) {
        return ipHi[slot];
    }

    long addressLo(int slot) {
        return ipLo[slot];
    }

    /** Renders the value at {@code slot} as JSON text for explanations; null when missing. */
    String render(int slot) {
        switch (kind[slot]) {
            case MISSING:
                return null;
            case NULL:
                return "null";
            case TRUE:
                return "true";
            case FALSE:
                return "false";
            case STRING:
                return Constant.quote(text[slot]);
            case NUMBER:
                numeric(slot);
                // plain digits for ordinary numbers; scientific for huge or tiny ones such as 1e-999999999,
                // whose plain form would have a billion digits
                return numState[slot] == NUM_FIXED && scale[slot] <= FixedDecimal.MAX_DIGITS
                        ? decimal(slot).toPlainString() : decimal(slot).toString();
            case OBJECT:
                return "{...}";
            case ARRAY:
                if (pool) {
                    return "[...]";
                }
                return renderArray(slot);
            default:
                return "?";
        }
    }

    private String renderArray(int slot) {
        StringBuilder out = new StringBuilder("[");
        EventValues values = elements();
        for (int k = 0; k < arrayLength[slot]; k++) {
            out.append(k == 0 ? "" : ",").append(values.render(arrayStart[slot] + k));
        }
        return out.append(']').toString();
    }
}
