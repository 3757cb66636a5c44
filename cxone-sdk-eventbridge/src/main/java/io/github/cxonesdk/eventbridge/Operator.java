package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How an {@link AttributeMatcher} compares an event attribute with its value (API.md "Filter semantics").
 *
 * <p>On the wire each constant is its lower-case name (see {@link #wireValue()}). A value this SDK
 * does not know, such as one a newer server introduced, reads as {@link #UNKNOWN} instead of failing,
 * so listing or exporting filters keeps working; {@link FilterValidator} reports {@code UNKNOWN} as a
 * violation, so such a value is never sent back.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Operator {
    /** Numerically equal when both sides are numeric, otherwise equal JSON values. */
    EQUALS,
    /** Present and not {@code equals}; a missing attribute never matches. */
    NOT_EQUALS,
    /** Both sides numeric and the attribute is greater. */
    GREATER_THAN,
    /** Both sides numeric and the attribute is less. */
    LESS_THAN,
    /** A string attribute contains the value as a substring, or an array attribute has an element that {@code equals} it. */
    CONTAINS,
    /** The value is a list and the attribute {@code equals} one of its elements. */
    IN,
    /** A value this SDK does not know; never valid in a request. */
    UNKNOWN;

    /**
     * Returns the wire value, the lower-case constant name ({@code "unknown"} for {@link #UNKNOWN}).
     *
     * @return the JSON value
     */
    @JsonValue
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the constant for a wire value; case-sensitive, lenient about values it does not know.
     *
     * @param value the JSON value, such as {@code "equals"}
     * @return the constant, {@link #UNKNOWN} when {@code value} is {@code null} or not a known value
     */
    @JsonCreator
    public static Operator fromWireValue(String value) {
        if (value != null) {
            for (Operator candidate : values()) {
                if (candidate != UNKNOWN && candidate.wireValue().equals(value)) {
                    return candidate;
                }
            }
        }
        return UNKNOWN;
    }
}
