package io.github.cxonesdk.core.exception;

import java.util.Optional;

/**
 * A waiter saw a terminal failure state (for example a filter that ended {@code FAILED}); waiting
 * longer would not help. Carries the reason and the state.
 *
 * <p>Instances are immutable and thread-safe when the state object is.
 */
public class WaiterFailedException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /** The service's reason for the failure as sent, or {@code null} when it gave none. */
    private final String reason;
    private final transient Object lastState;

    /**
     * Creates the exception.
     *
     * @param message what was awaited and why it failed
     * @param reason the failure reason the state gave
     * @param lastState the terminal state
     */
    public WaiterFailedException(String message, String reason, Object lastState) {
        super(message); // the cause stays unset, so initCause still works for existing callers
        this.reason = reason;
        this.lastState = lastState;
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what was awaited and why it failed
     * @param reason the failure reason the state gave
     * @param lastState the terminal state
     * @param cause the underlying failure, or {@code null}
     */
    public WaiterFailedException(String message, String reason, Object lastState, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.lastState = lastState;
    }

    /**
     * Returns the failure reason.
     *
     * @return the reason, possibly {@code null} when the state gave none
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the terminal state.
     *
     * @param <S> the state type the waiter polled
     * @param type the state type
     * @return the state, or empty if it is not of {@code type}
     */
    public <S> Optional<S> lastState(Class<S> type) {
        return Optional.ofNullable(lastState).filter(type::isInstance).map(type::cast);
    }
}
