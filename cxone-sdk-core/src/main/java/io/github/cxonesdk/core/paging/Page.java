package io.github.cxonesdk.core.paging;

import java.util.List;
import java.util.Optional;

/**
 * One page of a cursor-paginated listing.
 *
 * <p>Instances are immutable and thread-safe if the items are.
 *
 * @param <T> the item type
 * @param items the items of this page, never {@code null}
 * @param nextCursor the cursor of the next page; {@code null} or empty on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {
    /**
     * Copies the items.
     *
     * @param items the items of this page, never {@code null}
     * @param nextCursor the cursor of the next page; {@code null} or empty on the last page
     * @throws NullPointerException if {@code items} is {@code null}
     */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Returns the next cursor when there is a next page.
     *
     * @return the cursor, or empty on the last page
     */
    public Optional<String> next() {
        return nextCursor == null || nextCursor.isEmpty() ? Optional.empty() : Optional.of(nextCursor);
    }
}
