package io.github.cxonesdk.core.exception;

/**
 * The audit log could not use its local storage: a file or directory could not be created, read,
 * written, locked or synced, another writer holds the directory, or the stored records cannot be
 * extended safely (a broken last record, or files that disagree with the persisted head). Unlike
 * {@link CxoneClientException} it has nothing to do with the service.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class AuditStorageException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, naming the directory or file
     */
    public AuditStorageException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed, naming the directory or file
     * @param cause the underlying failure, usually an {@link java.io.IOException}
     */
    public AuditStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
