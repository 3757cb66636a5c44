package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An event-processing filter as the user defines it: the body of
 * {@code POST /api/v2/event-processing/filters} (snake_case JSON, see API.md). An event matches
 * when its root {@code channel} equals {@link #channel()}, every matcher holds and every pattern
 * rule holds. Server-side fields such as {@code id}, {@code etag} and {@code status} are not part
 * of the definition and are ignored when reading.
 *
 * <pre>{@code
 * FilterDefinition filter = FilterDefinition.builder()
 *         .name("platinum_voice_routing")
 *         .channel(Channel.VOICE)
 *         .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
 *         .matcher(AttributeMatcher.of("payload.handleTime", Operator.GREATER_THAN, 300))
 *         .patternRule(PatternRule.of(PatternType.REGEX, "payload.skillId", "^skill_premium_.*$"))
 *         .targetGroupId("grp_downstream_processor_01")
 *         .build();
 * FilterValidator.create().validate(filter); // throws ModelValidationException listing every problem
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Scalar components may be {@code null} so that
 * {@link FilterValidator} can report every missing one at once; the lists are never {@code null}.
 *
 * @param name unique filter name, such as {@code platinum_voice_routing}
 * @param description free text; may be {@code null}
 * @param channel the channel the filter applies to
 * @param matchers the attribute conditions, all of which must hold; never {@code null}
 * @param patternRules the pattern conditions, all of which must hold; never {@code null}
 * @param targetGroupId the filter group matching events are routed to; may be {@code null}
 */
public record FilterDefinition(
        String name,
        String description,
        Channel channel,
        @JsonSetter(contentNulls = Nulls.FAIL) List<AttributeMatcher> matchers,
        @JsonProperty("pattern_rules") @JsonSetter(contentNulls = Nulls.FAIL) List<PatternRule> patternRules,
        @JsonProperty("target_group_id") String targetGroupId) {

    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param name unique filter name, such as {@code platinum_voice_routing}
     * @param description free text; may be {@code null}
     * @param channel the channel the filter applies to
     * @param matchers the attribute conditions, all of which must hold; never {@code null}
     * @param patternRules the pattern conditions, all of which must hold; never {@code null}
     * @param targetGroupId the filter group matching events are routed to; may be {@code null}
     * @throws NullPointerException if a list holds a {@code null} element
     */
    public FilterDefinition {
        matchers = matchers == null ? List.of() : List.copyOf(matchers);
        patternRules = patternRules == null ? List.of() : List.copyOf(patternRules);
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this definition's components.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().name(name).description(description).channel(channel).matchers(matchers)
                .patternRules(patternRules).targetGroupId(targetGroupId);
    }

    /** Builds {@link FilterDefinition}s. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String description;
        private Channel channel;
        private final List<AttributeMatcher> matchers = new ArrayList<>();
        private final List<PatternRule> patternRules = new ArrayList<>();
        private String targetGroupId;

        private Builder() {
        }

        /**
         * Sets the filter name.
         *
         * @param name unique name, such as {@code platinum_voice_routing}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description free text; may be {@code null}
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the channel.
         *
         * @param channel the channel the filter applies to
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Replaces the matchers.
         *
         * @param matchers the attribute conditions
         * @return this builder
         * @throws NullPointerException if {@code matchers} or an element is {@code null}
         */
        public Builder matchers(List<AttributeMatcher> matchers) {
            Objects.requireNonNull(matchers, "matchers == null");
            this.matchers.clear();
            matchers.forEach(this::matcher);
            return this;
        }

        /**
         * Adds one matcher.
         *
         * @param matcher an attribute condition
         * @return this builder
         * @throws NullPointerException if {@code matcher} is {@code null}
         */
        public Builder matcher(AttributeMatcher matcher) {
            matchers.add(Objects.requireNonNull(matcher, "matcher == null"));
            return this;
        }

        /**
         * Replaces the pattern rules.
         *
         * @param patternRules the pattern conditions
         * @return this builder
         * @throws NullPointerException if {@code patternRules} or an element is {@code null}
         */
        public Builder patternRules(List<PatternRule> patternRules) {
            Objects.requireNonNull(patternRules, "patternRules == null");
            this.patternRules.clear();
            patternRules.forEach(this::patternRule);
            return this;
        }

        /**
         * Adds one pattern rule.
         *
         * @param patternRule a pattern condition
         * @return this builder
         * @throws NullPointerException if {@code patternRule} is {@code null}
         */
        public Builder patternRule(PatternRule patternRule) {
            patternRules.add(Objects.requireNonNull(patternRule, "patternRule == null"));
            return this;
        }

        /**
         * Sets the target group.
         *
         * @param targetGroupId the filter group matching events are routed to
         * @return this builder
         */
        public Builder targetGroupId(String targetGroupId) {
            this.targetGroupId = targetGroupId;
            return this;
        }

        /**
         * Builds the definition; call {@link FilterValidator#validate(FilterDefinition)} to check it.
         *
         * @return the definition
         */
        public FilterDefinition build() {
            return new FilterDefinition(name, description, channel, matchers, patternRules, targetGroupId);
        }
    }
}
