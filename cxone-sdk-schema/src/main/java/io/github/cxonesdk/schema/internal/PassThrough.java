package io.github.cxonesdk.schema.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies the source fields no rule reads into the target, at the same path, where the rules wrote
 * nothing. The rules' source paths form a trie; one walk over the source decides per field whether
 * it was read (skip), holds read fields (descend) or was not read at all (copy whole). Immutable
 * and thread-safe; linear in the size of the source.
 */
public final class PassThrough {
    private final Node root;

    private PassThrough(Node root) {
        this.root = root;
    }

    /** Builds the trie of consumed paths. */
    public static PassThrough of(List<FieldPath> consumed) {
        Node root = new Node();
        for (FieldPath p : consumed) {
            Node n = root;
            for (FieldPath.Segment s : p.segments) {
                n = s.name() != null ? n.fields.computeIfAbsent(s.name(), k -> new Node())
                        : s.wildcard() ? (n.any == null ? (n.any = new Node()) : n.any)
                        : n.indices.computeIfAbsent(s.index(), k -> new Node());
            }
            n.consumed = true;
        }
        return new PassThrough(root);
    }

    /** Copies what the rules did not read from {@code source} into {@code target}. */
    public void copy(JsonNode source, ObjectNode target) {
        if (source.isObject()) {
            walk(source, root, target);
        }
    }

    private static void walk(JsonNode source, Node trie, JsonNode target) {
        if (source.isObject() && target.isObject()) {
            ObjectNode out = (ObjectNode) target;
            for (Map.Entry<String, JsonNode> e : source.properties()) {
                Node child = trie.fields.get(e.getKey());
                JsonNode existing = out.get(e.getKey());
                if (child == null) {
                    if (existing == null) {
                        out.set(e.getKey(), e.getValue().deepCopy());
                    }
                } else if (!child.consumed && e.getValue().isContainer()) {
                    JsonNode next = existing != null ? existing : empty(e.getValue());
                    if (existing == null) {
                        out.set(e.getKey(), next);
                    }
                    walk(e.getValue(), child, next);
                }
            }
        } else if (source.isArray() && target.isArray()) {
            ArrayNode out = (ArrayNode) target;
            for (int k = 0; k < source.size(); k++) {
                Node child = trie.indices.getOrDefault(k, trie.any);
                JsonNode value = source.get(k);
                while (out.size() <= k) {
                    out.add(FieldPath.HOLE);
                }
                JsonNode existing = out.get(k) == FieldPath.HOLE ? null : out.get(k);
                if (child == null) {
                    if (existing == null) {
                        out.set(k, value.deepCopy());
                    }
                } else if (!child.consumed && value.isContainer()) {
                    JsonNode next = existing != null ? existing : empty(value);
                    out.set(k, next);
                    walk(value, child, next);
                }
            }
        }
    }

    private static JsonNode empty(JsonNode like) {
        return like.isArray() ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
    }

    private static final class Node {
        final Map<String, Node> fields = new HashMap<>();
        final Map<Integer, Node> indices = new HashMap<>();
        Node any;
        boolean consumed;
    }
}
