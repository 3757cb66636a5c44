package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.eventbridge.engine.MalformedEventException;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Fills {@link EventValues} from an event, reading only the compiled paths. From a token stream
 * it never builds a tree: subtrees no path enters are skipped token by token. A path through an
 * array, or through a scalar, stays missing; duplicate keys resolve to the last one, as Jackson's
 * tree model does.
 *
 * <p>Stateless and thread-safe.
 */
final class Extractors {
    private Extractors() {
    }

    /**
     * Reads a whole document from {@code parser} (positioned before its first token): exactly one
     * JSON value, then only whitespace.
     *
     * @throws MalformedEventException when there is no value or something follows it
     */
    static void fromStream(JsonParser parser, PathTrie.Node root, EventValues values) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new MalformedEventException("event is empty");
        }
        if (first == JsonToken.START_OBJECT) {
            readObject(parser, root, values);
        } else {
            parser.skipChildren(); // not an object: every path is missing
        }
        if (parser.nextToken() != null) {
            throw new MalformedEventException("event has content after its JSON value (line "
                    + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr() + ")");
        }
    }

    private static void readObject(JsonParser parser, PathTrie.Node node, EventValues values) {
        String name;
        while ((name = parser.nextName()) != null) {
            PathTrie.Node child = node.child(name);
            JsonToken token = parser.nextToken();
            if (child == null) {
                parser.skipChildren();
                continue;
            }
            for (int slot : child.subtreeSlots) {
                values.clear(slot);
            }
            if (child.slot >= 0) {
                readValue(parser, token, child.slot, values);
            }
            if (token == JsonToken.START_OBJECT) {
                if (child.hasChildren()) {
                    readObject(parser, child, values);
                } else {
                    parser.skipChildren();
                }
            } else if (token == JsonToken.START_ARRAY) {
                if (child.slot >= 0) {
                    readArray(parser, child.slot, values);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** Records a value token; containers are only marked here (the caller walks into them). */
    private static void readValue(JsonParser parser, JsonToken token, int slot, EventValues values) {
        switch (token) {
            case VALUE_STRING -> values.setString(slot, parser.getString());
            case VALUE_NUMBER_INT -> {
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    values.setLong(slot, parser.getLongValue());
                } else {
                    values.setDecimal(slot, parser.getDecimalValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                if (!values.setNumberText(slot, parser.getStringCharacters(), parser.getStringOffset(),
                        parser.getStringLength())) {
                    values.setDecimal(slot, parser.getDecimalValue());
                }
            }
            case VALUE_TRUE -> values.setScalar(slot, EventValues.TRUE);
            case VALUE_FALSE -> values.setScalar(slot, EventValues.FALSE);
            case VALUE_NULL -> values.setScalar(slot, EventValues.NULL);
            case START_OBJECT -> values.setScalar(slot, EventValues.OBJECT);
            case START_ARRAY -> values.startArray(slot);
            default -> values.setScalar(slot, EventValues.OBJECT); // embedded objects: opaque
        }
    }

    private static void readArray(JsonParser parser, int slot, EventValues values) {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            int element = values.addElement(slot);
            EventValues pool = values.elements();
            if (token == JsonToken.START_ARRAY) {
                pool.setScalar(element, EventValues.ARRAY);
                parser.skipChildren();
            } else if (token == JsonToken.START_OBJECT) {
                pool.setScalar(element, EventValues.OBJECT);
                parser.skipChildren();
            } else {
                readValue(parser, token, element, pool);
            }
        }
    }

    /** Reads the compiled paths from a tree. */
    static void fromTree(JsonNode event, PathTrie.Node root, EventValues values) {
        if (event != null && event.isObject()) {
            walk(event, root, values);
        }
    }

    private static void walk(JsonNode object, PathTrie.Node node, EventValues values) {
        for (Map.Entry<String, PathTrie.Node> entry : node.children.entrySet()) {
            JsonNode value = object.get(entry.getKey());
            if (value == null || value.isMissingNode()) {
                continue;
            }
            PathTrie.Node child = entry.getValue();
            if (child.slot >= 0) {
                treeValue(value, child.slot, values, true);
            }
            if (value.isObject() && child.hasChildren()) {
                walk(value, child, values);
            }
        }
    }

    private static void treeValue(JsonNode value, int slot, EventValues values, boolean captureArray) {
        if (value.isString()) {
            values.setString(slot, value.stringValue());
        } else if (value.isNumber()) {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                values.setLong(slot, value.longValue());
            } else if (value.isDouble() || value.isFloat()) {
                double d = value.doubleValue();
                if (Double.isFinite(d)) {
                    values.setDecimal(slot, value.decimalValue());
                } else {
                    values.setScalar(slot, EventValues.OBJECT); // NaN/Infinity are not JSON numbers
                }
            } else {
                values.setDecimal(slot, value.decimalValue());
            }
        } else if (value.isBoolean()) {
            values.setScalar(slot, value.booleanValue() ? EventValues.TRUE : EventValues.FALSE);
        } else if (value.isNull()) {
            values.setScalar(slot, EventValues.NULL);
        } else if (value.isArray() && captureArray) {
            values.startArray(slot);
            for (JsonNode element : value.values()) {
                int index = values.addElement(slot);
                treeValue(element, index, values.elements(), false);
            }
        } else {
            values.setScalar(slot, value.isArray() ? EventValues.ARRAY : EventValues.OBJECT);
        }
    }
}
