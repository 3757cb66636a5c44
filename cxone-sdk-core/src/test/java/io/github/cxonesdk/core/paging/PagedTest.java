package io.github.cxonesdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.PaginationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagedTest {
    @Test
    void stopsOnAnEmptyStringCursor_andFetchesLazily() {
        Map<String, Page<Integer>> pages = Map.of(
                "", new Page<>(List.of(1, 2), "c2"),
                "c2", new Page<>(List.of(3), ""));
        List<String> fetched = new ArrayList<>();
        Paged<Integer> paged = Paged.of(cursor -> {
            fetched.add(String.valueOf(cursor));
            return pages.get(cursor == null ? "" : cursor);
        });
        assertThat(fetched).isEmpty();
        assertThat(paged.stream().limit(2).toList()).containsExactly(1, 2);
        assertThat(fetched).containsExactly("null");
        assertThat(paged.stream().toList()).containsExactly(1, 2, 3);
        assertThat(fetched).containsExactly("null", "null", "c2");
    }

    @Test
    void stopsOnANullCursor() {
        Paged<String> paged = Paged.of(cursor -> new Page<>(List.of("only"), null));
        Iterator<Page<String>> pages = paged.byPage();
        assertThat(pages.next().items()).containsExactly("only");
        assertThat(pages.hasNext()).isFalse();
    }

    @Test
    void aRepeatedCursor_isAnError_notAnEndlessLoop() {
        Paged<Integer> paged = Paged.of(cursor -> new Page<>(List.of(1), cursor == null ? "a" : "b".equals(cursor) ? "a" : "b"));
        assertThatThrownBy(() -> paged.stream().toList())
                .isInstanceOf(CxoneClientException.class)
                .hasMessageContaining("cursor 'a' a second time");
    }

    /** A fetcher that fails the test instead of running forever. */
    private static <T> java.util.function.Function<String, Page<T>> guarded(
            java.util.function.Function<String, Page<T>> fetcher, AtomicInteger fetches) {
        return cursor -> {
            if (fetches.incrementAndGet() > 100_000) {
                throw new AssertionError("the walk did not stop after 100,000 pages");
            }
            return fetcher.apply(cursor);
        };
    }

    @Test
    void endlessEmptyPages_withFreshCursors_failLoudly_afterTheBound() {
        AtomicInteger fetches = new AtomicInteger();
        Paged<Integer> paged = Paged.of(guarded(cursor -> new Page<>(List.of(), "c" + fetches.get()), fetches));
        assertThatThrownBy(() -> paged.stream().toList())
                .isInstanceOfSatisfying(PaginationException.class, e -> {
                    assertThat(e).isInstanceOf(CxoneClientException.class);
                    assertThat(e.pagesFetched()).isEqualTo(Paged.MAX_EMPTY_PAGES + 1);
                    assertThat(e.getMessage()).contains("empty pages in a row");
                });
        assertThat(fetches).hasValue(Paged.MAX_EMPTY_PAGES + 1);
    }

    @Test
    void emptyPages_interruptedByItems_areFine() {
        AtomicInteger fetches = new AtomicInteger();
        // 3 rounds of 100 empty pages followed by one item; then the end
        Paged<Integer> paged = Paged.of(guarded(cursor -> {
            int n = cursor == null ? 0 : Integer.parseInt(cursor);
            boolean item = n % 101 == 100;
            return new Page<>(item ? List.of(n) : List.of(), n == 302 ? null : String.valueOf(n + 1));
        }, fetches));
        assertThat(paged.stream().toList()).containsExactly(100, 201, 302);
    }

    @Test
    void onlyTheLatestCursorsAreRemembered_soALongListingHasBoundedMemory() {
        AtomicInteger fetches = new AtomicInteger();
        int total = Paged.REMEMBERED_CURSORS * 2;
        // after 20,000 pages the service hands out "p-1" again: beyond the remembered window, so it is
        // followed (once; the page it then returns ends the listing) instead of being reported
        Paged<Integer> paged = Paged.of(guarded(cursor -> {
            int n = fetches.get();
            if (n > total) {
                return new Page<>(List.of(-1), null);
            }
            return new Page<>(List.of(n), n == total ? "p-1" : "p-" + n);
        }, fetches));
        List<Integer> items = paged.stream().toList();
        assertThat(items).hasSize(total + 1).endsWith(-1);
    }

    @Test
    void aCursorRepeatedWithinTheWindow_isStillAnError() {
        AtomicInteger fetches = new AtomicInteger();
        Paged<Integer> paged = Paged.of(guarded(cursor -> {
            int n = fetches.get();
            return new Page<>(List.of(n), n == Paged.REMEMBERED_CURSORS ? "p-1" : "p-" + n);
        }, fetches));
        assertThatThrownBy(() -> paged.stream().toList())
                .isInstanceOfSatisfying(PaginationException.class,
                        e -> assertThat(e.pagesFetched()).isEqualTo(Paged.REMEMBERED_CURSORS));
    }

    @Test
    void aHugeRepeatedCursor_isCappedInTheMessage() {
        String huge = "x".repeat(5_000); // Redaction.text is quadratic on letter runs today (fixed separately)
        Paged<Integer> paged = Paged.of(cursor -> new Page<>(List.of(1), huge));
        assertThatThrownBy(() -> paged.stream().toList())
                .isInstanceOf(PaginationException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
    }
}
