package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The interaction channel a filter applies to; an event matches only filters of its root {@code channel}.
 *
 * <p>On the wire each constant is its lower-case name (see {@link #wireValue()}). A value this SDK
 * does not know, such as one a newer server introduced, reads as {@link #UNKNOWN} instead of failing,
 * so listing or exporting filters keeps working; {@link FilterValidator} reports {@code UNKNOWN} as a
 * violation, so such a value is never sent back.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Channel {
    /** Voice calls. */
    VOICE,
    /** Chat conversations. */
    CHAT,
    /** Email. */
    EMAIL,
    /** SMS text messages. */
    SMS,
    /** Web interactions. */
    WEB,
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
     * @param value the JSON value, such as {@code "voice"}
     * @return the constant, {@link #UNKNOWN} when {@code value} is {@code null} or not a known value
     */
    @JsonCreator
    public static Channel fromWireValue(String value) {
        if (value != null) {
            for (Channel candidate : values()) {
                if (candidate != UNKNOWN && candidate.wireValue().equals(value)) {
                    return candidate;
                }
            }
        }
        return UNKNOWN;
    }
}
