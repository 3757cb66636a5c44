package io.github.cxonesdk.core.audit;

/**
 * How an audited operation ended.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AuditOutcome {
    /** The operation succeeded. */
    SUCCESS,
    /** The operation failed; the event's {@code error} says why. */
    FAILED
}
