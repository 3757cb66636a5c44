package io.github.cxonesdk.schema.internal;

import static io.github.cxonesdk.schema.ChangeKind.*;

import io.github.cxonesdk.schema.ChangeKind;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * Object keywords: {@code required}, {@code properties} under open, partially open and closed
 * content models, {@code additionalProperties}, {@code patternProperties} and property counts.
 *
 * <p>An added property is compared with whatever governed its name before ({@code patternProperties},
 * else {@code additionalProperties}, else "anything"), a removed one with whatever governs it now; the
 * BACKWARD/FORWARD effect is that comparison's. This one rule yields the open, partially open and
 * closed cases, including properties declared as {@code {}} or {@code false}.
 */
final class ObjectRules {
    private static final String UNDECLARED = "undeclared_property";

    private ObjectRules() {
    }

    static void compare(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        required(e, o, n, t, w);
        properties(e, o, n, t, depth, w);
        additionalProperties(e, o, n, t, depth, w);
        patternProperties(e, o, n, t, depth, w);
        Bounds.upper(e, w, o, n, t, "maxProperties", MAX_PROPERTIES_ADDED, MAX_PROPERTIES_REMOVED,
                MAX_PROPERTIES_INCREASED, MAX_PROPERTIES_DECREASED);
        Bounds.lower(e, w, o, n, t, "minProperties", MIN_PROPERTIES_ADDED, MIN_PROPERTIES_REMOVED,
                MIN_PROPERTIES_INCREASED, MIN_PROPERTIES_DECREASED);
    }

    private static void required(DiffEngine e, Loc o, Loc n, Trail t, Walk w) {
        Set<String> a = names(e, o.get("required"), o.pointer());
        Set<String> b = names(e, n.get("required"), n.pointer());
        for (String p : b) {
            if (!a.contains(p)) {
                boolean defaulted = hasDefault(e, n, p, false);
                e.report(w, o, n, "/properties/" + SchemaNodes.escape(p), defaulted ? REQUIRED_WITH_DEFAULT_ADDED : REQUIRED_ADDED,
                        "'" + p + "' became required" + (defaulted ? " (with a default)" : ""), !defaulted, false, t, p);
            }
        }
        for (String p : a) {
            if (!b.contains(p)) {
                boolean defaulted = hasDefault(e, o, p, true);
                e.report(w, o, n, "/properties/" + SchemaNodes.escape(p), defaulted ? REQUIRED_WITH_DEFAULT_REMOVED : REQUIRED_REMOVED,
                        "'" + p + "' is no longer required" + (defaulted ? " (old schema has a default)" : ""), false, !defaulted, t, p);
            }
        }
    }

    private static boolean hasDefault(DiffEngine e, Loc obj, String p, boolean old) {
        JsonNode props = obj.get("properties");
        JsonNode schema = props == null ? null : props.get(p);
        if (schema == null) {
            return false;
        }
        Loc l = old ? e.resolveOld(schema, "") : e.resolveNew(schema, "");
        return l.has("default") || schema.has("default");
    }

