package io.github.cxonesdk.eventbridge.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes JSON trees as canonical YAML: keys sorted at every level, no document marker, minimal
 * but type-preserving quoting (a string {@code "300"} stays a string), LF line endings. The
 * same tree always gives the same bytes.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class YamlCodec {
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .stringQuotingChecker(new UnicodeBreakQuoting()).build())
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            // like CxoneJson: decimals read exactly, never rounded through a double
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private YamlCodec() {
    }

    /**
     * Jackson's default quoting, plus quotes for strings holding U+0085, U+2028, U+2029 or U+FEFF:
     * a YAML reader takes those as line breaks or a byte-order mark in a plain scalar, so the
     * value would not read back (a lone U+0085 read back as nothing).
     */
    private static final class UnicodeBreakQuoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            for (int k = 0; k < value.length(); k++) {
                char c = value.charAt(k);
                if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                    return true;
                }
            }
            return super.needToQuoteValue(value);
        }
    }

    /**
     * Converts a value to a tree with the shared JSON mapper (so null components are dropped and
     * snake_case names are used) and sorts its keys.
     *
     * @param value a JSON-serialisable value
     * @return a sorted copy of its tree
     */
    public static JsonNode sortedTree(Object value) {
        JsonMapper json = CxoneJson.mapper();
        return sort(json.valueToTree(value), json);
    }

    /**
     * Writes a tree as YAML.
     *
     * @param tree the tree, normally from {@link #sortedTree(Object)}
     * @return the YAML text, ending in a newline
     */
    public static String write(JsonNode tree) {
        return YAML.writeValueAsString(tree).replace("\r\n", "\n");
    }

    /**
     * Reads YAML text into a tree.
     *
     * @param yaml the text
     * @return the tree
     * @throws tools.jackson.core.JacksonException if the text is not YAML
     */
    public static JsonNode read(String yaml) {
        return YAML.readTree(yaml);
    }

    private static JsonNode sort(JsonNode node, JsonMapper json) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull()) {
                    sorted.put(e.getKey(), sort(e.getValue(), json));
                }
            }
            ObjectNode out = json.createObjectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(sort(element, json)));
            ArrayNode out = json.createArrayNode();
            elements.forEach(out::add);
            return out;
        }
        return node;
    }
}
