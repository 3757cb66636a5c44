package io.github.cxonesdk.eventbridge.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dot paths the compiled filters read, as a trie of property names. Each distinct path gets a
 * slot number; extractors walk an event along the trie and skip every subtree no path enters.
 *
 * <p>Immutable after {@link #freeze()}; thread-safe from then on.
 */
public final class PathTrie {
    private final Node root = new Node();
    private final Map<String, Integer> slots = new LinkedHashMap<>();

    /**
     * Returns the slot of a dot path, adding it when new.
     *
     * @param path such as {@code payload.customer.tier}
     * @return the slot number
     */
    public int slot(String path) {
        Integer existing = slots.get(path);
        if (existing != null) {
            return existing;
        }
        Node node = root;
        for (String name : path.split("\\.", -1)) {
            node = node.children.computeIfAbsent(name, k -> new Node());
        }
        node.slot = slots.size();
        slots.put(path, node.slot);
        return node.slot;
    }

    /** Returns the number of slots. */
    int size() {
        return slots.size();
    }

    /** Returns the root node. */
    Node root() {
        return root;
    }

    /** Computes every node's subtree slots; call once after the last {@link #slot(String)}. */
    void freeze() {
        root.freeze();
    }

    /** One property name on a path. */
    static final class Node {
        final HashMap<String, Node> children = new HashMap<>();
        int slot = -1;
        /** This node's slot and every descendant's: cleared when a duplicate key re-enters the node. */
        int[] subtreeSlots = new int[0];

        /** Children as parallel arrays: faster than hashing for the few children a node has. */
        private String[] names = new String[0];
        private Node[] nodes = new Node[0];

        Node child(String name) {
            String[] keys = names;
            for (int k = 0; k < keys.length; k++) {
                // Jackson hands out canonical (usually interned) names, so identity mostly decides
                String key = keys[k];
                if (key == name || key.equals(name)) {
                    return nodes[k];
                }
            }
            return null;
        }

        boolean hasChildren() {
            return !children.isEmpty();
        }

        private List<Integer> freeze() {
            names = children.keySet().stream().map(String::intern).toArray(String[]::new);
            nodes = new Node[names.length];
            for (int k = 0; k < names.length; k++) {
                nodes[k] = children.get(names[k]);
            }
            List<Integer> all = new ArrayList<>();
            if (slot >= 0) {
                all.add(slot);
            }
            for (Node child : children.values()) {
                all.addAll(child.freeze());
            }
            subtreeSlots = all.stream().mapToInt(Integer::intValue).toArray();
            return all;
        }
    }
}
