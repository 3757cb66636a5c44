package io.github.cxonesdk.schema;

import io.github.cxonesdk.core.json.CxoneJson;
import tools.jackson.databind.JsonNode;

/** Test helper: parses JSON text, accepting single quotes for readability. */
final class Json {
    private Json() {
    }

    static JsonNode of(String text) {
        return CxoneJson.mapper().readTree(text.replace('\'', '"'));
    }
}
