package io.github.cxonesdk.dashboards.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Canonical JSON (object keys sorted, no whitespace, nulls omitted as by the shared mapper) and its
 * SHA-256, so that equal content always hashes equal whatever the property order. Thread-safe.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /**
     * Returns the canonical JSON of {@code value}.
     *
     * @param value a JSON-serialisable value
     * @return the canonical text
     */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(CxoneJson.mapper().valueToTree(value), out);
        return out.toString();
    }

    /**
     * Returns the lower-case hex SHA-256 of the canonical JSON of {@code value}.
     *
     * @param value a JSON-serialisable value
     * @return 64 hex digits
     */
    public static String sha256(Object value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e); // every JDK ships it
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : ",").append(CxoneJson.mapper().writeValueAsString(fields.get(i).getKey()))
                        .append(':');
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            int i = 0;
            for (JsonNode element : node) {
                out.append(i++ == 0 ? "" : ",");
                write(element, out);
            }
            out.append(']');
        } else {
            out.append(CxoneJson.mapper().writeValueAsString(node));
        }
    }
}
