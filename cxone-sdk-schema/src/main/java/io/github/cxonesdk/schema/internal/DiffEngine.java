package io.github.cxonesdk.schema.internal;

import static io.github.cxonesdk.schema.ChangeKind.*;

import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.schema.ChangeKind;
import io.github.cxonesdk.schema.ContentModelPolicy;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.SchemaChange;
import io.github.cxonesdk.schema.SchemaDiffOptions;
import io.github.cxonesdk.schema.internal.SchemaNodes.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Walks an old and a new schema side by side and records every change with its BACKWARD and
 * FORWARD effect. Work is bounded: the depth and the number of examined nodes are capped by the
 * options, each subschema pair is compared once (reference cycles end), and enum values are
 * compared through hash sets.
 */
public final class DiffEngine {
    private static final List<String> ANNOTATIONS = List.of("title", "description", "$comment", "examples", "$id", "$schema");
    private static final List<String> OTHER_KEYWORDS = List.of("not", "if", "then", "else", "dependencies",
            "dependentRequired", "dependentSchemas", "propertyNames", "contains", "minContains", "maxContains",
            "unevaluatedProperties", "unevaluatedItems", "prefixItems", "contentMediaType", "contentEncoding");

    final JsonNode oldRoot;
    final JsonNode newRoot;
    final SchemaDiffOptions options;
    private int nodes;

