package io.github.cxonesdk.core.audit;

/**
 * The result of {@link JsonlAuditLog#verify()}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param valid whether every record is intact and in order
 * @param recordsChecked how many records were checked before the first problem (all when valid)
 * @param problem the first problem, naming the file and line, or {@code null} when valid
 */
public record AuditVerification(boolean valid, long recordsChecked, String problem) {
    /**
     * Checks the fields.
     *
     * @param valid whether every record is intact and in order
     * @param recordsChecked how many records were checked before the first problem (all when valid)
     * @param problem the first problem, naming the file and line, or {@code null} when valid
     * @throws IllegalArgumentException if {@code valid} and {@code problem} disagree or the count is negative
     */
    public AuditVerification {
        if (valid != (problem == null)) {
            throw new IllegalArgumentException("problem must be null exactly when valid");
        }
        if (recordsChecked < 0) {
            throw new IllegalArgumentException("recordsChecked < 0: " + recordsChecked);
        }
    }
}
