package io.github.cxonesdk.schema.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.core.internal.ModelBinding.Format;
import io.github.cxonesdk.core.internal.ModelBinding.Unknown;
import io.github.cxonesdk.core.internal.Redaction;
import java.util.List;
import java.util.Objects;

/**
 * A list of {@link MappingRule}s, as written in a JSON or YAML file:
 * <pre>
 * rules:
 *   - source: agentEmail
 *     target: agentId
 *     transform: emailLocalPart
 *   - source: callDuration
 *     target: durationSeconds
 *     transform: divide
 *     args: [1000]
 *   - source: lines[*].sku
 *     target: items[*].id
 *   - target: schemaVersion
 *     constant: 2
 * </pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param rules the rules in the order they are applied; never null
 */
public record MappingRules(@JsonProperty("rules") List<MappingRule> rules) {
    private static final int MAX_TEXT = 1 << 20;

    /**
     * Creates the rules.
     *
     * @param rules the rules; copied
     */
    public MappingRules {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules == null"));
    }

    /**
     * Creates rules from a list.
     *
     * @param rules the rules
     * @return the rules
     */
    public static MappingRules of(MappingRule... rules) {
        return new MappingRules(List.of(rules));
    }

    /**
     * Reads rules from JSON text.
     *
     * @param json the text (at most 1 MiB)
     * @return the rules
     * @throws ModelValidationException naming the location of every binding problem
     */
    public static MappingRules fromJson(String json) {
        return read(json, Format.JSON);
    }

    /**
     * Reads rules from YAML text.
     *
     * @param yaml the text (at most 1 MiB)
     * @return the rules
     * @throws ModelValidationException naming the location of the binding problem
     */
    public static MappingRules fromYaml(String yaml) {
        return read(yaml, Format.YAML);
    }

    private static MappingRules read(String text, Format format) {
        Objects.requireNonNull(text, "text == null");
        if (text.length() > MAX_TEXT) {
            throw invalid("", "rules text longer than " + MAX_TEXT + " characters");
        }
        MappingRules rules = ModelBinding.read(text, format, MappingRules.class, Unknown.IGNORE);
        if (rules == null) {
            throw invalid("", "no rules");
        }
        return rules;
    }

    private static ModelValidationException invalid(String path, String message) {
        return new ModelValidationException("mapping rules", List.of(new Violation(path, Redaction.text(message))));
    }
}
