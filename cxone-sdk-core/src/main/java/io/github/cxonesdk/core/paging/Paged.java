package io.github.cxonesdk.core.paging;

import io.github.cxonesdk.core.exception.PaginationException;
import io.github.cxonesdk.core.internal.Redaction;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, cursor-paginated listing. Nothing is fetched until items are consumed, and a page is
 * fetched only when the previous one is used up. The listing ends on a {@code null} or empty
 * cursor. A misbehaving service cannot make a walk loop forever or grow without bound: a cursor
 * repeated within the last {@value #REMEMBERED_CURSORS} cursors, or more than {@value #MAX_EMPTY_PAGES}
 * empty pages in a row that each name a next cursor, end the walk with a {@link PaginationException}.
 * Only the last {@value #REMEMBERED_CURSORS} cursors are remembered, so a walk's memory is bounded; a
 * cycle longer than that yields items on every page and is the consumer's to bound (for example
 * {@code stream().limit(n)}).
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
    /** The most empty pages in a row (each naming a next cursor) a walk follows before it fails. */
    public static final int MAX_EMPTY_PAGES = 100;

    /** How many of the latest cursors a walk remembers to detect a repeated one. */
    public static final int REMEMBERED_CURSORS = 10_000;

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
     * @throws PaginationException from {@code next()} if the service repeats a recent cursor or sends more
     *         than {@value #MAX_EMPTY_PAGES} empty pages in a row
     */
    public Iterator<Page<T>> byPage() {
        return new PageIterator();
    }

    /**
     * Returns a new walk over the items of every page.
     *
     * @return an iterator of items
     * @throws PaginationException from {@code hasNext()} or {@code next()} as {@link #byPage()}
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
     * @throws PaginationException from the terminal operation as {@link #byPage()}
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PageIterator implements Iterator<Page<T>> {
        /** The latest cursors, oldest evicted first: memory stays bounded on an endless listing. */
        private final Map<String, Boolean> seenCursors = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED_CURSORS;
            }
        };
        private String cursor;
        private boolean started;
        private boolean finished;
        private long pages;
        private int emptyRun;

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
            pages++;
            String next = page.next().orElse(null);
            if (next == null) {
                finished = true;
            } else {
                checkProgress(page, next);
            }
            cursor = next;
            return page;
        }

        private void checkProgress(Page<T> page, String next) {
            emptyRun = page.items().isEmpty() ? emptyRun + 1 : 0;
            if (emptyRun > MAX_EMPTY_PAGES) {
                finished = true;
                throw new PaginationException("pagination returned " + emptyRun + " empty pages in a row, each with"
                        + " a next cursor (more than " + MAX_EMPTY_PAGES + "); stopping instead of following"
                        + " them forever", pages);
            }
            if (seenCursors.put(next, Boolean.TRUE) != null) {
                finished = true;
                throw new PaginationException("pagination returned cursor '" + Redaction.text(next)
                        + "' a second time; stopping instead of looping forever", pages);
            }
        }
    }
}
