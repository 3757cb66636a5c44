package io.github.cxonesdk.cli;

/**
 * A failure the CLI reports as one line on stderr with its exit code (1 a check failed, 2 bad usage or
 * unreadable input).
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A check failed: incompatible, invalid, no match. */
    static final int CHECK_FAILED = 1;
    /** Bad usage or unreadable input. */
    static final int BAD_INPUT = 2;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException badInput(String message) {
        return new CliException(BAD_INPUT, message);
    }

    int exitCode() {
        return exitCode;
    }
}
