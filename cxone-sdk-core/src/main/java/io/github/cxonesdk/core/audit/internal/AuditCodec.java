package io.github.cxonesdk.core.audit.internal;

import io.github.cxonesdk.core.audit.AuditEvent;
import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes audit lines and computes their chain hash over a canonical form: the JSON tree
 * without {@code hash}, object keys sorted, no whitespace. Hashing the tree (not the bytes of the line)
 * makes the check independent of field order and of how a value was spelled, yet sensitive to every value.
 *
 * <p>This class is thread-safe.
 */
public final class AuditCodec {
    private AuditCodec() {
    }

    /**
     * Serialises a record as one JSON line (without the line break).
     *
     * @param record the record
     * @return the line
     */
    public static String line(AuditRecord record) {
        return CxoneJson.mapper().writeValueAsString(record);
    }

    /**
     * Parses a line into its JSON tree.
     *
     * @param line the line
     * @return the object tree
     * @throws IllegalArgumentException if the line is not a JSON object
     */
    public static ObjectNode tree(String line) {
        JsonNode node;
        try {
            node = CxoneJson.mapper().readTree(line);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (ObjectNode) node;
    }

    /**
     * Converts a tree into a record.
     *
     * @param tree the tree
     * @return the record
     * @throws IllegalArgumentException if the tree is not a valid record
     */
    public static AuditRecord record(ObjectNode tree) {
        try {
            return CxoneJson.mapper().treeToValue(tree, AuditRecord.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid audit record: " + e.getMessage(), e);
        }
    }

    /**
     * Builds the record for {@code event} at {@code sequence} after {@code prevHash}, with its hash.
     *
     * @param sequence the sequence number
     * @param event the event, with a timestamp
     * @param prevHash the previous record's hash
     * @return the record
     */
    public static AuditRecord chain(long sequence, AuditEvent event, String prevHash) {
        AuditRecord unhashed = new AuditRecord(sequence, event.timestamp(), event.actor(), event.action(),
                event.resourceType(), event.resourceId(), event.outcome(), event.payloadSha256(),
                event.latencyMillis(), event.error(), event.attributes(), prevHash, null);
        String hash = hash(CxoneJson.mapper().valueToTree(unhashed));
        return new AuditRecord(sequence, unhashed.timestamp(), unhashed.actor(), unhashed.action(),
                unhashed.resourceType(), unhashed.resourceId(), unhashed.outcome(), unhashed.payloadSha256(),
                unhashed.latencyMillis(), unhashed.error(), unhashed.attributes(), prevHash, hash);
    }

    /**
     * Computes the hash of a record tree, ignoring its {@code hash} field.
     *
     * @param tree the tree
     * @return the lower-case hex SHA-256
     */
    public static String hash(JsonNode tree) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        copy.remove("hash");
        StringBuilder out = new StringBuilder();
        canonical(copy, out);
        return AuditEvent.sha256Hex(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void canonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                if (e.getValue().isNull()) {
                    continue; // absent and null mean the same in a record
                }
                out.append(first ? "" : ",").append(CxoneJson.mapper().writeValueAsString(e.getKey())).append(':');
                canonical(e.getValue(), out);
                first = false;
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                canonical(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(CxoneJson.mapper().writeValueAsString(node));
        }
    }
}
