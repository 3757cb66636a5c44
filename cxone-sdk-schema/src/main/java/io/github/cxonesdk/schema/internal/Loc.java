package io.github.cxonesdk.schema.internal;

import tools.jackson.databind.JsonNode;

/**
 * A subschema and its JSON Pointer inside its document, with local {@code $ref}s already followed.
 *
 * @param node the subschema (an object or a boolean)
 * @param pointer where it is in its document
 */
record Loc(JsonNode node, String pointer) {
    boolean isFalse() {
        return node.isBoolean() && !node.booleanValue();
    }

    boolean isObject() {
        return node.isObject();
    }

    JsonNode get(String keyword) {
        return node.isObject() ? node.get(keyword) : null;
    }

    boolean has(String keyword) {
        return get(keyword) != null;
    }
}
