package io.github.cxonesdk.eventbridge;

import java.util.Locale;

/**
 * Lifecycle status of an event-processing filter on the service. A filter activates
 * {@code DRAFT → PENDING_ACTIVATION → ACTIVE}, or ends {@code FAILED} with a reason.
 *
 * <p>A status this SDK does not know yet reads as {@link #UNKNOWN} instead of failing, so a newer
 * service never breaks an older client.
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
     * Returns the status for its wire name, case-insensitively.
     *
     * @param wire the name the service sent, such as {@code "PENDING_ACTIVATION"}; may be {@code null}
     * @return the status, or {@link #UNKNOWN} for {@code null} or an unknown name
     */
    public static FilterStatus fromWire(String wire) {
        if (wire == null) {
            return UNKNOWN;
        }
        String normalized = wire.trim().toUpperCase(Locale.ROOT);
        for (FilterStatus status : values()) {
            if (status.name().equals(normalized)) {
                return status;
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
