package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.eventbridge.internal.CidrBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of one channel, indexed so that an event only verifies plausible candidates. Each
 * filter is filed under exactly one "anchor" condition, the most selective it has: an
 * {@code equals}/{@code in} value in a hash index (the least crowded bucket wins), else a CIDR block
 * in a bit trie, else a prefix in a character trie, else a numeric bound in a sorted array; filters
 * with none of these are scanned. A candidate is a filter whose anchor holds; it is then verified
 * against all its conditions. Since every filter has one anchor, no candidate repeats.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class ChannelIndex {
    private final EqualityIndex[] equality;
    private final CidrIndex[] cidr;
    private final PrefixIndex[] prefix;
    private final RangeIndex[] range;
    private final int[] scan;

    ChannelIndex(List<CompiledFilter> filters) {
        Map<Integer, EqualityIndex> eq = new LinkedHashMap<>();
        Map<Integer, CidrIndex> blocks = new LinkedHashMap<>();
        Map<Integer, PrefixIndex> prefixes = new LinkedHashMap<>();
        Map<Integer, RangeIndex> ranges = new LinkedHashMap<>();
        List<Integer> scanned = new ArrayList<>();
        for (CompiledFilter filter : filters) {
            Condition anchor = bestEquality(filter, eq);
            if (anchor != null) {
                eq.computeIfAbsent(anchor.slot, EqualityIndex::new).add(anchor, filter.ordinal);
            } else if ((anchor = first(filter, Condition.Kind.CIDR)) != null) {
                blocks.computeIfAbsent(anchor.slot, CidrIndex::new).add((CidrBlock) anchor.operand, filter.ordinal);
            } else if ((anchor = first(filter, Condition.Kind.PREFIX)) != null) {
                prefixes.computeIfAbsent(anchor.slot, PrefixIndex::new).add((String) anchor.operand, filter.ordinal);
            } else if ((anchor = firstRange(filter)) != null) {
                ranges.computeIfAbsent(anchor.slot, RangeIndex::new).add(anchor, filter.ordinal);
            } else {
                scanned.add(filter.ordinal);
            }
        }
        ranges.values().forEach(RangeIndex::freeze);
        equality = eq.values().toArray(new EqualityIndex[0]);
        cidr = blocks.values().toArray(new CidrIndex[0]);
        prefix = prefixes.values().toArray(new PrefixIndex[0]);
        range = ranges.values().toArray(new RangeIndex[0]);
        scan = scanned.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Writes the candidate filter ordinals for an event into {@code out}; returns how many. */
    int candidates(EventValues values, int[] out) {
        int n = 0;
        for (EqualityIndex index : equality) {
            n = index.collect(values, out, n);
        }
        for (CidrIndex index : cidr) {
            n = index.collect(values, out, n);
        }
        for (PrefixIndex index : prefix) {
            n = index.collect(values, out, n);
        }
        for (RangeIndex index : range) {
            n = index.collect(values, out, n);
        }
        System.arraycopy(scan, 0, out, n, scan.length);
        return n + scan.length;
    }

    private static Condition bestEquality(CompiledFilter filter, Map<Integer, EqualityIndex> eq) {
        Condition best = null;
        int bestLoad = Integer.MAX_VALUE;
        for (Condition condition : filter.conditions) {
            if (condition.kind == Condition.Kind.EQUALS || condition.kind == Condition.Kind.IN) {
                EqualityIndex index = eq.get(condition.slot);
                int load = index == null ? 0 : index.load(condition);
                if (load < bestLoad) {
                    best = condition;
                    bestLoad = load;
                }
            }
        }
        return best;
    }

    private static Condition first(CompiledFilter filter, Condition.Kind kind) {
        return Arrays.stream(filter.conditions).filter(c -> c.kind == kind).findFirst().orElse(null);
    }

    private static Condition firstRange(CompiledFilter filter) {
        Condition gt = first(filter, Condition.Kind.GREATER_THAN);
        return gt != null ? gt : first(filter, Condition.Kind.LESS_THAN);
    }

    static int[] append(int[] array, int value) {
        int[] grown = array == null ? new int[1] : Arrays.copyOf(array, array.length + 1);
        grown[grown.length - 1] = value;
        return grown;
    }

    /** Filters anchored on {@code equals} or {@code in} values of one slot, by canonical key. */
    private static final class EqualityIndex {
        private final int slot;
        private final HashMap<Object, int[]> byKey = new HashMap<>();

        EqualityIndex(int slot) {
            this.slot = slot;
        }

        private static Constant[] constants(Condition condition) {
            return condition.kind == Condition.Kind.IN ? (Constant[]) condition.operand
                    : new Constant[] {(Constant) condition.operand};
        }

        int load(Condition condition) {
            int load = 0;
            for (Constant constant : constants(condition)) {
                int[] bucket = byKey.get(constant.indexKey);
                load += bucket == null ? 0 : bucket.length;
            }
            return load;
        }

        void add(Condition condition, int ordinal) {
            for (Constant constant : constants(condition)) {
                int[] bucket = byKey.get(constant.indexKey);
                // an "in" list naming one value twice must not make the filter a candidate twice
                if (bucket == null || bucket[bucket.length - 1] != ordinal) {
                    byKey.put(constant.indexKey, append(bucket, ordinal));
                }
            }
        }

        int collect(EventValues values, int[] out, int n) {
            Object key = values.indexKey(slot);
            int[] bucket = key == null ? null : byKey.get(key);
            if (bucket == null) {
                return n;
            }
            System.arraycopy(bucket, 0, out, n, bucket.length);
            return n + bucket.length;
        }
    }

    /** Filters anchored on CIDR blocks of one slot, in one bit trie per address family. */
    private static final class CidrIndex {
        private final int slot;
        private final BitNode v4 = new BitNode();
        private final BitNode v6 = new BitNode();

        CidrIndex(int slot) {
            this.slot = slot;
        }

        void add(CidrBlock block, int ordinal) {
            BitNode node = block.ipv6() ? v6 : v4;
            int width = block.ipv6() ? 128 : 32;
            for (int bit = 0; bit < block.prefixLength(); bit++) {
                int b = bit(block.hi(), block.lo(), width, bit);
                node = node.child(b, true);
            }
            node.filters = append(node.filters, ordinal);
        }

        /** Bit {@code bit} counted from the most significant of a {@code width}-bit address. */
        private static int bit(long hi, long lo, int width, int bit) {
            if (width == 32) {
                return (int) (lo >>> (31 - bit)) & 1;
            }
            return bit < 64 ? (int) (hi >>> (63 - bit)) & 1 : (int) (lo >>> (127 - bit)) & 1;
        }

        int collect(EventValues values, int[] out, int n) {
            int family = values.addressFamily(slot);
            if (family == 0) {
                return n;
            }
            BitNode node = family == 4 ? v4 : v6;
            int width = family == 4 ? 32 : 128;
            long hi = values.addressHi(slot);
            long lo = values.addressLo(slot);
            for (int bit = 0; node != null; bit++) {
                if (node.filters != null) {
                    System.arraycopy(node.filters, 0, out, n, node.filters.length);
                    n += node.filters.length;
                }
                node = bit < width ? node.child(bit(hi, lo, width, bit), false) : null;
            }
            return n;
        }

        private static final class BitNode {
            private BitNode zero;
            private BitNode one;
            private int[] filters;

            BitNode child(int bit, boolean create) {
                if (bit == 0) {
                    if (zero == null && create) {
                        zero = new BitNode();
                    }
                    return zero;
                }
                if (one == null && create) {
                    one = new BitNode();
                }
                return one;
            }
        }
    }

    /** Filters anchored on prefixes of one slot, in a character trie. */
    private static final class PrefixIndex {
        private final int slot;
        private final CharNode root = new CharNode();

        PrefixIndex(int slot) {
            this.slot = slot;
        }

        void add(String text, int ordinal) {
            CharNode node = root;
            for (int k = 0; k < text.length(); k++) {
                node = node.child(text.charAt(k), true);
            }
            node.filters = append(node.filters, ordinal);
        }

        int collect(EventValues values, int[] out, int n) {
            if (values.kind[slot] != EventValues.STRING) {
                return n;
            }
            String text = values.text[slot];
            CharNode node = root;
            for (int k = 0; k < text.length() && node != null; k++) {
                node = node.child(text.charAt(k), false);
                if (node != null && node.filters != null) {
                    System.arraycopy(node.filters, 0, out, n, node.filters.length);
                    n += node.filters.length;
                }
            }
            return n;
        }

        private static final class CharNode {
            private char[] keys = new char[0];
            private CharNode[] children = new CharNode[0];
            private int[] filters;

            CharNode child(char c, boolean create) {
                for (int k = 0; k < keys.length; k++) {
                    if (keys[k] == c) {
                        return children[k];
                    }
                }
                if (!create) {
                    return null;
                }
                keys = Arrays.copyOf(keys, keys.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                keys[keys.length - 1] = c;
                children[children.length - 1] = new CharNode();
                return children[children.length - 1];
            }
        }
    }

    /** Filters anchored on a numeric bound of one slot, bounds sorted ascending. */
    private static final class RangeIndex {
        private final int slot;
        private final List<Object[]> pendingGreater = new ArrayList<>();
        private final List<Object[]> pendingLess = new ArrayList<>();
        private Constant[] greaterBounds;
        private int[] greaterFilters;
        private Constant[] lessBounds;
        private int[] lessFilters;

        RangeIndex(int slot) {
            this.slot = slot;
        }

        void add(Condition condition, int ordinal) {
            (condition.kind == Condition.Kind.GREATER_THAN ? pendingGreater : pendingLess)
                    .add(new Object[] {condition.operand, ordinal});
        }

        void freeze() {
            Comparator<Object[]> byBound = Comparator.comparing(e -> ((Constant) e[0]).decimal);
            pendingGreater.sort(byBound);
            pendingLess.sort(byBound);
            greaterBounds = pendingGreater.stream().map(e -> (Constant) e[0]).toArray(Constant[]::new);
            greaterFilters = pendingGreater.stream().mapToInt(e -> (Integer) e[1]).toArray();
            lessBounds = pendingLess.stream().map(e -> (Constant) e[0]).toArray(Constant[]::new);
            lessFilters = pendingLess.stream().mapToInt(e -> (Integer) e[1]).toArray();
        }

        int collect(EventValues values, int[] out, int n) {
            if (!values.numeric(slot)) {
                return n;
            }
            // value > bound holds for a leading run of the ascending bounds
            int greater = firstWhere(values, greaterBounds, false);
            System.arraycopy(greaterFilters, 0, out, n, greater);
            n += greater;
            // value < bound holds for a trailing run
            int less = firstWhere(values, lessBounds, true);
            System.arraycopy(lessFilters, less, out, n, lessFilters.length - less);
            return n + lessFilters.length - less;
        }

        /** First index whose bound is greater than the value ({@code strict}) or not less than it. */
        private int firstWhere(EventValues values, Constant[] bounds, boolean strict) {
            int low = 0;
            int high = bounds.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                int comparison = values.compare(slot, bounds[mid]); // value vs bound
                boolean past = strict ? comparison < 0 : comparison <= 0;
                if (past) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }
    }
}
