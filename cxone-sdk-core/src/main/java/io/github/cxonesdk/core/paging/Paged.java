package io.github.cxonesdk.core.paging;

import io.github.cxonesdk.core.exception.CxoneClientException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, cursor-paginated listing. Nothing is fetched until items are consumed, and a page is
 * fetched only when the previous one is used up. The listing ends on a {@code null} or empty
 * cursor; a cursor the service already returned is an error, not an endless loop.
 *
 * <pre>{@code
 * Paged<Dashboard> all = dashboards.list(50);
 * all.stream().filter(d -> d.name().startsWith("Sales")).forEach(System.out::println);
 * }</pre>
 *
 * <p>Each call of {@link #stream()}, {@link #iterator()} or {@link #byPage()} starts a new walk
 * from the first page. A {@code Paged} is thread-safe; an individual iterator is not.
 *
 * @param <T> the item type
 */
public final class Paged<T> implements Iterable<T> {
    private final Function<String, Page<T>> fetcher;

    private Paged(Function<String, Page<T>> fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    }

    /**
     * Creates a listing from a page fetcher.
     *
     * @param <T> the item type
     * @param fetcher fetches the page at a cursor; receives {@code null} for the first page
     * @return the lazy listing
     */
    public static <T> Paged<T> of(Function<String, Page<T>> fetcher) {
        return new Paged<>(fetcher);
    }

    /**
     * Returns a new walk over the pages.
     *
     * @return an iterator of pages, fetching each when {@code next()} is called
     * @throws CxoneClientException from {@code next()} if the service repeats a cursor
     */
    public Iterator<Page<T>> byPage() {
        return new PageIterator();
    }

    /**
     * Returns a new walk over the items of every page.
     *
     * @return an iterator of items
     */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = byPage();
        return new Iterator<>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && pages.hasNext()) {
                    current = pages.next().items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * Returns a sequential stream of the items of every page, fetched lazily.
     *
     * @return the stream
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private final Set<String> seenCursors = new HashSet<>();
        private String cursor;
        private boolean started;
        private boolean finished;

        @Override
        public boolean hasNext() {
            return !finished;
        }

        @Override
        public Page<T> next() {
            if (finished) {
                throw new NoSuchElementException();
            }
            Page<T> page = Objects.requireNonNull(fetcher.apply(started ? cursor : null), "fetcher returned null");
            started = true;
            String next = page.next().orElse(null);
            if (next == null) {
                finished = true;
            } else if (!seenCursors.add(next)) {
                finished = true;
                throw new CxoneClientException("pagination returned cursor '" + next
                        + "' a second time; stopping instead of looping forever");
            }
            cursor = next;
            return page;
        }
    }
}
