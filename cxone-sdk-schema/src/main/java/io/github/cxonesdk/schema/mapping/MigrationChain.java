package io.github.cxonesdk.schema.mapping;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.Redaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Migrations between schema versions, one {@link MappingEngine} per step, applied in sequence:
 * a v1 payload reaches v3 through v1 to v2 and v2 to v3.
 *
 * <pre>{@code
 * MigrationChain chain = MigrationChain.builder()
 *         .step("1", "2", v1ToV2)
 *         .step("2", "3", v2ToV3)
 *         .build();
 * JsonNode v3 = chain.migrate(payload, "1", "3");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MigrationChain {
    private final Map<String, Step> steps;

    private record Step(String to, MappingEngine engine) {
    }

    private MigrationChain(Map<String, Step> steps) {
        this.steps = Map.copyOf(steps);
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Migrates a payload.
     *
     * @param payload the payload at version {@code from}; not modified
     * @param from its version
     * @param to the wanted version
     * @return the payload at version {@code to} (a copy when they are equal)
     * @throws ModelValidationException when there is no path from {@code from} to {@code to}, or a
     *     step fails (its violations are listed)
     */
    public JsonNode migrate(JsonNode payload, String from, String to) {
        Objects.requireNonNull(payload, "payload == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        List<MappingEngine> path = path(from, to);
        JsonNode current = payload.deepCopy();
        for (MappingEngine engine : path) {
            current = engine.map(current);
        }
        return current;
    }

    /**
     * Tells whether a payload at {@code from} can be brought to {@code to}.
     *
     * @param from the version
     * @param to the wanted version
     * @return whether the chain has a path
     */
    public boolean canMigrate(String from, String to) {
        try {
            path(from, to);
            return true;
        } catch (ModelValidationException e) {
            return false;
        }
    }

    private List<MappingEngine> path(String from, String to) {
        List<MappingEngine> out = new ArrayList<>();
        String version = from;
        while (!version.equals(to)) {
            Step step = steps.get(version);
            if (step == null || out.size() >= steps.size()) {
                throw new ModelValidationException("schema migration", List.of(new Violation("schema_version",
                        "no migration path from version '" + Redaction.text(from) + "' to '" + Redaction.text(to) + "'")));
            }
            out.add(step.engine);
            version = step.to;
        }
        return out;
    }

    /**
     * Builds a {@link MigrationChain}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Step> steps = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the step from one version to the next.
         *
         * @param from the version it reads
         * @param to the version it writes
         * @param engine the mapping
         * @return this builder
         * @throws IllegalArgumentException if {@code from} already has a step, or {@code from} equals {@code to}
         */
        public Builder step(String from, String to, MappingEngine engine) {
            Checks.notBlank(from, "from");
            Checks.notBlank(to, "to");
            Objects.requireNonNull(engine, "engine == null");
            if (from.equals(to) || steps.containsKey(from)) {
                throw new IllegalArgumentException("duplicate or empty step from version " + from);
            }
            steps.put(from, new Step(to, engine));
            return this;
        }

        /**
         * Builds the chain.
         *
         * @return the chain
         */
        public MigrationChain build() {
            return new MigrationChain(steps);
        }
    }
}
