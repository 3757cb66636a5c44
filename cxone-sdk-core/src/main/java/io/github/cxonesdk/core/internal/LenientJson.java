package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields from service bodies that may not be JSON at all: error responses are often empty or
 * an HTML page from a proxy, and such a body must still become a clear exception, not a parse error.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class LenientJson {
    private LenientJson() {
    }

    /**
     * Parses {@code body} as a JSON object.
     *
     * @param body the body, may be blank
     * @return the object, or {@code null} when the body is blank, not JSON or not an object
     */
    public static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = CxoneJson.mapper().readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException e) {
            return null; // not JSON: the caller falls back to the status and the raw text
        }
    }

    /**
     * Returns a field of an object as text.
     *
     * @param object the object, may be {@code null}
     * @param field the field name
     * @return the value as text, or {@code null} when the object or field is missing or the value is JSON null
     */
    public static String text(JsonNode object, String field) {
        JsonNode node = object == null ? null : object.get(field);
        return node == null || node.isNull() ? null : node.asString();
    }
}
