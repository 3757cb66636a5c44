package io.github.cxonesdk.schema.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.databind.JsonNode;

/**
 * The payload path down to a compared location, as a persistent list: each step names the member
 * (a property name or an array index) and the old and new subschemas that govern it.
 *
 * @param parent the step above, {@code null} at the root
 * @param segment a {@code String} property name or an {@code Integer} index; {@code null} at the root
 * @param oldSchema the old subschema at this step
 * @param newSchema the new subschema at this step
 */
record Trail(Trail parent, Object segment, JsonNode oldSchema, JsonNode newSchema) {
    static Trail root(JsonNode oldRoot, JsonNode newRoot) {
        return new Trail(null, null, oldRoot, newRoot);
    }

    Trail child(Object segment, JsonNode oldSchema, JsonNode newSchema) {
        return new Trail(this, segment, oldSchema, newSchema);
    }

    /** The steps from the root (excluded) down to this one. */
    Deque<Trail> steps() {
        Deque<Trail> out = new ArrayDeque<>();
        for (Trail t = this; t.parent != null; t = t.parent) {
            out.addFirst(t);
        }
        return out;
    }

    /** The payload location as a JSON Pointer. */
    String pointer() {
        StringBuilder sb = new StringBuilder();
        for (Trail t : steps()) {
            sb.append('/').append(SchemaNodes.escape(String.valueOf(t.segment)));
        }
        return sb.toString();
    }
}
