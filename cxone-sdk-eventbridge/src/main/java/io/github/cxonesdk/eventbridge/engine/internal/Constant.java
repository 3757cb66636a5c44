package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.internal.Decimals;
import java.math.BigDecimal;

/**
 * A filter value compiled once: its JSON kind, its exact numeric value when it is numeric (a number
 * or a numeric string), and its key in an equality index.
 *
 * <p>Immutable and thread-safe.
 */
public final class Constant {
    final Object json;
    final byte kind;
    final String string;
    /** The exact value when numeric, else null. */
    final BigDecimal decimal;
    /** Whether the value is numeric and fits {@link FixedDecimal}: then {@code unscaled × 10^-scale}. */
    final boolean fixed;
    final long unscaled;
    final int scale;
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
        long[] out = new long[1];
        int fixedScale = decimal == null ? -1 : FixedDecimal.of(decimal, out);
        this.fixed = fixedScale >= 0;
        this.unscaled = out[0];
        this.scale = Math.max(fixedScale, 0);
        if (decimal != null) {
            this.indexKey = fixed ? FixedDecimal.key(unscaled, scale) : canonical(decimal);
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

    /** The key of a numeric value too large for {@link FixedDecimal}; matches {@code EventValues.indexKey}. */
    static Object canonical(BigDecimal decimal) {
        return decimal.stripTrailingZeros();
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
