package io.github.cxonesdk.core.audit;

/**
 * Records who did what to which resource, with what outcome. Events hold payload hashes, never
 * payloads or secrets. The built-in implementation is {@link JsonlAuditLog}; implement this
 * interface to send events elsewhere (a database, a SIEM).
 *
 * <pre>{@code
 * try (AuditLog audit = JsonlAuditLog.builder().directory(Path.of("audit")).fsync(true).build()) {
 *     audit.append(AuditEvent.builder().actor("ci").action("UpdateDashboard")
 *             .resourceType("dashboard").resourceId(id).outcome(AuditOutcome.SUCCESS).payload(dashboard).build());
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
public interface AuditLog extends AutoCloseable {
    /**
     * Appends an event durably enough for the implementation's promise.
     *
     * @param event the event
     * @return the stored record
     * @throws io.github.cxonesdk.core.exception.AuditStorageException if the event cannot be stored
     */
    AuditRecord append(AuditEvent event);

    /**
     * Releases the log's resources.
     */
    @Override
    void close();
}
