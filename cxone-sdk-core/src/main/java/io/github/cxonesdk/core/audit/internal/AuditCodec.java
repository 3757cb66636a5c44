package io.github.cxonesdk.core.audit.internal;

import io.github.cxonesdk.core.audit.AuditEvent;
import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes audit lines and computes their chain hash over a canonical form: the JSON tree
 * without {@code hash}, object keys sorted, no whitespace. Hashing the tree (not the bytes of the line)
 * makes the check independent of field order and of how a value was spelled, yet sensitive to every value.
 *
 * <p>Two chains exist. The plain chain (no {@code chain} field, as every log before keyed chains wrote)
 * hashes with SHA-256; anyone can compute it, so it shows accidents and naive edits. The keyed chain
 * marks each line {@code "chain":"hmac-sha256"} and hashes with HMAC-SHA256 under the caller's key, so
 * nobody without the key can write a record that verifies. The marker is part of the hashed form.
 *
 * <p>This class is thread-safe.
 */
public final class AuditCodec {
    /** The field that marks a keyed record, and its value. */
    public static final String CHAIN_FIELD = "chain";
    /** The {@link #CHAIN_FIELD} value of a keyed (HMAC-SHA256) record. */
    public static final String HMAC_CHAIN = "hmac-sha256";
    /** What {@link #chainOf(JsonNode)} returns for a record without the field. */
    public static final String PLAIN_CHAIN = "sha256";

    private AuditCodec() {
    }

    /**
     * Serialises a record as one JSON line (without the line break), marked keyed when {@code keyed}.
     *
     * @param record the record
     * @param keyed whether the record was hashed with a key
     * @return the line
     */
    public static String line(AuditRecord record, boolean keyed) {
        ObjectNode tree = CxoneJson.mapper().valueToTree(record);
        if (keyed) {
            tree.put(CHAIN_FIELD, HMAC_CHAIN);
        }
        return CxoneJson.mapper().writeValueAsString(tree);
    }

    /**
     * Tells which chain a record tree belongs to.
     *
     * @param tree the tree
     * @return {@link #PLAIN_CHAIN}, {@link #HMAC_CHAIN} or whatever else the line claims
     */
    public static String chainOf(JsonNode tree) {
        JsonNode chain = tree.get(CHAIN_FIELD);
        return chain == null || chain.isNull() ? PLAIN_CHAIN : chain.asString();
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
        return chain(sequence, event, prevHash, null);
    }

    /**
     * Builds the record for {@code event} at {@code sequence} after {@code prevHash}, hashed with
     * HMAC-SHA256 under {@code key}, or SHA-256 when {@code key} is {@code null}.
     *
     * @param sequence the sequence number
     * @param event the event, with a timestamp
     * @param prevHash the previous record's hash
     * @param key the chain key, or {@code null} for the plain chain
     * @return the record
     */
    public static AuditRecord chain(long sequence, AuditEvent event, String prevHash, byte[] key) {
        AuditRecord unhashed = new AuditRecord(sequence, event.timestamp(), event.actor(), event.action(),
                event.resourceType(), event.resourceId(), event.outcome(), event.payloadSha256(),
                event.latencyMillis(), event.error(), event.attributes(), prevHash, null);
        ObjectNode tree = CxoneJson.mapper().valueToTree(unhashed);
        if (key != null) {
            tree.put(CHAIN_FIELD, HMAC_CHAIN);
        }
        String hash = hash(tree, key);
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
        return hash(tree, null);
    }

    /**
     * Computes the chain hash of a record tree, ignoring its {@code hash} field: HMAC-SHA256 under
     * {@code key}, or SHA-256 when {@code key} is {@code null}.
     *
     * @param tree the tree
     * @param key the chain key, or {@code null}
     * @return the lower-case hex hash
     */
    public static String hash(JsonNode tree, byte[] key) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        copy.remove("hash");
        StringBuilder out = new StringBuilder();
        canonical(copy, out);
        byte[] canonical = out.toString().getBytes(StandardCharsets.UTF_8);
        return key == null ? AuditEvent.sha256Hex(canonical) : hmacHex(key, canonical);
    }

    private static String hmacHex(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
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
