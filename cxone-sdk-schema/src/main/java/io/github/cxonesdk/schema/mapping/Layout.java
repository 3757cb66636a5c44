package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.schema.internal.JsonBytesWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.StringNode;

/**
 * The fixed bytes of a mapped payload when every rule writes a value: before rule {@code i}'s
 * value come the commas, closing braces, and field names that lead to its target, and
 * {@link #after()} closes what is still open. Exists only when the targets are distinct and the
 * rules writing under each object are consecutive, so the rule order is the order a tree would
 * hold the fields in. Immutable and thread-safe.
 */
final class Layout {
    private final byte[][] before;
    private final byte[] after;
    private final int size;

    private Layout(byte[][] before, byte[] after) {
        this.before = before;
        this.after = after;
        int n = after.length;
        for (byte[] b : before) {
            n += b.length;
        }
        this.size = n;
    }

    /** The layout for these targets (field names each), or {@code null} when there is none. */
    static Layout of(List<List<String>> targets) {
        if (targets.isEmpty() || new HashSet<>(targets).size() != targets.size()) {
            return null;
        }
        List<String> open = new ArrayList<>();
        List<Boolean> hasMember = new ArrayList<>(List.of(false));
        Set<List<String>> closed = new HashSet<>();
        byte[][] before = new byte[targets.size()][];
        for (int i = 0; i < targets.size(); i++) {
            List<String> t = targets.get(i);
            List<String> parent = t.subList(0, t.size() - 1);
            int common = 0;
            while (common < open.size() && common < parent.size() && open.get(common).equals(parent.get(common))) {
                common++;
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            if (i == 0) {
                b.write('{');
            }
            while (open.size() > common) {
                closed.add(List.copyOf(open));
                open.remove(open.size() - 1);
                hasMember.remove(hasMember.size() - 1);
                b.write('}');
            }
            for (int level = common; level < parent.size(); level++) {
                open.add(parent.get(level));
                if (closed.contains(open)) {
                    return null; // the rules writing under this object are not consecutive
                }
                field(b, hasMember, parent.get(level));
                b.write('{');
                hasMember.add(false);
            }
            field(b, hasMember, t.get(t.size() - 1));
            before[i] = b.toByteArray();
        }
        return new Layout(before, "}".repeat(open.size() + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void field(ByteArrayOutputStream b, List<Boolean> hasMember, String name) {
        int last = hasMember.size() - 1;
        if (hasMember.get(last)) {
            b.write(',');
        }
        hasMember.set(last, true);
        b.writeBytes(JsonBytesWriter.write(StringNode.valueOf(name)));
        b.write(':');
    }

    /** The bytes before rule {@code i}'s value. */
    byte[] before(int i) {
        return before[i];
    }

    /** The bytes after the last value. */
    byte[] after() {
        return after;
    }

    /** The number of fixed bytes: all but the values. */
    int size() {
        return size;
    }
}
