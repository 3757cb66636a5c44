package io.github.cxonesdk.core.audit;

/**
 * How an audited operation ended.
 */
public enum AuditOutcome {
    /** The operation succeeded. */
    SUCCESS,
    /** The operation failed; the event's {@code error} says why. */
    FAILED
}
