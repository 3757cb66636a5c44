package io.github.cxonesdk.testkit.internal;

import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The simulator's own JSON helpers; deliberately independent of the SDK's mapper. */
public final class Json {
    /**
     * Reads JSON numbers with a fraction or exponent as exact decimals: API.md compares numbers
     * exactly, and a double would round {@code 1.00000000000000000001} to 1 and turn {@code 1e400}
     * into infinity (which no decimal can hold).
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Parses a request body that must be a JSON object, or answers 400. */
    public static ObjectNode parseObject(String body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("invalid_request", "body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("invalid_request", "body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Parses text to a tree, or returns empty when it is not JSON. */
    public static Optional<JsonNode> tryParse(String text) {
        try {
            return Optional.ofNullable(MAPPER.readTree(text));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** Returns the string value of a string node, or null for any other node. */
    public static String string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    /** Returns a decimal for a JSON number or a string in JSON number syntax (API.md "Numeric"), else null. */
    public static BigDecimal numeric(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            // a tree built in code may hold a non-finite double, which is no JSON number
            return (node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()) ? null : node.decimalValue();
        }
        if (node.isString()) {
            return NumericText.parse(node.stringValue()); // JSON number syntax only, linear time
        }
        return null;
    }
}
