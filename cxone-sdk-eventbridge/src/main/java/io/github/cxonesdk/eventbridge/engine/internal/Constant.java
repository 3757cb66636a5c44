package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A filter value compiled once: its JSON kind, its exact numeric value when it is numeric (a number
 * or a numeric string), and its key in an equality index.
 *
 * <p>Immutable and thread-safe.
 */
public final class Constant {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final Object json;
    final byte kind;
    final String string;
    /** The exact value when numeric, else null. */
    final BigDecimal decimal;
    final boolean isLong;
    final long longValue;
    /**
     * Canonical key: a {@code Long} for an integral numeric value that fits, a trailing-zero-free
     * {@code BigDecimal} for another numeric value, the {@code String} for a non-numeric string,
     * a {@code Boolean} for a boolean. Equal keys ⇔ {@code equals} under API.md semantics.
     */
    final Object indexKey;

    private Constant(Object json, byte kind, String string, BigDecimal decimal) {
        this.json = json;
        this.kind = kind;
        this.string = string;
        this.decimal = decimal;
        Long exact = decimal == null ? null : exactLong(decimal);
        this.isLong = exact != null;
        this.longValue = exact == null ? 0 : exact;
        if (decimal != null) {
            this.indexKey = exact != null ? exact : decimal.stripTrailingZeros();
        } else {
            this.indexKey = kind == EventValues.STRING ? string : kind == EventValues.TRUE;
        }
    }

    /**
     * Compiles a validated scalar filter value (string, number or boolean).
     *
     * @param value the value
     * @return the constant
     */
    public static Constant of(Object value) {
        if (value instanceof String text) {
            return new Constant(value, EventValues.STRING, text, Decimals.parse(text));
        }
        if (value instanceof Boolean bool) {
            return new Constant(value, bool ? EventValues.TRUE : EventValues.FALSE, null, null);
        }
        if (value instanceof Number number) {
            BigDecimal decimal = Decimals.of(number);
            if (decimal != null) {
                return new Constant(value, EventValues.NUMBER, null, decimal);
            }
        }
        throw new IllegalArgumentException("not a string, finite number or boolean: " + value);
    }

    /** Returns the integral value when {@code decimal} is an integer that fits a long, else null. */
    static Long exactLong(BigDecimal decimal) {
        if (decimal.signum() == 0) {
            return 0L;
        }
        if (decimal.precision() - decimal.scale() > 19) {
            return null; // too large for a long; also keeps 1e999999999 from being expanded
        }
        if (decimal.scale() > 0 && decimal.stripTrailingZeros().scale() > 0) {
            return null;
        }
        BigInteger integer = decimal.toBigIntegerExact();
        return integer.compareTo(LONG_MIN) >= 0 && integer.compareTo(LONG_MAX) <= 0 ? integer.longValue() : null;
    }

    /** Renders the constant as JSON text. */
    String render() {
        return kind == EventValues.STRING ? quote(string) : String.valueOf(json);
    }

    static String quote(String text) {
        return CxoneJson.mapper().writeValueAsString(text);
    }

    @Override
    public String toString() {
        return render();
    }
}
