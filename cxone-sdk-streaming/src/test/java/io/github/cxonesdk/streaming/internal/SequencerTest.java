package io.github.cxonesdk.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.streaming.StreamEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequencerTest {
    private final List<Long> delivered = new ArrayList<>();
    private final List<long[]> gaps = new ArrayList<>();
    private int duplicates;

    private Sequencer sequencer(boolean ordered, int window, long resumeAfter) {
        return new Sequencer(ordered, window, 100, resumeAfter, new Sequencer.Output() {
            @Override
            public void accept(StreamEvent event) {
                delivered.add(event.sequence());
            }

            @Override
            public void gap(long first, long last) {
                gaps.add(new long[] {first, last});
            }

            @Override
            public void duplicate() {
                duplicates++;
            }
        });
    }

    private static StreamEvent e(long seq) {
        return new StreamEvent("e-" + seq, seq, "t", "", "{}");
    }

    @Test
    void restoresOrderWithinTheWindowAndDropsDuplicates() {
        Sequencer s = sequencer(true, 8, 0);
        for (long seq : new long[] {2, 1, 4, 3, 3, 1, 6, 5}) {
            s.offer(e(seq));
        }
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(duplicates).isEqualTo(2);
        assertThat(gaps).isEmpty();
        assertThat(s.lastAccepted()).isEqualTo(6);
    }

    @Test
    void aHoleThatNeverFillsIsAGap() {
        Sequencer s = sequencer(true, 8, 0);
        s.offer(e(1));
        s.offer(e(4));
        s.offer(e(5));
        assertThat(delivered).containsExactly(1L);
        assertThat(s.held()).isEqualTo(2);
        s.skipHole(); // the gap timer gave up
        assertThat(delivered).containsExactly(1L, 4L, 5L);
        assertThat(gaps).singleElement().satisfies(g -> assertThat(g).containsExactly(2, 3));
        s.offer(e(2)); // arrives too late: already declared lost
        assertThat(duplicates).isEqualTo(1);
    }

    @Test
    void windowOverflowDeclaresTheGapAtOnce() {
        Sequencer s = sequencer(true, 3, 10);
        for (long seq = 12; seq <= 15; seq++) {
            s.offer(e(seq));
        }
        assertThat(gaps).singleElement().satisfies(g -> assertThat(g).containsExactly(11, 11));
        assertThat(delivered).containsExactly(12L, 13L, 14L, 15L);
    }

    @Test
    void resetForgetsHeldEventsForReplay() {
        Sequencer s = sequencer(true, 8, 0);
        s.offer(e(1));
        s.offer(e(3));
        s.reset();
        s.offer(e(2));
        s.offer(e(3));
        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(gaps).isEmpty();
    }

    @Test
    void unorderedStreamDropsRepeatedIdsOnly() {
        Sequencer s = sequencer(false, 8, -1);
        s.offer(new StreamEvent("u1#2", 2, "t", "u1", "{}"));
        s.offer(new StreamEvent("u1#1", 1, "t", "u1", "{}"));
        s.offer(new StreamEvent("u1#2", 2, "t", "u1", "{}"));
        assertThat(delivered).containsExactly(2L, 1L);
        assertThat(duplicates).isEqualTo(1);
    }
}
