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
    private static final long[] MASKS = {0L, 0xFFL, 0xFFFFL, 0xFF_FFFFL, 0xFFFF_FFFFL, 0xFF_FFFF_FFFFL, 0xFFFF_FFFF_FFFFL,
        0xFF_FFFF_FFFF_FFFFL, -1L};
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
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
        /**
         * For a parent node, one bit of its own among the first 64 parent nodes, so a scan knows
         * whether it entered the node before and has slots to clear; 0 for the others, which always clear.
         */
        final long bit;
        /** Bit {@code k} set when some name is {@code k} bytes long (names of 64 bytes or more are not marked). */
        private final long lengths;
        private final long[] shortWords;
        private final long[] headWords;
        private final long[] tailWords;

        Node(byte[][] names, String[] nameStrings, Node[] byName, int[] indices, Node[] byIndex, int slot, int slotFrom, int slotTo,
                int[] parents) {
            this.names = names;
            this.nameStrings = nameStrings;
            this.byName = byName;
            this.indices = indices;
            this.byIndex = byIndex;
            this.slot = slot;
            this.slotFrom = slotFrom;
            this.slotTo = slotTo;
            this.parent = byName.length + byIndex.length > 0;
            this.bit = parent && parents[0] < 64 ? 1L << parents[0]++ : 0L;
            this.lengths = lengths(names);
            this.shortWords = shortWords(names);
            this.headWords = longWords(names, false);
            this.tailWords = longWords(names, true);
        }

        boolean hasNames() {
            return byName.length > 0;
        }

        boolean hasIndices() {
            return byIndex.length > 0;
        }

        /**
         * The child for a key read raw from the input (valid UTF-8 without escapes), or null. Keys of
         * up to 16 bytes are compared as one or two words against words prepared from the names, a
         * short scan of one array with no pointer chasing.
         */
        Node child(byte[] in, int from, int to) {
            int len = to - from;
            if (len < 64 && (lengths & 1L << len) == 0) {
                return null; // no name is this long: most keys a plan does not name end here
            }
            if (len <= 8 && from + 8 <= in.length) {
                // a valid key never holds a zero byte or 0xFF, so equal masked words mean equal keys
                long word = (long) LONGS.get(in, from) & MASKS[len];
                long[] h = shortWords;
                for (int i = 0; i < h.length; i++) {
                    if (h[i] == word) {
                        return byName[i];
                    }
                }
                return null;
            }
            if (len > 8 && len <= 16) {
                long head = (long) LONGS.get(in, from);
                long tail = (long) LONGS.get(in, to - 8);
                for (int i = 0; i < headWords.length; i++) {
                    if (headWords[i] == head && tailWords[i] == tail && names[i].length == len) {
                        return byName[i];
                    }
                }
                return null;
            }
            for (int i = 0; i < names.length; i++) {
                byte[] k = names[i];
                if (k != null && k.length == len && Arrays.equals(k, 0, len, in, from, to)) {
                    return byName[i];
                }
            }
            return null;
        }

        private static long lengths(byte[][] names) {
            long lengths = 0;
            for (byte[] k : names) {
                if (k != null && k.length < 64) {
                    lengths |= 1L << k.length;
                }
            }
            return lengths;
        }

        /** Per name: its bytes as a zero-padded word when it has at most 8, else -1 (no valid key's word). */
        private static long[] shortWords(byte[][] names) {
            long[] words = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                words[i] = names[i] == null || names[i].length > 8 ? -1L : word(names[i], 0, names[i].length);
            }
            return words;
        }

        /** Per name of 9 to 16 bytes: its first ({@code tail == false}) or last eight bytes as a word, else -1. */
        private static long[] longWords(byte[][] names, boolean tail) {
            long[] words = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                byte[] k = names[i];
                words[i] = k == null || k.length <= 8 || k.length > 16 ? -1L : tail ? word(k, k.length - 8, k.length) : word(k, 0, 8);
            }
            return words;
        }

        private static long word(byte[] k, int from, int to) {
            long w = 0;
            for (int j = to - 1; j >= from; j--) {
                w = w << 8 | k[j] & 0xFF;
            }
            return w;
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
        Node root = top.freeze(counter, new int[1]);
        int[] slotOfPath = new int[paths.size()];
        for (int i = 0; i < slotOfPath.length; i++) {
            slotOfPath[i] = ends.get(i) == null ? -1 : ends.get(i).slot;
        }
        return new SourcePlan(root, counter[0], slotOfPath);
    }

    /**
     * Validates {@code json} and records where each planned value is, as {@link JsonScanner#scan}
     * describes.
     *
     * @return the spans: three ints per slot
     * @throws JsonScanner.MalformedJsonException naming the byte offset and the problem
     */
    public int[] scan(byte[] json) {
        int[] spans = new int[slots * 3];
        JsonScanner.scan(json, 0, json.length, this, spans);
        return spans;
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

        Node freeze(int[] counter, int[] parents) {
            int from = counter[0];
            if (end) {
                slot = counter[0]++;
            }
            byte[][] raw = new byte[names.size()][];
            String[] keys = names.keySet().toArray(new String[0]);
            Node[] byName = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                raw[i] = encodable(keys[i]) ? keys[i].getBytes(StandardCharsets.UTF_8) : null;
                byName[i] = names.get(keys[i]).freeze(counter, parents);
            }
            int[] idx = indices.keySet().stream().mapToInt(Integer::intValue).toArray();
            Node[] byIndex = new Node[idx.length];
            for (int i = 0; i < idx.length; i++) {
                byIndex[i] = indices.get(idx[i]).freeze(counter, parents);
            }
            return new Node(raw, keys, byName, idx, byIndex, slot, from, counter[0], parents);
        }

        /**
         * False for names with unpaired surrogates, which no raw (valid UTF-8) key can equal, and for
         * names with a NUL, which a raw key cannot hold either (and which would break the zero-padded words).
         */
        private static boolean encodable(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == 0) {
                    return false;
                }
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