    private DiffEngine(JsonNode oldRoot, JsonNode newRoot, SchemaDiffOptions options) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
        this.options = options;
    }

    /**
     * Compares two schemas.
     *
     * @param oldSchema the old schema
     * @param newSchema the new schema
     * @param options the options
     * @param validator validates example payloads (null when examples are off)
     * @return the changes in schema order
     */
    public static List<SchemaChange> changes(JsonNode oldSchema, JsonNode newSchema, SchemaDiffOptions options,
            PayloadValidator validator) {
        List<Finding> findings = findings(oldSchema, newSchema, options);
        ExampleFinder examples = null;
        if (options.examples() && findings.stream().anyMatch(f -> f.breaksBackward() || f.breaksForward())) {
            try {
                examples = new ExampleFinder(validator, oldSchema, newSchema);
            } catch (RuntimeException e) {
                // a schema the validator cannot compile (for example an unreachable remote $ref): no examples
            }
        }
        List<SchemaChange> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (examples != null && f.kind() == ChangeKind.BRANCH_ADDED && f.detail().startsWith("oneOf") && !f.breaksBackward()
                    && examples.backwardExample(f).isPresent()) {
                // an added oneOf branch that overlaps an old one makes some old payloads match twice: proven, so breaking
                f = new Finding(f.pointer(), f.kind(), f.detail() + "; it overlaps an old branch", true, f.breaksForward(),
                        f.trail(), f.property(), f.oldLoc(), f.newLoc());
            }
            out.add(new SchemaChange(f.pointer(), f.kind(), f.detail(), f.breaksBackward(), f.breaksForward(),
                    examples == null ? List.of() : examples.examples(f)));
        }
        return out;
    }

    static List<Finding> findings(JsonNode oldSchema, JsonNode newSchema, SchemaDiffOptions options) {
        DiffEngine engine = new DiffEngine(oldSchema, newSchema, options);
        List<Finding> out = new ArrayList<>();
        Loc o = SchemaNodes.resolve(oldSchema, oldSchema, "");
        Loc n = SchemaNodes.resolve(newSchema, newSchema, "");
        engine.compare(o, n, Trail.root(o.node(), n.node()), 0, Walk.of(out::add));
        return out;
    }

    Loc resolveOld(JsonNode node, String pointer) {
        return SchemaNodes.resolve(oldRoot, node, pointer);
    }

    Loc resolveNew(JsonNode node, String pointer) {
        return SchemaNodes.resolve(newRoot, node, pointer);
    }

    /** Counts one unit of work; fails past the budget. */
    void tick(String pointer) {
        if (++nodes > options.maxNodes()) {
            throw SchemaNodes.invalid(pointer, "schema comparison exceeds the budget of " + options.maxNodes()
                    + " nodes (SchemaDiffOptions.limits)");
        }
    }

    void compare(Loc o, Loc n, Trail t, int depth, Walk w) {
        String where = n.pointer();
        tick(where);
        if (depth > options.maxDepth()) {
            throw SchemaNodes.invalid(where, "schema nesting exceeds the depth limit of " + options.maxDepth());
        }
        if (!w.firstVisit(o.node(), n.node())) {
            return;
        }
        if (isRemoteRef(o) || isRemoteRef(n)) {
            if (!o.node().equals(n.node())) {
                report(w, o, n, "", REFERENCE_CHANGED, "$ref " + text(o.get("$ref")) + " -> " + text(n.get("$ref")), true, true, t, null);
            }
            return;
        }
        if (o.isFalse() || n.isFalse()) {
            if (!o.isFalse()) {
                report(w, o, n, "", TYPE_NARROWED, "schema became false (accepts nothing)", true, false, t, null);
            } else if (!n.isFalse()) {
                report(w, o, n, "", TYPE_WIDENED, "schema was false (accepted nothing)", false, true, t, null);
            }
            return;
        }
        if (CombinatorRules.unionWrapping(this, o, n, t, w)) {
            return;
        }
        compareTypes(o, n, t, w);
        compareValues(o, n, t, w);
        compareStrings(o, n, t, w);
        compareNumbers(o, n, t, w);
        ObjectRules.compare(this, o, n, t, depth, w);
        ArrayRules.compare(this, o, n, t, depth, w);
        CombinatorRules.compare(this, o, n, t, depth, w);
        compareOthers(o, n, t, w);
    }

    /** The BACKWARD/FORWARD effect of replacing {@code o} by {@code n}, without recording anything. */
    boolean[] effect(Loc o, Loc n, int depth) {
        boolean[] flags = new boolean[2];
        compare(o, n, Trail.root(o.node(), n.node()), depth, Walk.of(f -> {
            flags[0] |= f.breaksBackward();
            flags[1] |= f.breaksForward();
        }));
        return flags;
    }

    void report(Walk w, Loc o, Loc n, String suffix, ChangeKind kind, String detail, boolean backward,
            boolean forward, Trail t, String property) {
        reportAt(w, n.pointer() + suffix, o, n, kind, detail, backward, forward, t, property);
    }

    void reportAt(Walk w, String pointer, Loc o, Loc n, ChangeKind kind, String detail, boolean backward,
            boolean forward, Trail t, String property) {
        boolean lenient = w.undeclared && options.policy() == ContentModelPolicy.LENIENT;
        w.add(new Finding(pointer, kind, detail, backward && !lenient, forward && !lenient, t, property, o, n));
    }

    private static boolean isRemoteRef(Loc l) {
        JsonNode ref = l.get("$ref");
        return ref != null && ref.isString() && !SchemaNodes.isLocalPointer(ref.stringValue());
    }

    static String text(JsonNode v) {
        return v == null ? "(none)" : Redaction.text(v.isString() ? v.stringValue() : v.toString());
    }

    private void compareTypes(Loc o, Loc n, Trail t, Walk w) {
        if (!o.has("type") && !n.has("type")) {
            return;
        }
        Set<Type> a = SchemaNodes.types(o);
        Set<Type> b = SchemaNodes.types(n);
        boolean backward = a.stream().anyMatch(x -> !SchemaNodes.covers(b, x));
        boolean forward = b.stream().anyMatch(x -> !SchemaNodes.covers(a, x));
        if (backward || forward) {
            ChangeKind kind = backward && forward ? TYPE_CHANGED : backward ? TYPE_NARROWED : TYPE_WIDENED;
            String detail = "type " + (o.has("type") ? text(o.get("type")) : "(any)") + " -> "
                    + (n.has("type") ? text(n.get("type")) : "(any)");
            report(w, o, n, "/type", kind, detail, backward, forward, t, null);
        }
    }

    private void compareValues(Loc o, Loc n, Trail t, Walk w) {
        Map<String, JsonNode> a = values(o);
        Map<String, JsonNode> b = values(n);
        if (a == null && b == null) {
            return;
        }
        boolean constOld = o.has("const");
        boolean constNew = n.has("const");
        String suffix = constNew || (b == null && constOld) ? "/const" : "/enum";
        if (a == null) {
            report(w, o, n, suffix, constNew ? CONST_ADDED : ENUM_ADDED, "values restricted to " + summary(b), true, false, t, null);
        } else if (b == null) {
            report(w, o, n, suffix, constOld ? CONST_REMOVED : ENUM_REMOVED, "values no longer restricted (were " + summary(a) + ")", false, true, t, null);
        } else {
            List<String> removed = a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
            List<String> added = b.keySet().stream().filter(k -> !a.containsKey(k)).toList();
            if (removed.isEmpty() && added.isEmpty()) {
                return;
            }
            ChangeKind kind = constOld && constNew ? CONST_CHANGED
                    : removed.isEmpty() ? ENUM_VALUES_ADDED : added.isEmpty() ? ENUM_VALUES_REMOVED : ENUM_VALUES_CHANGED;
            String detail = (added.isEmpty() ? "" : "added " + summary(pick(b, added)))
                    + (added.isEmpty() || removed.isEmpty() ? "" : "; ")
                    + (removed.isEmpty() ? "" : "removed " + summary(pick(a, removed)));
            report(w, o, n, suffix, kind, detail, !removed.isEmpty(), !added.isEmpty(), t, null);
        }
    }

    private Map<String, JsonNode> values(Loc l) {
        JsonNode c = l.get("const");
        JsonNode e = l.get("enum");
        if (c == null && (e == null || !e.isArray())) {
            return null;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode v : c != null ? List.of(c) : e.values()) {
            tick(l.pointer());
            out.putIfAbsent(SchemaNodes.canonical(v), v);
        }
        return out;
    }

    private static Map<String, JsonNode> pick(Map<String, JsonNode> all, List<String> keys) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, all.get(k)));
        return out;
    }

    private static String summary(Map<String, JsonNode> values) {
        List<String> shown = values.values().stream().limit(5).map(JsonNode::toString).toList();
        String more = values.size() > 5 ? " and " + (values.size() - 5) + " more" : "";
        return Redaction.text(String.join(", ", shown)) + more;
    }

    private void compareStrings(Loc o, Loc n, Trail t, Walk w) {
        Bounds.upper(this, w, o, n, t, "maxLength", MAX_LENGTH_ADDED, MAX_LENGTH_REMOVED, MAX_LENGTH_INCREASED, MAX_LENGTH_DECREASED);
        Bounds.lower(this, w, o, n, t, "minLength", MIN_LENGTH_ADDED, MIN_LENGTH_REMOVED, MIN_LENGTH_INCREASED, MIN_LENGTH_DECREASED);
        textKeyword(o, n, t, w, "pattern", PATTERN_ADDED, PATTERN_REMOVED, PATTERN_CHANGED);
        textKeyword(o, n, t, w, "format", FORMAT_ADDED, FORMAT_REMOVED, FORMAT_CHANGED);
    }

    private void textKeyword(Loc o, Loc n, Trail t, Walk w, String keyword, ChangeKind added, ChangeKind removed, ChangeKind changed) {
        JsonNode a = o.get(keyword);
        JsonNode b = n.get(keyword);
        if (a == null && b == null || a != null && a.equals(b)) {
            return;
        }
        ChangeKind kind = a == null ? added : b == null ? removed : changed;
        report(w, o, n, "/" + keyword, kind, keyword + " " + text(a) + " -> " + text(b), b != null, a != null, t, null);
    }

    private void compareNumbers(Loc o, Loc n, Trail t, Walk w) {
        Bounds.upper(this, w, o, n, t, "maximum", MAXIMUM_ADDED, MAXIMUM_REMOVED, MAXIMUM_INCREASED, MAXIMUM_DECREASED);
        Bounds.lower(this, w, o, n, t, "minimum", MINIMUM_ADDED, MINIMUM_REMOVED, MINIMUM_INCREASED, MINIMUM_DECREASED);
        Bounds.upper(this, w, o, n, t, "exclusiveMaximum", EXCLUSIVE_MAXIMUM_ADDED, EXCLUSIVE_MAXIMUM_REMOVED,
                EXCLUSIVE_MAXIMUM_INCREASED, EXCLUSIVE_MAXIMUM_DECREASED);
        Bounds.lower(this, w, o, n, t, "exclusiveMinimum", EXCLUSIVE_MINIMUM_ADDED, EXCLUSIVE_MINIMUM_REMOVED,
                EXCLUSIVE_MINIMUM_INCREASED, EXCLUSIVE_MINIMUM_DECREASED);
        Bounds.multipleOf(this, w, o, n, t);
    }

    private void compareOthers(Loc o, Loc n, Trail t, Walk w) {
        for (String keyword : OTHER_KEYWORDS) {
            JsonNode a = o.get(keyword);
            JsonNode b = n.get(keyword);
            if (a == null && b == null || a != null && a.equals(b)) {
                continue;
            }
            ChangeKind kind = a == null ? KEYWORD_ADDED : b == null ? KEYWORD_REMOVED : KEYWORD_CHANGED;
            report(w, o, n, "/" + keyword, kind, keyword + " " + (a == null ? "added" : b == null ? "removed" : "changed"),
                    b != null, a != null, t, null);
        }
        for (String keyword : ANNOTATIONS) {
            if (!java.util.Objects.equals(o.get(keyword), n.get(keyword))) {
                report(w, o, n, "/" + keyword, ANNOTATION_CHANGED, keyword + " changed", false, false, t, null);
            }
        }
        if (!java.util.Objects.equals(o.get("default"), n.get("default"))) {
            report(w, o, n, "/default", DEFAULT_CHANGED, "default " + text(o.get("default")) + " -> " + text(n.get("default")),
                    false, false, t, null);
        }
    }
}
