package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.streaming.StreamEvent;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns received events into the delivered sequence: drops duplicates (by id, bounded memory, and
 * on an ordered stream by sequence), and on an ordered stream restores order within a bounded reorder
 * window, declaring a gap when the window overflows or the caller gives up waiting ({@link #skipHole()}).
 * Not thread-safe: the caller serialises calls.
 */
public final class Sequencer {
    /** Where accepted events, gaps and duplicates go. */
    public interface Output {
        /**
         * An event to deliver, in order.
         *
         * @param event the event
         */
        void accept(StreamEvent event);

        /**
         * Sequences that will not come.
         *
         * @param first the first missing sequence
         * @param last  the last missing sequence
         */
        void gap(long first, long last);

        /** An event dropped as a duplicate. */
        void duplicate();
    }

    private final boolean ordered;
    private final int reorderWindow;
    private final BoundedIdSet seen;
    private final Output out;
    private final TreeMap<Long, StreamEvent> pending = new TreeMap<>();
    private boolean known;
    private long last;

    /**
     * Creates a sequencer.
     *
     * @param ordered       whether sequences are global and gap-free (the event stream)
     * @param reorderWindow how many out-of-order events to hold, at least 1
     * @param dedupCapacity how many ids to remember
     * @param resumeAfter   the last sequence already delivered, or negative when unknown
     * @param out           the output
     */
    public Sequencer(boolean ordered, int reorderWindow, int dedupCapacity, long resumeAfter, Output out) {
        this.ordered = ordered;
        this.reorderWindow = reorderWindow;
        this.seen = new BoundedIdSet(dedupCapacity);
        this.out = out;
        this.known = resumeAfter >= 0;
        this.last = resumeAfter;
    }

    /**
     * Takes one received event.
     *
     * @param event the event
     */
    public void offer(StreamEvent event) {
        if (!ordered) {
            if (seen.add(event.id())) {
                out.accept(event);
            } else {
                out.duplicate();
            }
            return;
        }
        long seq = event.sequence();
        if (!known) {
            known = true;
            last = seq - 1; // without a start position the first event received defines the start
        }
        if (seq <= last || pending.containsKey(seq)) {
            out.duplicate();
            return;
        }
        if (seq == last + 1) {
            deliver(event);
            drain();
            return;
        }
        pending.put(seq, event);
        if (pending.size() > reorderWindow) {
            skipHole();
        }
    }

    private void deliver(StreamEvent event) {
        last = event.sequence();
        if (seen.add(event.id())) {
            out.accept(event);
        } else {
            out.duplicate(); // same id under another sequence: the server re-sent it
        }
    }

    private void drain() {
        Map.Entry<Long, StreamEvent> next;
        while ((next = pending.firstEntry()) != null && next.getKey() == last + 1) {
            pending.pollFirstEntry();
            deliver(next.getValue());
        }
    }

    /** Gives up on the missing sequences before the first held event: reports a gap and delivers on. */
    public void skipHole() {
        Map.Entry<Long, StreamEvent> first = pending.firstEntry();
        if (first == null) {
            return;
        }
        out.gap(last + 1, first.getKey() - 1);
        last = first.getKey() - 1;
        drain();
    }

    /** Forgets held events (after a reconnect the server replays them). */
    public void reset() {
        pending.clear();
    }

    /** @return how many out-of-order events are held */
    public int held() {
        return pending.size();
    }

    /** @return the last sequence accepted, or -1 when none is known */
    public long lastAccepted() {
        return known ? last : -1;
    }
}
