package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.schema.internal.FieldPath;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One rule with its paths parsed and its transform looked up. Immutable and thread-safe. */
record CompiledRule(FieldPath source, FieldPath target, String transformName, Transform transform, List<JsonNode> args,
        JsonNode defaultValue, JsonNode constant, boolean optional) {
    private static final int[] NO_INDICES = new int[0];

    static CompiledRule compile(MappingRule r, TransformRegistry registry) {
        FieldPath source = r.source() == null ? null : FieldPath.parse(r.source());
        FieldPath target = FieldPath.parse(r.target());
        int sourceWildcards = source == null ? 0 : source.wildcards();
        if (target.wildcards() != sourceWildcards) {
            throw new IllegalArgumentException("target '" + r.target() + "' has " + target.wildcards()
                    + " [*] but its source has " + sourceWildcards);
        }
        Transform t = null;
        if (r.transform() != null) {
            t = registry.find(r.transform()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown transform '" + Redaction.text(r.transform()) + "'"));
        }
        return new CompiledRule(source, target, r.transform(), t, r.args(), r.defaultValue(), r.constant(), r.optional());
    }

    void apply(JsonNode in, ObjectNode out, List<FieldPath.Match> matches, boolean strict, ValuePolicy nulls,
            ValuePolicy empties, List<Violation> violations, boolean[] holes) {
        if (constant != null) {
            write(out, NO_INDICES, constant.deepCopy(), violations, holes);
            return;
        }
        if (source.wildcards() == 0) {
            // the common case, without match objects
            applyResolved(source.get(in), out, strict, nulls, empties, violations, holes);
            return;
        }
        if (!source.read(in, matches)) {
            missing(out, NO_INDICES, source.toString(), strict, violations, holes, false);
            return;
        }
        for (FieldPath.Match m : matches) {
            if (m.value() == null) {
                missing(out, m.indices(), m.concretePath(), strict, violations, holes, true);
            } else {
                one(m.value(), m.indices(), m.concretePath(), out, nulls, empties, violations, holes);
            }
        }
    }

    /**
     * Applies a rule without wildcards to its source value, already looked up ({@code null} when
     * the source is missing); for constants the value is ignored.
     */
    void applyResolved(JsonNode v, ObjectNode out, boolean strict, ValuePolicy nulls, ValuePolicy empties,
            List<Violation> violations, boolean[] holes) {
        if (constant != null) {
            write(out, NO_INDICES, constant.deepCopy(), violations, holes);
        } else if (v == null) {
            missing(out, NO_INDICES, source.toString(), strict, violations, holes, true);
        } else {
            one(v, NO_INDICES, source, out, nulls, empties, violations, holes);
        }
    }

    private void one(JsonNode v, int[] indices, Object where, ObjectNode out, ValuePolicy nulls, ValuePolicy empties,
            List<Violation> violations, boolean[] holes) {
        JsonNode value = present(v, where, nulls, empties, violations);
        if (value != null) {
            write(out, indices, value, violations, holes);
        }
    }

    /** What this rule writes for a present source value; {@code null} for nothing (a failed transform adds a violation). */
    JsonNode present(JsonNode v, Object where, ValuePolicy nulls, ValuePolicy empties, List<Violation> violations) {
        ValuePolicy policy = v.isNull() ? nulls : isEmpty(v) ? empties : ValuePolicy.KEEP;
        if (policy == ValuePolicy.OMIT || policy == ValuePolicy.DEFAULT && defaultValue == null) {
            return null;
        }
        return policy == ValuePolicy.DEFAULT ? defaultValue.deepCopy() : convert(v, where, violations);
    }

    private JsonNode convert(JsonNode v, Object where, List<Violation> violations) {
        if (transform == null || v.isNull()) {
            return v.deepCopy();
        }
        try {
            return transform.apply(v, args);
        } catch (IllegalArgumentException | ArithmeticException e) {
            violations.add(new Violation(String.valueOf(where), "transform '" + transformName + "' failed: " + Redaction.text(e.getMessage())));
            return null;
        }
    }

    private void missing(ObjectNode out, int[] indices, String where, boolean strict, List<Violation> violations,
            boolean[] holes, boolean placeable) {
        JsonNode value = missing(where, strict, violations, placeable);
        if (value != null) {
            write(out, indices, value, violations, holes);
        }
    }

    /** What this rule writes when its source is missing: the default, or nothing (a violation in strict mode). */
    JsonNode missing(String where, boolean strict, List<Violation> violations, boolean placeable) {
        if (defaultValue != null && placeable) {
            return defaultValue.deepCopy();
        }
        if (strict && !optional) {
            violations.add(new Violation(where, "missing source for target '" + target + "' (strict mode)"));
        }
        return null;
    }

    private void write(ObjectNode out, int[] indices, JsonNode value, List<Violation> violations, boolean[] holes) {
        if (!target.write(out, indices, value)) {
            violations.add(new Violation(target.toString(), "target path conflicts with a value another rule wrote"));
        }
        holes[0] |= target.hasBrackets();
    }

    private static boolean isEmpty(JsonNode v) {
        return v.isString() ? v.stringValue().isEmpty() : v.isContainer() && v.isEmpty();
    }
}
