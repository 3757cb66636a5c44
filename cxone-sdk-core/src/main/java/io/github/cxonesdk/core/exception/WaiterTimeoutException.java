package io.github.cxonesdk.core.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * A waiter gave up before the resource reached the wanted state. Carries the last observed
 * state so the caller can see where it got stuck.
 *
 * <p>Instances are immutable and thread-safe when the state object is.
 */
public class WaiterTimeoutException extends CxoneException {
    private static final long serialVersionUID = 1L;

    private final transient Object lastState;
    /** How long the waiter waited before giving up. */
    private final Duration waited;

    /**
     * Creates the exception.
     *
     * @param message what was awaited, with context
     * @param lastState the last observed state, or {@code null} if none was observed
     * @param waited how long the waiter waited
     */
    public WaiterTimeoutException(String message, Object lastState, Duration waited) {
        super(message); // the cause stays unset, so initCause still works for existing callers
        this.lastState = lastState;
        this.waited = waited;
    }

    /**
     * Creates the exception with the last failure seen while waiting.
     *
     * @param message what was awaited, with context
     * @param lastState the last observed state, or {@code null} if none was observed
     * @param waited how long the waiter waited
     * @param cause the last failure seen while polling (such as a throttled poll), or {@code null}
     */
    public WaiterTimeoutException(String message, Object lastState, Duration waited, Throwable cause) {
        super(message, cause);
        this.lastState = lastState;
        this.waited = waited;
    }

    /**
     * Returns the last state observed before the timeout.
     *
     * @param <S> the state type the waiter polled
     * @param type the state type
     * @return the state, or empty if no poll succeeded
     */
    public <S> Optional<S> lastState(Class<S> type) {
        return Optional.ofNullable(lastState).filter(type::isInstance).map(type::cast);
    }

    /**
     * Returns how long the waiter waited.
     *
     * @return the waited time
     */
    public Duration waited() {
        return waited;
    }
}
