package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.internal.Redaction;
import java.util.Objects;

/**
 * The lifecycle state of one filter as {@code GET …/filters/{id}/status} reports it: its
 * {@link FilterStatus} and, for {@link FilterStatus#FAILED}, the reason the service gave.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filterId the filter's id
 * @param status the status, never {@code null} ({@link FilterStatus#UNKNOWN} for an unknown one)
 * @param reason why the filter is in this state (usually only for {@code FAILED}), or {@code null}
 */
public record FilterState(String filterId, FilterStatus status, String reason) {
    /**
     * Checks the components.
     *
     * @param filterId the filter's id
     * @param status the status, never {@code null} ({@link FilterStatus#UNKNOWN} for an unknown one)
     * @param reason why the filter is in this state (usually only for {@code FAILED}), or {@code null}
     * @throws NullPointerException if {@code filterId} or {@code status} is {@code null}
     */
    public FilterState {
        Objects.requireNonNull(filterId, "filterId == null");
        Objects.requireNonNull(status, "status == null");
    }

    /**
     * Tells whether the filter is active.
     *
     * @return {@code true} when the status is {@link FilterStatus#ACTIVE}
     */
    public boolean isActive() {
        return status == FilterStatus.ACTIVE;
    }

    /**
     * Tells whether the activation failed.
     *
     * @return {@code true} when the status is {@link FilterStatus#FAILED}
     */
    public boolean isFailed() {
        return status == FilterStatus.FAILED;
    }

    @Override
    public String toString() {
        // the reason is the service's text: capped and scrubbed, like every server-controlled string in a toString
        return "FilterState[" + Redaction.text(filterId) + " " + status
                + (reason == null ? "" : ": " + Redaction.text(reason)) + "]";
    }
}