    private static Set<String> names(DiffEngine e, JsonNode array, String pointer) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            for (JsonNode v : array.values()) {
                e.tick(pointer);
                if (v.isString()) {
                    out.add(v.stringValue());
                }
            }
        }
        return out;
    }

    private static void properties(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        JsonNode a = object(o.get("properties"));
        JsonNode b = object(n.get("properties"));
        Set<String> all = new LinkedHashSet<>(a.propertyNames());
        all.addAll(b.propertyNames());
        for (String p : all) {
            e.tick(n.pointer());
            String suffix = "/properties/" + SchemaNodes.escape(p);
            JsonNode ap = a.get(p);
            JsonNode bp = b.get(p);
            if (ap != null && bp != null) {
                Loc x = e.resolveOld(ap, o.pointer() + suffix);
                Loc y = e.resolveNew(bp, n.pointer() + suffix);
                e.compare(x, y, t.child(p, x.node(), y.node()), depth + 1, w);
            } else if (ap == null) {
                Cover cover = cover(e, o, p, true);
                boolean[] fx = e.effect(cover.loc, e.resolveNew(bp, n.pointer() + suffix), depth + 1);
                // patternProperties apply to declared properties too: the same pattern schema in the new
                // schema keeps every new value inside what the old one allowed
                fx[1] &= !samePatternCover(e, cover, n, p, false);
                ChangeKind kind = cover.model == Model.OPEN ? PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL
                        : cover.model == Model.CLOSED ? PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL : PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL;
                report(e, w, o, n, suffix, kind, "'" + p + "' added to " + cover.model.text + " content model", fx, cover, t, p);
            } else {
                Cover cover = cover(e, n, p, false);
                boolean[] fx = e.effect(e.resolveOld(ap, o.pointer() + suffix), cover.loc, depth + 1);
                fx[0] &= !samePatternCover(e, cover, o, p, true);
                ChangeKind kind = cover.model == Model.OPEN ? PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL
                        : cover.model == Model.CLOSED ? PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL : PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL;
                report(e, w, o, n, suffix, kind, "'" + p + "' removed from " + cover.model.text + " content model", fx, cover, t, p);
            }
        }
    }

    private static void report(DiffEngine e, Walk w, Loc o, Loc n, String suffix, ChangeKind kind, String detail,
            boolean[] fx, Cover cover, Trail t, String p) {
        // Under LENIENT, names that only the content model (not a declaration) allowed never occur.
        Walk scope = cover.model == Model.CLOSED ? w : w.undeclaredNames();
        e.report(scope, o, n, suffix, kind, detail, fx[0], fx[1], t, p);
    }

    private static void additionalProperties(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        JsonNode a = o.get("additionalProperties");
        JsonNode b = n.get("additionalProperties");
        if (a == null && b == null || a != null && a.equals(b)) {
            return;
        }
        Loc x = e.resolveOld(a, o.pointer() + "/additionalProperties");
        Loc y = e.resolveNew(b, n.pointer() + "/additionalProperties");
        boolean[] fx = e.effect(x, y, depth + 1);
        if (fx[0] || fx[1]) {
            ChangeKind kind = fx[0] && fx[1] ? ADDITIONAL_PROPERTIES_CHANGED : fx[0] ? ADDITIONAL_PROPERTIES_NARROWED : ADDITIONAL_PROPERTIES_WIDENED;
            e.report(w.undeclaredNames(), o, n, "/additionalProperties", kind,
                    "additionalProperties " + DiffEngine.text(a) + " -> " + DiffEngine.text(b), fx[0], fx[1], t, UNDECLARED);
        }
    }

    private static void patternProperties(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        JsonNode a = object(o.get("patternProperties"));
        JsonNode b = object(n.get("patternProperties"));
        Set<String> all = new LinkedHashSet<>(a.propertyNames());
        all.addAll(b.propertyNames());
        Walk scope = w.undeclaredNames();
        for (String re : all) {
            e.tick(n.pointer());
            String suffix = "/patternProperties/" + SchemaNodes.escape(re);
            JsonNode ap = a.get(re);
            JsonNode bp = b.get(re);
            if (ap != null && bp != null) {
                Loc x = e.resolveOld(ap, o.pointer() + suffix);
                Loc y = e.resolveNew(bp, n.pointer() + suffix);
                e.compare(x, y, t.child("(pattern " + re + ")", x.node(), y.node()), depth + 1, scope);
            } else if (ap == null) {
                boolean[] fx = e.effect(e.resolveOld(o.get("additionalProperties"), o.pointer()), e.resolveNew(bp, n.pointer() + suffix), depth + 1);
                e.report(scope, o, n, suffix, PATTERN_PROPERTY_ADDED, "patternProperties '" + io.github.cxonesdk.core.internal.Redaction.text(re) + "' added", fx[0], fx[1], t, null);
            } else {
                boolean[] fx = e.effect(e.resolveOld(ap, o.pointer() + suffix), e.resolveNew(n.get("additionalProperties"), n.pointer()), depth + 1);
                e.report(scope, o, n, suffix, PATTERN_PROPERTY_REMOVED, "patternProperties '" + io.github.cxonesdk.core.internal.Redaction.text(re) + "' removed", fx[0], fx[1], t, null);
            }
        }
    }

    private static JsonNode object(JsonNode node) {
        return node != null && node.isObject() ? node : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private enum Model {
        OPEN("an open"), PARTIAL("a partially open"), CLOSED("a closed");

        final String text;

        Model(String text) {
            this.text = text;
        }
    }

    private record Cover(Loc loc, Model model, boolean fromPattern) {
    }

    private static boolean samePatternCover(DiffEngine e, Cover cover, Loc other, String p, boolean old) {
        if (cover.model != Model.PARTIAL || !cover.fromPattern) {
            return false;
        }
        Cover mine = cover(e, other, p, old);
        return mine.fromPattern && mine.loc.node().equals(cover.loc.node());
    }

    /** What governs property {@code p} in an object schema that does not declare it. */
    private static Cover cover(DiffEngine e, Loc obj, String p, boolean old) {
        JsonNode patterns = obj.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            for (Map.Entry<String, JsonNode> entry : patterns.properties()) {
                if (PropertyPatterns.matches(entry.getKey(), p, obj.pointer() + "/patternProperties")) {
                    String where = obj.pointer() + "/patternProperties/" + SchemaNodes.escape(entry.getKey());
                    Loc l = old ? e.resolveOld(entry.getValue(), where) : e.resolveNew(entry.getValue(), where);
                    return new Cover(l, l.isFalse() ? Model.CLOSED : Model.PARTIAL, true);
                }
            }
        }
        JsonNode additional = obj.get("additionalProperties");
        String where = obj.pointer() + "/additionalProperties";
        Loc l = old ? e.resolveOld(additional, where) : e.resolveNew(additional, where);
        if (l.isFalse()) {
            return new Cover(l, Model.CLOSED, false);
        }
        boolean anything = l.node().isBoolean() || l.node().isObject() && l.node().isEmpty();
        return new Cover(anything ? new Loc(BooleanNode.TRUE, where) : l, anything ? Model.OPEN : Model.PARTIAL, false);
    }
}
