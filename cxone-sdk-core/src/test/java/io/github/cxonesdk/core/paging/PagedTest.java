package io.github.cxonesdk.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.CxoneClientException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
}
