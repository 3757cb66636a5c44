package io.github.cxonesdk.schema.internal;

import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.schema.ChangeExample;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Looks for a payload that proves a breaking change: candidates near the changed keyword, placed
 * into a minimal payload of the writing schema at the change's location, kept only when the
 * validator says the writing schema accepts it and the reading schema rejects it because of that
 * location. Bounded by a number of validations per diff.
 */
final class ExampleFinder {
    private static final int MAX_CANDIDATES = 80;
    private static final int MAX_VALIDATIONS = 6_000;

    private final CompiledSchema oldSchema;
    private final CompiledSchema newSchema;
    private final Instances oldInstances;
    private final Instances newInstances;
    private int validations;

    /** Creates a finder for one pair of schemas. */
    ExampleFinder(PayloadValidator validator, JsonNode oldRoot, JsonNode newRoot) {
        this.oldSchema = validator.compile(oldRoot);
        this.newSchema = validator.compile(newRoot);
        this.oldInstances = new Instances(oldRoot);
        this.newInstances = new Instances(newRoot);
    }

    /** Returns up to one example per broken direction of a finding. */
    List<ChangeExample> examples(Finding f) {
        List<ChangeExample> out = new ArrayList<>(2);
        if (f.breaksBackward()) {
            find(f, true).ifPresent(p -> out.add(new ChangeExample(CompatibilityMode.BACKWARD, p)));
        }
        if (f.breaksForward()) {
            find(f, false).ifPresent(p -> out.add(new ChangeExample(CompatibilityMode.FORWARD, p)));
        }
        return out;
    }

    /** Searches a payload the old schema accepts and the new one rejects at this finding's location. */
    java.util.Optional<JsonNode> backwardExample(Finding f) {
        return find(f, true);
    }

    private java.util.Optional<JsonNode> find(Finding f, boolean backward) {
        try {
            CompiledSchema writer = backward ? oldSchema : newSchema;
            CompiledSchema reader = backward ? newSchema : oldSchema;
            Instances wi = backward ? oldInstances : newInstances;
            Instances ri = backward ? newInstances : oldInstances;
            Loc wl = backward ? f.oldLoc() : f.newLoc();
            Loc rl = backward ? f.newLoc() : f.oldLoc();
            List<JsonNode> candidates = f.property() == null ? wi.samples(wl, ri, rl) : objectCandidates(f, wi, ri, wl, rl);
            JsonNode base = wi.minimal(root(f.trail(), backward));
            String location = f.trail().pointer();
            Boolean baselineAccepted = null;
            for (JsonNode c : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES))) {
                if (validations + 2 > MAX_VALIDATIONS) {
                    return java.util.Optional.empty();
                }
                JsonNode doc = embed(base, f.trail(), c, backward, wi);
                validations += 2;
                if (!writer.accepts(doc)) {
                    continue;
                }
                ValidationResult r = reader.validate(doc);
                if (r.valid()) {
                    continue;
                }
                if (baselineAccepted == null) {
                    validations++;
                    baselineAccepted = reader.accepts(embed(base, f.trail(), wi.minimal(wl.node()), backward, wi));
                }
                if (baselineAccepted || r.violations().stream().map(Violation::path).anyMatch(p -> under(p, location))) {
                    return java.util.Optional.of(doc);
                }
            }
        } catch (RuntimeException e) {
            // a schema the example builder cannot handle: report the change without an example
        }
        return java.util.Optional.empty();
    }

    private static JsonNode root(Trail t, boolean backward) {
        Trail r = t;
        while (r.parent() != null) {
            r = r.parent();
        }
        return backward ? r.oldSchema() : r.newSchema();
    }

    private static boolean under(String path, String location) {
        return path.equals(location) || path.startsWith(location + "/");
    }

    private static List<JsonNode> objectCandidates(Finding f, Instances wi, Instances ri, Loc wl, Loc rl) {
        String p = f.property();
        JsonNode base = wi.minimal(wl.node());
        ObjectNode object = base.isObject() ? (ObjectNode) base : JsonNodeFactory.instance.objectNode();
        List<JsonNode> out = new ArrayList<>();
        ObjectNode without = object.deepCopy();
        without.remove(p);
        out.add(without);
        Loc wp = property(wi, wl, p);
        Loc rp = property(ri, rl, p);
        for (JsonNode v : wi.samples(wp, ri, rp)) {
            ObjectNode with = object.deepCopy();
            with.set(p, v);
            out.add(with);
        }
        return out;
    }

    private static Loc property(Instances side, Loc object, String p) {
        JsonNode props = object.get("properties");
        JsonNode schema = props == null ? null : props.get(p);
        if (schema == null && object.get("additionalProperties") != null) {
            schema = object.get("additionalProperties");
        }
        return new Loc(schema == null ? tools.jackson.databind.node.BooleanNode.TRUE : schema, "");
    }

    /** Copies {@code base} and puts {@code value} at the trail's location, creating containers on the way. */
    private static JsonNode embed(JsonNode base, Trail trail, JsonNode value, boolean backward, Instances wi) {
        List<Trail> steps = new ArrayList<>(trail.steps());
        if (steps.isEmpty()) {
            return value.deepCopy();
        }
        JsonNode doc = container(base.deepCopy(), steps.get(0).segment());
        JsonNode cur = doc;
        JsonNode curSchema = root(trail, backward);
        for (int i = 0; i < steps.size(); i++) {
            Object seg = steps.get(i).segment();
            JsonNode schema = backward ? steps.get(i).oldSchema() : steps.get(i).newSchema();
            JsonNode next;
            if (i == steps.size() - 1) {
                next = value.deepCopy();
            } else {
                JsonNode existing = seg instanceof Integer k ? cur.get(k) : cur.get((String) seg);
                next = container(existing != null ? existing : wi.minimal(schema), steps.get(i + 1).segment());
            }
            put(cur, seg, next, curSchema, wi);
            cur = next;
            curSchema = schema;
        }
        return doc;
    }

    private static JsonNode container(JsonNode node, Object nextSegment) {
        if (nextSegment instanceof Integer) {
            return node.isArray() ? node : JsonNodeFactory.instance.arrayNode();
        }
        return node.isObject() ? node : JsonNodeFactory.instance.objectNode();
    }

    private static void put(JsonNode parent, Object seg, JsonNode child, JsonNode parentSchema, Instances wi) {
        if (seg instanceof Integer k) {
            ArrayNode a = (ArrayNode) parent;
            while (a.size() < k) {
                a.add(wi.minimal(itemSchema(parentSchema, a.size())));
            }
            if (a.size() == k) {
                a.add(child);
            } else {
                a.set(k, child);
            }
        } else {
            ((ObjectNode) parent).set((String) seg, child);
        }
    }

    /** The schema of array position {@code i} ({@code items}, a tuple entry or {@code additionalItems}). */
    private static JsonNode itemSchema(JsonNode arraySchema, int i) {
        JsonNode items = arraySchema == null || !arraySchema.isObject() ? null : arraySchema.get("items");
        if (items != null && items.isArray()) {
            return i < items.size() ? items.get(i) : arraySchema.get("additionalItems");
        }
        return items;
    }
}
