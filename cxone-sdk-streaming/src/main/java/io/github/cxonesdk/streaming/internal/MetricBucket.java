package io.github.cxonesdk.streaming.internal;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.mapping.LogarithmicMapping;
import com.datadoghq.sketch.ddsketch.store.CollapsingLowestDenseStore;
import io.github.cxonesdk.streaming.metrics.Percentiles;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** The values of one (hour, campaign) bucket: all of them (exact) or two sketches. Not thread-safe. */
public abstract class MetricBucket {
    /** Relative accuracy of the sketches. */
    public static final double ACCURACY = 0.01;
    /**
     * Bins per sketch: two sketches stay under 8 KiB, and with 1% accuracy the bins span values over a
     * ratio of about 7,000 ({@link #ACCURATE_RANGE}) below the bucket's largest value; smaller values
     * are collapsed into the lowest bin, which can only affect a percentile lying that far below the
     * maximum.
     */
    public static final int MAX_BINS = 448;
    /** Values at least the bucket maximum divided by this are kept at 1% accuracy. */
    public static final double ACCURATE_RANGE = 7_000;
    private static final int MAX_SERIALISED = 1 << 20;

    String campaign;
    long hour;
    long count;
    /** Processing time (epoch ms) of the last event added. */
    long touched;
    boolean closed;
    boolean dirty;

    public abstract void add(double handle, double wait);

    /** @return the hour start, epoch ms */
    public long hour() {
        return hour;
    }

    /** @return the campaign */
    public String campaign() {
        return campaign;
    }

    /** @return how many events the bucket holds */
    public long count() {
        return count;
    }

    /**
     * Records the processing time of an add.
     *
     * @param millis epoch ms
     */
    public void touch(long millis) {
        touched = millis;
    }

    /** @return processing time of the last add, epoch ms */
    public long touched() {
        return touched;
    }

    /** @return whether the final result was emitted */
    public boolean closed() {
        return closed;
    }

    /** @return whether the bucket changed after its final result */
    public boolean dirty() {
        return dirty;
    }

    /** Marks the bucket closed. */
    public void markClosed() {
        closed = true;
    }

    /** Marks the bucket for re-emission. */
    public void markDirty() {
        dirty = true;
    }

    /** Clears the re-emission mark. */
    public void clearDirty() {
        dirty = false;
    }

    /**
     * Adds another bucket's values; a closed bucket becomes dirty.
     *
     * @param other a bucket of the same kind
     */
    public void mergeFrom(MetricBucket other) {
        merge(other);
        if (closed) {
            dirty = true;
        }
    }

    abstract Percentiles handleTime();

    abstract Percentiles waitTime();

    abstract void write(DataOutput out) throws IOException;

    abstract void read(DataInput in) throws IOException;

    abstract void merge(MetricBucket other);

    static MetricBucket create(boolean exact) {
        return exact ? new Exact() : new Sketch();
    }

    /** Every value, sorted lazily. */
    static final class Exact extends MetricBucket {
        private double[] handles = new double[4];
        private double[] waits = new double[4];
        private boolean sorted = true;

        @Override
        public void add(double handle, double wait) {
            int n = (int) count;
            if (n == handles.length) {
                handles = Arrays.copyOf(handles, n * 2);
                waits = Arrays.copyOf(waits, n * 2);
            }
            handles[n] = handle;
            waits[n] = wait;
            count++;
            sorted = false;
        }

        private void sort() {
            if (!sorted) {
                Arrays.sort(handles, 0, (int) count);
                Arrays.sort(waits, 0, (int) count);
                sorted = true;
            }
        }

        @Override
        Percentiles handleTime() {
            sort();
            return of(handles);
        }

        @Override
        Percentiles waitTime() {
            sort();
            return of(waits);
        }

        private Percentiles of(double[] values) {
            int n = (int) count;
            return new Percentiles(ExactQuantiles.percentile(values, n, 50), ExactQuantiles.percentile(values, n, 90),
                    ExactQuantiles.percentile(values, n, 95));
        }

        @Override
        void write(DataOutput out) throws IOException {
            for (int i = 0; i < count; i++) {
                out.writeDouble(handles[i]);
                out.writeDouble(waits[i]);
            }
        }

        @Override
        void read(DataInput in) throws IOException {
            long n = count;
            count = 0;
            for (long i = 0; i < n; i++) {
                add(in.readDouble(), in.readDouble());
            }
        }

        @Override
        void merge(MetricBucket other) {
            Exact o = (Exact) other;
            for (int i = 0; i < o.count; i++) {
                add(o.handles[i], o.waits[i]);
            }
        }
    }

    /** Two DDSketches with 1% relative accuracy and at most {@link #MAX_BINS} bins each. */
    static final class Sketch extends MetricBucket {
        private DDSketch handles = newSketch();
        private DDSketch waits = newSketch();
        private double firstHandle;
        private double firstWait;

        private static DDSketch newSketch() {
            return DDSketches.collapsingLowestDense(ACCURACY, MAX_BINS);
        }

        @Override
        public void add(double handle, double wait) {
            if (count == 0) {
                firstHandle = handle;
                firstWait = wait;
            }
            handles.accept(handle);
            waits.accept(wait);
            count++;
        }

        @Override
        Percentiles handleTime() {
            return of(handles, firstHandle);
        }

        @Override
        Percentiles waitTime() {
            return of(waits, firstWait);
        }

        private Percentiles of(DDSketch s, double first) {
            if (count == 1) {
                return new Percentiles(first, first, first); // exact for one value, as API.md asks
            }
            return new Percentiles(s.getValueAtQuantile(0.50), s.getValueAtQuantile(0.90),
                    s.getValueAtQuantile(0.95));
        }

        @Override
        void write(DataOutput out) throws IOException {
            out.writeDouble(firstHandle);
            out.writeDouble(firstWait);
            writeSketch(out, handles);
            writeSketch(out, waits);
        }

        private static void writeSketch(DataOutput out, DDSketch s) throws IOException {
            ByteBuffer b = s.serialize();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        @Override
        void read(DataInput in) throws IOException {
            firstHandle = in.readDouble();
            firstWait = in.readDouble();
            handles = readSketch(in);
            waits = readSketch(in);
        }

        private static DDSketch readSketch(DataInput in) throws IOException {
            int length = in.readInt();
            if (length < 0 || length > MAX_SERIALISED) {
                throw new IOException("sketch size out of range: " + length);
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return DDSketch.decode(ByteArrayInput.wrap(bytes), () -> new CollapsingLowestDenseStore(MAX_BINS),
                    new LogarithmicMapping(ACCURACY));
        }

        @Override
        void merge(MetricBucket other) {
            Sketch o = (Sketch) other;
            if (count == 0) {
                firstHandle = o.firstHandle;
                firstWait = o.firstWait;
            }
            handles.mergeWith(o.handles);
            waits.mergeWith(o.waits);
            count += o.count;
        }
    }
}
