package io.github.cxonesdk.schema.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The source paths a mapping reads, as a trie the {@link JsonScanner} walks while it reads the
 * payload bytes once: fields no path names are validated and skipped, and the value at the end of
 * each path is put into that path's slot. Paths with wildcards are not supported (see
 * {@link #supports(FieldPath)}). Slots of a subtree are numbered contiguously, so a duplicate key
 * that replaces an object can clear everything read under the first one, as a parsed tree would.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourcePlan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private final Node root;
    private final int slots;
    private final int[] slotOfPath;

    /** One trie node: the children by field name and by array index, and its slot (or -1). */
    static final class Node {
        final byte[][] names;
        final String[] nameStrings;
        final Node[] byName;
        final int[] indices;
        final Node[] byIndex;
        final int slot;
        final int slotFrom;
        final int slotTo;
        /** Whether paths continue below this node (a later duplicate key must clear what they read). */
        final boolean parent;
        private final int[][] byLength;
        private final long[] heads;

        Node(byte[][] names, String[] nameStrings, Node[] byName, int[] indices, Node[] byIndex, int slot, int slotFrom, int slotTo) {
            this.names = names;
            this.nameStrings = nameStrings;
            this.byName = byName;
            this.indices = indices;
            this.byIndex = byIndex;
            this.slot = slot;
            this.slotFrom = slotFrom;
            this.slotTo = slotTo;
            this.parent = byName.length + byIndex.length > 0;
            this.byLength = byLength(names);
            this.heads = heads(names);
        }

        boolean hasNames() {
            return byName.length > 0;
        }

        boolean hasIndices() {
            return byIndex.length > 0;
        }

        /** The child for a key read raw from the input (valid UTF-8 without escapes), or null. */
        Node child(byte[] in, int from, int to) {
            int len = to - from;
            int[] candidates = byLength[Math.min(len, byLength.length - 1)];
            if (candidates.length == 0) {
                return null;
            }
            if (len <= 8 && from + 8 <= in.length) {
                // one load: the key's bytes, masked, against each candidate's first word
                long word = (long) LONGS.get(in, from) & (len == 8 ? -1L : (1L << 8 * len) - 1);
                for (int i : candidates) {
                    if (heads[i] == word) {
                        return byName[i];
                    }
                }
                return null;
            }
            for (int i : candidates) {
                byte[] k = names[i];
                if (k.length == len && same(k, in, from, len)) {
                    return byName[i];
                }
            }
            return null;
        }

        /** Each name's first eight bytes as a little-endian word, zero-padded (0 for names without a raw form). */
        private static long[] heads(byte[][] names) {
            long[] heads = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                byte[] k = names[i];
                for (int j = Math.min(k == null ? 0 : k.length, 8) - 1; j >= 0; j--) {
                    heads[i] = heads[i] << 8 | k[j] & 0xFF;
                }
            }
            return heads;
        }

        /**
         * The indices of the names with a raw form, by byte length (the last entry holds all longer
         * ones), so that most keys no path names are turned away by their length alone.
         */
        private static int[][] byLength(byte[][] names) {
            int longest = 0;
            for (byte[] n : names) {
                longest = n == null ? longest : Math.max(longest, n.length);
            }
            int[][] table = new int[Math.min(longest, 64) + 2][];
            for (int len = 0; len < table.length; len++) {
                int last = table.length - 1;
                int l = len;
                table[len] = java.util.stream.IntStream.range(0, names.length)
                        .filter(i -> names[i] != null && (l == last ? names[i].length >= last : names[i].length == l))
                        .toArray();
            }
            return table;
        }

        /** Whether {@code in[from, from + len)} equals {@code k} (of that length), eight or four bytes at a time. */
        private static boolean same(byte[] k, byte[] in, int from, int len) {
            if (len >= 8) {
                for (int j = 0; j < len - 8; j += 8) {
                    if ((long) LONGS.get(k, j) != (long) LONGS.get(in, from + j)) {
                        return false;
                    }
                }
                return (long) LONGS.get(k, len - 8) == (long) LONGS.get(in, from + len - 8);
            }
            if (len >= 4) {
                return (int) INTS.get(k, 0) == (int) INTS.get(in, from) && (int) INTS.get(k, len - 4) == (int) INTS.get(in, from + len - 4);
            }
            for (int j = 0; j < len; j++) {
                if (k[j] != in[from + j]) {
                    return false;
                }
            }
            return true;
        }

        /** The child for a decoded key, or null. */
        Node child(String key) {
            for (int i = 0; i < nameStrings.length; i++) {
                if (nameStrings[i].equals(key)) {
                    return byName[i];
                }
            }
            return null;
        }

        /** The child for an array index, or null. */
        Node child(int index) {
            int i = Arrays.binarySearch(indices, index);
            return i >= 0 ? byIndex[i] : null;
        }
    }

    private SourcePlan(Node root, int slots, int[] slotOfPath) {
        this.root = root;
        this.slots = slots;
        this.slotOfPath = slotOfPath;
    }

    /** Whether a path can be part of a plan (it has no wildcard). */
    public static boolean supports(FieldPath path) {
        return path.wildcards() == 0;
    }

    /**
     * Builds the plan; path {@code i} of the list reads into slot {@link #slotOf(int) slotOf(i)}
     * ({@code -1} for a {@code null} entry, which reads nothing).
     */
    public static SourcePlan of(List<FieldPath> paths) {
        Draft top = new Draft();
        List<Draft> ends = new ArrayList<>();
        for (FieldPath p : paths) {
            if (p == null) {
                ends.add(null);
                continue;
            }
            if (!supports(p)) {
                throw new IllegalArgumentException("wildcard path '" + p + "' cannot be planned");
            }
            Draft d = top;
            for (FieldPath.Segment s : p.segments) {
                d = s.name() != null ? d.names.computeIfAbsent(s.name(), k -> new Draft())
                        : d.indices.computeIfAbsent(s.index(), k -> new Draft());
            }
            d.end = true;
            ends.add(d);
        }
        int[] counter = {0};
        Node root = top.freeze(counter);
        int[] slotOfPath = new int[paths.size()];
        for (int i = 0; i < slotOfPath.length; i++) {
            slotOfPath[i] = ends.get(i) == null ? -1 : ends.get(i).slot;
        }
        return new SourcePlan(root, counter[0], slotOfPath);
    }

    /** The number of slots a scan fills. */
    public int slots() {
        return slots;
    }

    /** The slot path {@code i} (in the order given to {@link #of}) reads into. */
    public int slotOf(int i) {
        return slotOfPath[i];
    }

    Node root() {
        return root;
    }

    /** A mutable trie node while the plan is built. */
    private static final class Draft {
        final Map<String, Draft> names = new LinkedHashMap<>();
        final Map<Integer, Draft> indices = new TreeMap<>();
        boolean end;
        int slot = -1;

        Node freeze(int[] counter) {
            int from = counter[0];
            if (end) {
                slot = counter[0]++;
            }
            byte[][] raw = new byte[names.size()][];
            String[] keys = names.keySet().toArray(new String[0]);
            Node[] byName = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                raw[i] = encodable(keys[i]) ? keys[i].getBytes(StandardCharsets.UTF_8) : null;
                byName[i] = names.get(keys[i]).freeze(counter);
            }
            int[] idx = indices.keySet().stream().mapToInt(Integer::intValue).toArray();
            Node[] byIndex = new Node[idx.length];
            for (int i = 0; i < idx.length; i++) {
                byIndex[i] = indices.get(idx[i]).freeze(counter);
            }
            return new Node(raw, keys, byName, idx, byIndex, slot, from, counter[0]);
        }

        /** False for names with unpaired surrogates, which no raw (valid UTF-8) key can equal. */
        private static boolean encodable(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
