package io.github.cxonesdk.eventbridge.engine;

/**
 * Thrown by {@link FilterEngine} when an event given as text or bytes is not exactly one JSON value:
 * not valid JSON, empty, or followed by anything but whitespace. The message names the position
 * (line and column) but never quotes the event, which may hold personal data.
 *
 * <p>A subclass of {@link IllegalArgumentException}, so code catching that keeps working;
 * {@link FilterEngine#replay(Iterable)} counts only this exception as a malformed event, so that
 * other failures are not hidden.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MalformedEventException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the event is malformed, without its content
     */
    public MalformedEventException(String message) {
        super(message);
    }
}
