package io.github.cxonesdk.eventbridge;

/**
 * One pattern condition of a {@link FilterDefinition}: a regular expression, a CIDR block or a
 * prefix applied to the event attribute at a dot path.
 *
 * <pre>{@code
 * PatternRule premium = PatternRule.of(PatternType.REGEX, "payload.skillId", "^skill_premium_.*$");
 * PatternRule office = PatternRule.builder()
 *         .type(PatternType.CIDR).field("payload.customer.ip").pattern("10.0.0.0/8").build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Missing components are left {@code null} so
 * {@link FilterValidator} can report all of them at once.
 *
 * @param type the kind of pattern; {@link PatternType#UNKNOWN} for a value this SDK does not know
 * @param field dot-separated path from the event root, such as {@code payload.customer.ip}
 * @param pattern the regular expression (Java syntax, searched), the CIDR block or the prefix
 */
public record PatternRule(PatternType type, String field, String pattern) {
    /**
     * Creates a rule.
     *
     * @param type the kind of pattern
     * @param field dot-separated path from the event root
     * @param pattern the regular expression, CIDR block or prefix
     * @return the rule
     */
    public static PatternRule of(PatternType type, String field, String pattern) {
        return new PatternRule(type, field, pattern);
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
     * Returns a builder holding this rule's components.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().type(type).field(field).pattern(pattern);
    }

    /** Builds {@link PatternRule}s. Not thread-safe. */
    public static final class Builder {
        private PatternType type;
        private String field;
        private String pattern;

        private Builder() {
        }

        /**
         * Sets the kind of pattern.
         *
         * @param type regex, cidr or prefix
         * @return this builder
         */
        public Builder type(PatternType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the dot path of the attribute.
         *
         * @param field such as {@code payload.customer.ip}
         * @return this builder
         */
        public Builder field(String field) {
            this.field = field;
            return this;
        }

        /**
         * Sets the pattern.
         *
         * @param pattern the regular expression, CIDR block or prefix
         * @return this builder
         */
        public Builder pattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        /**
         * Builds the rule; call {@link FilterValidator#validate(FilterDefinition)} to check it.
         *
         * @return the rule
         */
        public PatternRule build() {
            return new PatternRule(type, field, pattern);
        }
    }
}
