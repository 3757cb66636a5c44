package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Named {@link Transform}s for mapping rules. {@link #builtIns()} holds:
 * <ul>
 *   <li>strings: {@code trim}, {@code lowercase}, {@code uppercase}, {@code normalizeWhitespace}
 *       (trim and collapse runs of white space), {@code emailLocalPart};</li>
 *   <li>casts: {@code toString}, {@code toInteger} (rejects fractions), {@code toNumber},
 *       {@code toBoolean} ({@code true}/{@code false}, any case);</li>
 *   <li>arithmetic and units: {@code multiply(f)}, {@code divide(d)}, {@code round(scale)},
 *       {@code convert(from, to)} for durations ({@code ms}, {@code s}, {@code min}, {@code h}) and
 *       sizes ({@code B}, {@code KB}, {@code MB}, {@code GB});</li>
 *   <li>{@code constant(v)}: ignore the value and write {@code v}.</li>
 * </ul>
 * Add your own with {@link #with(String, Transform)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TransformRegistry {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, BigDecimal> UNITS = Map.of(
            "ms", BigDecimal.ONE, "s", BigDecimal.valueOf(1_000), "min", BigDecimal.valueOf(60_000), "h", BigDecimal.valueOf(3_600_000),
            "B", BigDecimal.ONE, "KB", BigDecimal.valueOf(1_024), "MB", BigDecimal.valueOf(1_048_576), "GB", BigDecimal.valueOf(1_073_741_824));
    private static final Set<String> TIME_UNITS = Set.of("ms", "s", "min", "h");
    /** The built-in {@code lowercase}; the byte-level mapper recognises it by identity. */
    static final Transform LOWERCASE = (v, a) -> F.stringNode(text(v).toLowerCase(Locale.ROOT));
    /** The built-in {@code uppercase}. */
    static final Transform UPPERCASE = (v, a) -> F.stringNode(text(v).toUpperCase(Locale.ROOT));
    /** The built-in {@code divide}. */
    static final Transform DIVIDE = (v, a) -> divide(v, nonZero(arg(a, 0)));
    private static final TransformRegistry BUILT_INS = new TransformRegistry(builtInMap());

    private final Map<String, Transform> transforms;

    private TransformRegistry(Map<String, Transform> transforms) {
        this.transforms = Map.copyOf(transforms);
    }

    /**
     * Returns the registry of built-in transforms.
     *
     * @return the built-ins
     */
    public static TransformRegistry builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns a registry with one more transform (replacing a same-named one).
     *
     * @param name the name rules refer to
     * @param transform the transform; must be thread-safe
     * @return the new registry
     */
    public TransformRegistry with(String name, Transform transform) {
        Checks.notBlank(name, "name");
        Objects.requireNonNull(transform, "transform == null");
        Map<String, Transform> copy = new HashMap<>(transforms);
        copy.put(name, transform);
        return new TransformRegistry(copy);
    }

    /**
     * Looks a transform up.
     *
     * @param name the name
     * @return the transform, if registered
     */
    public Optional<Transform> find(String name) {
        return Optional.ofNullable(transforms.get(name));
    }

    /**
     * Returns the registered names.
     *
     * @return the names
     */
    public Set<String> names() {
        return transforms.keySet();
    }

    private static Map<String, Transform> builtInMap() {
        Map<String, Transform> m = new HashMap<>();
        m.put("trim", (v, a) -> F.stringNode(text(v).strip()));
        m.put("lowercase", LOWERCASE);
        m.put("uppercase", UPPERCASE);
        m.put("normalizeWhitespace", (v, a) -> F.stringNode(WHITESPACE.matcher(text(v).strip()).replaceAll(" ")));
        m.put("emailLocalPart", (v, a) -> {
            String s = text(v);
            int at = s.indexOf('@');
            if (at <= 0) {
                throw new IllegalArgumentException("not an e-mail address");
            }
            return F.stringNode(s.substring(0, at));
        });
        m.put("toString", (v, a) -> F.stringNode(v.isString() ? v.stringValue() : v.toString()));
        m.put("toInteger", (v, a) -> number(new BigDecimal(integer(v))));
        m.put("toNumber", (v, a) -> number(decimal(v)));
        m.put("toBoolean", TransformRegistry::bool);
        m.put("multiply", (v, a) -> number(decimal(v).multiply(arg(a, 0))));
        m.put("divide", DIVIDE);
        m.put("round", (v, a) -> number(decimal(v).setScale(arg(a, 0).intValueExact(), RoundingMode.HALF_UP)));
        m.put("convert", TransformRegistry::convert);
        m.put("constant", (v, a) -> argNode(a, 0));
        return m;
    }

    private static String text(JsonNode v) {
        if (!v.isString()) {
            throw new IllegalArgumentException("expected a string");
        }
        return v.stringValue();
    }

    private static BigDecimal decimal(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isString() && v.stringValue().length() <= 100) {
            try {
                return new BigDecimal(v.stringValue().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number", e);
            }
        }
        throw new IllegalArgumentException("not a number");
    }

    private static BigInteger integer(JsonNode v) {
        BigDecimal d = decimal(v);
        try {
            return d.stripTrailingZeros().toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not an integer", e);
        }
    }

    private static JsonNode bool(JsonNode v, List<JsonNode> a) {
        if (v.isBoolean()) {
            return v;
        }
        String s = v.isString() ? v.stringValue().strip().toLowerCase(Locale.ROOT) : "";
        if (s.equals("true") || s.equals("false")) {
            return F.booleanNode(s.equals("true"));
        }
        throw new IllegalArgumentException("not a boolean");
    }

    private static JsonNode convert(JsonNode v, List<JsonNode> a) {
        String from = argNode(a, 0).asString("");
        String to = argNode(a, 1).asString("");
        BigDecimal f = UNITS.get(from);
        BigDecimal t = UNITS.get(to);
        if (f == null || t == null || TIME_UNITS.contains(from) != TIME_UNITS.contains(to)) {
            throw new IllegalArgumentException("cannot convert " + from + " to " + to);
        }
        return f.compareTo(t) >= 0 ? number(decimal(v).multiply(f.divide(t))) : divide(v, t.divide(f));
    }

    /**
     * Exact decimal division; the common case (an integral value over an integral divisor such as
     * 1000) stays in {@code long} arithmetic instead of a {@link MathContext} division.
     */
    private static JsonNode divide(JsonNode v, BigDecimal divisor) {
        if (v.isIntegralNumber() && v.canConvertToLong() && divisor.scale() <= 0 && divisor.precision() - divisor.scale() < 19) {
            long x = v.longValue();
            long d = divisor.longValue();
            if (x % d == 0) {
                long q = x / d;
                return q == (int) q ? F.numberNode((int) q) : F.numberNode(q);
            }
            int k = powerOfTen(d);
            if (k > 0) {
                return number(BigDecimal.valueOf(x, k));
            }
        }
        return number(decimal(v).divide(divisor, MathContext.DECIMAL64));
    }

    static int powerOfTen(long d) {
        int k = 0;
        for (long p = d; p > 1; p /= 10) {
            if (p % 10 != 0) {
                return -1;
            }
            k++;
        }
        return d > 1 ? k : -1;
    }

    /** A canonical number node: integral values as long (or BigInteger) nodes, others without trailing zeros. */
    static JsonNode number(BigDecimal d) {
        BigDecimal n = d.stripTrailingZeros();
        if (n.scale() <= 0) {
            BigInteger i = n.toBigIntegerExact();
            return i.bitLength() < 32 ? F.numberNode(i.intValue()) : i.bitLength() < 64 ? F.numberNode(i.longValue()) : F.numberNode(i);
        }
        return F.numberNode(n);
    }

    private static BigDecimal nonZero(BigDecimal d) {
        if (d.signum() == 0) {
            throw new IllegalArgumentException("division by zero");
        }
        return d;
    }

    private static JsonNode argNode(List<JsonNode> a, int i) {
        if (a.size() <= i) {
            throw new IllegalArgumentException("missing argument " + (i + 1));
        }
        return a.get(i);
    }

    private static BigDecimal arg(List<JsonNode> a, int i) {
        JsonNode n = argNode(a, i);
        if (!n.isNumber()) {
            throw new IllegalArgumentException("argument " + (i + 1) + " must be a number");
        }
        return n.decimalValue();
    }
}
