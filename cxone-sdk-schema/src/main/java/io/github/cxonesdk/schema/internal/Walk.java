package io.github.cxonesdk.schema.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The state of one walk over a schema pair: where findings go, which subschema pairs were already
 * compared (so reference cycles end and shared definitions are compared once), and whether the
 * walk is inside {@code additionalProperties}/{@code patternProperties} (undeclared names).
 */
final class Walk {
    private final Consumer<Finding> sink;
    private final Set<Pair> visited;
    final boolean undeclared;

    private Walk(Consumer<Finding> sink, Set<Pair> visited, boolean undeclared) {
        this.sink = sink;
        this.visited = visited;
        this.undeclared = undeclared;
    }

    static Walk of(Consumer<Finding> sink) {
        return new Walk(sink, new HashSet<>(), false);
    }

    Walk undeclaredNames() {
        return undeclared ? this : new Walk(sink, visited, true);
    }

    void add(Finding f) {
        sink.accept(f);
    }

    /** Marks a pair of object subschemas as compared; false if it already was. */
    boolean firstVisit(JsonNode a, JsonNode b) {
        if (!a.isObject() || !b.isObject()) {
            return true;
        }
        return visited.add(new Pair(a, b));
    }

    /** Two nodes compared by identity, so equal-looking subschemas at different places stay distinct. */
    private static final class Pair {
        private final JsonNode a;
        private final JsonNode b;

        Pair(JsonNode a, JsonNode b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.a == a && p.b == b;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }
}
