package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.core.exception.CxoneClientException;

/**
 * A checkpoint could not be read (missing pieces, wrong checksum, unknown version) or written. The
 * message names the file.
 */
public class CheckpointException extends CxoneClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the file
     * @param cause   the cause, or null
     */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception without a cause.
     *
     * @param message what failed, naming the file
     */
    public CheckpointException(String message) {
        super(message, null);
    }
}
