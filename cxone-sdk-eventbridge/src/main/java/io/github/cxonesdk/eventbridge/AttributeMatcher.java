package io.github.cxonesdk.eventbridge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One condition of a {@link FilterDefinition}: the event attribute at a dot path compared with a value.
 *
 * <p>{@code value} is a JSON value: a {@link String}, a {@link Number}, a {@link Boolean}, or for
 * {@link Operator#IN} a {@link List} of those. Reading JSON gives exactly those natural Java types
 * (strings, {@code Integer}/{@code Long}/{@code BigInteger} for integers, {@code BigDecimal} for decimals
 * so that no digit is lost, booleans, lists). A list is copied into an unmodifiable list. Other types are accepted here so a
 * server response always reads, and {@link FilterValidator} reports them.
 *
 * <pre>{@code
 * AttributeMatcher longCalls = AttributeMatcher.of("payload.handleTime", Operator.GREATER_THAN, 300);
 * AttributeMatcher campaigns = AttributeMatcher.builder()
 *         .attribute("payload.campaignId").operator(Operator.IN).value(List.of("camp_a", "camp_b"))
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe (as long as a {@code Number} value is immutable).
 *
 * @param attribute dot-separated path from the event root, such as {@code payload.customer.tier}
 * @param operator how the attribute is compared; {@link Operator#UNKNOWN} for a value this SDK does not know
 * @param value the JSON value compared with the attribute
 */
public record AttributeMatcher(String attribute, Operator operator, Object value) {
    /**
     * Copies a list {@code value} into an unmodifiable list (its elements may be {@code null}).
     * Missing components are left {@code null} so {@link FilterValidator} can report all of them.
     *
     * @param attribute dot-separated path from the event root, such as {@code payload.customer.tier}
     * @param operator how the attribute is compared; {@link Operator#UNKNOWN} for a value this SDK does not know
     * @param value the JSON value compared with the attribute
     */
    public AttributeMatcher {
        if (value instanceof List<?> list) {
            value = Collections.unmodifiableList(new ArrayList<Object>(list));
        }
    }

    /**
     * Creates a matcher.
     *
     * @param attribute dot-separated path from the event root
     * @param operator how the attribute is compared
     * @param value the JSON value compared with the attribute
     * @return the matcher
     */
    public static AttributeMatcher of(String attribute, Operator operator, Object value) {
        return new AttributeMatcher(attribute, operator, value);
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
     * Returns a builder holding this matcher's components.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().attribute(attribute).operator(operator).value(value);
    }

    /** Builds {@link AttributeMatcher}s. Not thread-safe. */
    public static final class Builder {
        private String attribute;
        private Operator operator;
        private Object value;

        private Builder() {
        }

        /**
         * Sets the dot path of the attribute.
         *
         * @param attribute such as {@code payload.customer.tier}
         * @return this builder
         */
        public Builder attribute(String attribute) {
            this.attribute = attribute;
            return this;
        }

        /**
         * Sets the operator.
         *
         * @param operator how the attribute is compared
         * @return this builder
         */
        public Builder operator(Operator operator) {
            this.operator = operator;
            return this;
        }

        /**
         * Sets the value: a {@code String}, {@code Number}, {@code Boolean} or a {@code List} of those.
         *
         * @param value the JSON value
         * @return this builder
         */
        public Builder value(Object value) {
            this.value = value;
            return this;
        }

        /**
         * Builds the matcher; call {@link FilterValidator#validate(FilterDefinition)} to check it.
         *
         * @return the matcher
         */
        public AttributeMatcher build() {
            return new AttributeMatcher(attribute, operator, value);
        }
    }
}
