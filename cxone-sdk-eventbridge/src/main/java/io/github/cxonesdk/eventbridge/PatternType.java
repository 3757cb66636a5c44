package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kind of a {@link PatternRule}.
 *
 * <p>On the wire each constant is its lower-case name (see {@link #wireValue()}). A value this SDK
 * does not know, such as one a newer server introduced, reads as {@link #UNKNOWN} instead of failing,
 * so listing or exporting filters keeps working; {@link FilterValidator} reports {@code UNKNOWN} as a
 * violation, so such a value is never sent back.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PatternType {
    /** The attribute is a string in which the regular expression is found (search, not full match). */
    REGEX,
    /** The attribute is an IPv4 or IPv6 address inside the block; families never mix. */
    CIDR,
    /** The attribute is a string starting with the pattern. */
    PREFIX,
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
     * @param value the JSON value, such as {@code "regex"}
     * @return the constant, {@link #UNKNOWN} when {@code value} is {@code null} or not a known value
     */
    @JsonCreator
    public static PatternType fromWireValue(String value) {
        if (value != null) {
            for (PatternType candidate : values()) {
                if (candidate != UNKNOWN && candidate.wireValue().equals(value)) {
                    return candidate;
                }
            }
        }
        return UNKNOWN;
    }
}
