package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.schema.internal.JsonBytesWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.StringNode;

/**
 * The fixed bytes of a mapped payload when every rule writes a value: before rule {@code i}'s
 * value come the commas, closing braces, and field names that lead to its target, and after the
 * last one the braces that close what is still open. Constants are fixed bytes too, so the
 * payload is {@link #fixed(int) fixed(0)}, the value of rule {@link #variable(int) variable(0)},
 * {@code fixed(1)}, and so on, ending with {@code fixed(variables())}. Exists only when the
 * targets are distinct and the rules writing under each object are consecutive, so the rule
 * order is the order a tree would hold the fields in. Immutable and thread-safe.
 */
final class Layout {
    private final byte[][] fixed;
    private final int[] variable;
    private final int size;

    private Layout(byte[][] fixed, int[] variable) {
        this.fixed = fixed;
        this.variable = variable;
        int n = 0;
        for (byte[] b : fixed) {
            n += b.length;
        }
        this.size = n;
    }

    /**
     * The layout for these targets (field names each) and constants (the encoded value per rule,
     * {@code null} for a rule that reads its value), or {@code null} when there is none.
     */
    static Layout of(List<List<String>> targets, byte[][] constants) {
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
        return fold(before, constants, "}".repeat(open.size() + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** Joins each run of fixed bytes (the bytes before a value, constants, the closing braces) into one. */
    private static Layout fold(byte[][] before, byte[][] constants, byte[] after) {
        List<byte[]> fixed = new ArrayList<>();
        List<Integer> variable = new ArrayList<>();
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (int i = 0; i < before.length; i++) {
            run.writeBytes(before[i]);
            if (constants[i] != null) {
                run.writeBytes(constants[i]);
            } else {
                fixed.add(run.toByteArray());
                variable.add(i);
                run.reset();
            }
        }
        run.writeBytes(after);
        fixed.add(run.toByteArray());
        return new Layout(fixed.toArray(new byte[0][]), variable.stream().mapToInt(Integer::intValue).toArray());
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

    /** The number of values read from the payload. */
    int variables() {
        return variable.length;
    }

    /** The rule that writes the {@code j}th value read from the payload. */
    int variable(int j) {
        return variable[j];
    }

    /** The fixed bytes before the {@code j}th value read from the payload ({@code j == variables()}: after the last). */
    byte[] fixed(int j) {
        return fixed[j];
    }

    /** The number of fixed bytes: all but the values. */
    int size() {
        return size;
    }
}
