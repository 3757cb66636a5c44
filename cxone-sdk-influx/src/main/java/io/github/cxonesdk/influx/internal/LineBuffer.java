package io.github.cxonesdk.influx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded buffer between producers and the sender thread, bounded by lines and by bytes. A line larger
 * than the byte bound is admitted alone into an empty buffer, so nothing can block forever.
 *
 * <p>This class is thread-safe.
 */
public final class LineBuffer {
    /** What {@link #offer} does when the buffer is full. */
    public enum Policy {
        /** Wait for room. */
        BLOCK,
        /** Evict the oldest lines. */
        DROP_OLDEST,
        /** Refuse the whole offer. */
        FAIL
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final Condition drained = lock.newCondition();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private final int maxLines;
    private final long maxBytes;
    private long bytes;
    private int inFlight;
    private long firstArrival;
    private int flushers;
    private boolean closed;

    /**
     * Creates a buffer.
     *
     * @param maxLines the most lines it holds
     * @param maxBytes the most bytes it holds
     */
    public LineBuffer(int maxLines, long maxBytes) {
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
    }

    /**
     * Adds lines under a policy.
     *
     * @param lines the lines
     * @param policy what to do when full
     * @return how many lines were dropped to make room ({@link Policy#DROP_OLDEST}), or {@code -1} when the
     *     offer was refused ({@link Policy#FAIL}, or the buffer is closed)
     * @throws InterruptedException if interrupted while waiting ({@link Policy#BLOCK}); lines added before stay
     */
    public int offer(List<byte[]> lines, Policy policy) throws InterruptedException {
        lock.lock();
        try {
            if (closed) {
                return -1;
            }
            if (policy == Policy.FAIL) {
                long add = 0;
                for (byte[] line : lines) {
                    add += line.length;
                }
                if (queue.size() + lines.size() > maxLines || (bytes + add > maxBytes && !queue.isEmpty())) {
                    return -1;
                }
            }
            int dropped = 0;
            for (byte[] line : lines) {
                dropped += admit(line, policy);
                if (closed) {
                    return -1;
                }
            }
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    private int admit(byte[] line, Policy policy) throws InterruptedException {
        int dropped = 0;
        while (!fits(line) && !closed) {
            if (policy == Policy.DROP_OLDEST) {
                bytes -= queue.removeFirst().length;
                dropped++;
            } else {
                notFull.await();
            }
        }
        if (closed) {
            return dropped;
        }
        if (queue.isEmpty()) {
            firstArrival = System.nanoTime();
        }
        queue.addLast(line);
        bytes += line.length;
        notEmpty.signal();
        return dropped;
    }

    private boolean fits(byte[] line) {
        return queue.isEmpty() || queue.size() < maxLines && bytes + line.length <= maxBytes;
    }

    /**
     * Takes the next batch: waits until a full batch is there, or the oldest line has waited {@code linger}, or
     * a flush or close asks for everything now.
     *
     * @param batchLines the most lines of a batch
     * @param batchBytes the most bytes of a batch (a single larger line goes alone)
     * @param lingerNanos how long a line may wait for others
     * @return the batch, or {@code null} once the buffer is closed and empty
     * @throws InterruptedException if interrupted
     */
    public List<byte[]> take(int batchLines, long batchBytes, long lingerNanos) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (queue.isEmpty()) {
                    if (closed) {
                        return null;
                    }
                    notEmpty.await();
                    continue;
                }
                long waited = System.nanoTime() - firstArrival;
                if (queue.size() >= batchLines || bytes >= batchBytes || closed || flushers > 0
                        || waited >= lingerNanos) {
                    return drain(batchLines, batchBytes);
                }
                notEmpty.awaitNanos(lingerNanos - waited);
            }
        } finally {
            lock.unlock();
        }
    }

    private List<byte[]> drain(int batchLines, long batchBytes) {
        List<byte[]> batch = new ArrayList<>(Math.min(batchLines, queue.size()));
        long size = 0;
        while (!queue.isEmpty() && batch.size() < batchLines) {
            byte[] next = queue.peekFirst();
            if (!batch.isEmpty() && size + next.length + 1 > batchBytes) {
                break;
            }
            queue.removeFirst();
            batch.add(next);
            size += next.length + 1;
            bytes -= next.length;
        }
        inFlight += batch.size();
        if (!queue.isEmpty()) {
            firstArrival = System.nanoTime() - Long.MAX_VALUE / 2; // the rest waited already: send at once
        }
        notFull.signalAll();
        return batch;
    }

    /**
     * Marks a taken batch as finished (written or failed).
     *
     * @param lines its size
     */
    public void done(int lines) {
        lock.lock();
        try {
            inFlight -= lines;
            if (inFlight == 0 && queue.isEmpty()) {
                drained.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks for everything buffered to be sent now and waits until it was written or failed.
     *
     * @throws InterruptedException if interrupted
     */
    public void flush() throws InterruptedException {
        lock.lock();
        try {
            flushers++;
            notEmpty.signalAll();
            while (!queue.isEmpty() || inFlight > 0) {
                drained.await(100, TimeUnit.MILLISECONDS);
            }
        } finally {
            flushers--;
            lock.unlock();
        }
    }

    /** Refuses further offers and lets {@link #take} return what is left, then {@code null}. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns how many lines are buffered or being sent.
     *
     * @return the count
     */
    public int pending() {
        lock.lock();
        try {
            return queue.size() + inFlight;
        } finally {
            lock.unlock();
        }
    }
}
