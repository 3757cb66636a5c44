package io.github.cxonesdk.eventbridge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Lifecycle status of an event-processing filter on the service. A filter activates
 * {@code DRAFT → PENDING_ACTIVATION → ACTIVE}, or ends {@code FAILED} with a reason.
 *
 * <p>On the wire each constant is its name (see {@link #wireValue()}), matched exactly. A status this
 * SDK does not know yet reads as {@link #UNKNOWN} instead of failing, so a newer service never breaks
 * an older client.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FilterStatus {
    /** Created, not yet activating. */
    DRAFT,
    /** Activation is in progress. */
    PENDING_ACTIVATION,
    /** Active: the filter routes matching events. */
    ACTIVE,
    /** Activation failed; the filter never becomes active. Terminal. */
    FAILED,
    /** A status the service sent that this SDK does not know. */
    UNKNOWN;

    /**
     * Returns the wire value, the constant name as the service sends it, such as {@code "PENDING_ACTIVATION"}.
     *
     * @return the JSON value
     */
    @JsonValue
    public String wireValue() {
        return name();
    }

    /**
     * Returns the constant for a wire value; case-sensitive, lenient about values it does not know.
     *
     * @param value the JSON value, such as {@code "PENDING_ACTIVATION"}
     * @return the constant, {@link #UNKNOWN} when {@code value} is {@code null} or not a known value
     */
    @JsonCreator
    public static FilterStatus fromWireValue(String value) {
        if (value != null) {
            for (FilterStatus candidate : values()) {
                if (candidate != UNKNOWN && candidate.wireValue().equals(value)) {
                    return candidate;
                }
            }
        }
        return UNKNOWN;
    }

    /**
     * Tells whether the status can no longer change by itself: {@link #ACTIVE} or {@link #FAILED}.
     *
     * @return {@code true} for a terminal status
     */
    public boolean isTerminal() {
        return this == ACTIVE || this == FAILED;
    }
}
