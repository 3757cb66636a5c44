package io.github.cxonesdk.schema.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One mapping rule: read {@code source}, optionally run a named transform on each value, write
 * {@code target}. Paths use dots and brackets: {@code a.b}, {@code a[0].b}, {@code items[*].id}; a
 * target has as many {@code [*]} as its source, and the n-th source element goes to the n-th target
 * element.
 *
 * <p>Instances are immutable and thread-safe (do not modify the JSON values).
 *
 * @param source the source path; {@code null} for a rule that writes a {@code constant}
 * @param target the target path
 * @param transform the name of a transform in the engine's {@link TransformRegistry}, or {@code null}
 * @param args the transform's arguments (for example {@code [1000]} for {@code divide}); never null
 * @param defaultValue written when the source is missing (or null/empty, by policy); {@code null} for none
 * @param constant written whatever the source; {@code null} when the rule copies a source
 * @param optional whether a missing source is fine even in strict mode (the target is left out);
 *     never null ({@code null} reads as {@code false})
 */
public record MappingRule(
        @JsonProperty("source") String source,
        @JsonProperty("target") String target,
        @JsonProperty("transform") String transform,
        @JsonProperty("args") List<JsonNode> args,
        @JsonProperty("default") JsonNode defaultValue,
        @JsonProperty("constant") JsonNode constant,
        @JsonProperty("optional") Boolean optional) {
    /**
     * Creates a rule.
     *
     * @param source the source path or null with a constant
     * @param target the target path
     * @param transform the transform name or null
     * @param args the transform arguments; null means none; copied
     * @param defaultValue the default or null
     * @param constant the constant or null
     * @param optional whether a missing source is fine in strict mode
     * @throws IllegalArgumentException when neither or both of source and constant are given
     */
    public MappingRule {
        Objects.requireNonNull(target, "target == null");
        args = args == null ? List.of() : List.copyOf(args);
        optional = Boolean.TRUE.equals(optional);
        if ((source == null) == (constant == null)) {
            throw new IllegalArgumentException("rule for '" + target + "' needs exactly one of source and constant");
        }
    }

    /**
     * A rule that copies {@code source} to {@code target}.
     *
     * @param source the source path
     * @param target the target path
     * @return the rule
     */
    public static MappingRule copy(String source, String target) {
        return new MappingRule(source, target, null, null, null, null, false);
    }

    /**
     * A rule that transforms {@code source} into {@code target}.
     *
     * @param source the source path
     * @param target the target path
     * @param transform the transform name
     * @param args its arguments
     * @return the rule
     */
    public static MappingRule transform(String source, String target, String transform, JsonNode... args) {
        return new MappingRule(source, target, Objects.requireNonNull(transform, "transform == null"), List.of(args), null, null, false);
    }

    /**
     * A rule that writes a constant.
     *
     * @param target the target path
     * @param constant the value
     * @return the rule
     */
    public static MappingRule constant(String target, JsonNode constant) {
        return new MappingRule(null, target, null, null, null, Objects.requireNonNull(constant, "constant == null"), false);
    }

    /**
     * Returns this rule with a default for a missing source.
     *
     * @param value the default
     * @return the new rule
     */
    public MappingRule withDefault(JsonNode value) {
        return new MappingRule(source, target, transform, args, value, constant, optional);
    }

    /**
     * Returns this rule marked optional: a missing source is not an error even in strict mode.
     *
     * @return the new rule
     */
    public MappingRule asOptional() {
        return new MappingRule(source, target, transform, args, defaultValue, constant, true);
    }
}
