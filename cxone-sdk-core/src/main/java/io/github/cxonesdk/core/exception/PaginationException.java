package io.github.cxonesdk.core.exception;

/**
 * A paginated listing broke the paging contract, so following it further could not end: the service
 * returned a cursor it had already returned, or a long run of empty pages that each named a next
 * cursor. It is a {@link CxoneClientException} because every page was a 2xx whose content was unusable.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class PaginationException extends CxoneClientException {
    private static final long serialVersionUID = 1L;

    /** How many pages were fetched before the listing failed. */
    private final long pagesFetched;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, with context
     * @param pagesFetched how many pages the walk had fetched when it stopped
     */
    public PaginationException(String message, long pagesFetched) {
        super(message);
        this.pagesFetched = pagesFetched;
    }

    /**
     * Creates the exception with the failure that led to it.
     *
     * @param message what went wrong, with context
     * @param pagesFetched how many pages the walk had fetched when it stopped
     * @param cause the underlying failure, or {@code null}
     */
    public PaginationException(String message, long pagesFetched, Throwable cause) {
        super(message, cause);
        this.pagesFetched = pagesFetched;
    }

    /**
     * Returns how many pages the walk had fetched when it stopped.
     *
     * @return the page count
     */
    public long pagesFetched() {
        return pagesFetched;
    }
}
