package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The buckets of the interaction metrics aggregator by hour and campaign, with their serialised
 * form. Not thread-safe.
 */
public final class BucketTable {
    /** One hour in milliseconds. */
    public static final long HOUR = 3_600_000L;
    private static final int MAGIC = 0x494D4147;
    private static final byte VERSION = 1;

    private final boolean exact;
    private final TreeMap<Long, Map<String, MetricBucket>> hours = new TreeMap<>();
    private int size;
    private long lastHour = Long.MIN_VALUE;
    private Map<String, MetricBucket> lastMap;

    /**
     * Creates an empty table.
     *
     * @param exact whether buckets keep every value
     */
    public BucketTable(boolean exact) {
        this.exact = exact;
    }

    /** @return how many buckets are held */
    public int size() {
        return size;
    }

    /**
     * Finds a bucket.
     *
     * @param hour     the hour start, epoch ms
     * @param campaign the campaign
     * @return the bucket or null
     */
    public MetricBucket get(long hour, String campaign) {
        Map<String, MetricBucket> m = hour == lastHour ? lastMap : hours.get(hour);
        if (m == null) {
            return null;
        }
        lastHour = hour;
        lastMap = m;
        return m.get(campaign);
    }

    /**
     * Adds an empty bucket.
     *
     * @param hour     the hour start, epoch ms
     * @param campaign the campaign
     * @return the new bucket
     */
    public MetricBucket create(long hour, String campaign) {
        MetricBucket b = MetricBucket.create(exact);
        b.hour = hour;
        b.campaign = campaign;
        Map<String, MetricBucket> m = hours.computeIfAbsent(hour, h -> new HashMap<>());
        m.put(campaign, b);
        lastHour = hour;
        lastMap = m;
        size++;
        return b;
    }

    /**
     * Visits the buckets of every hour at or before {@code limit}, ascending.
     *
     * @param limit  the last hour, inclusive
     * @param action what to do
     */
    public void forEachUpTo(long limit, Consumer<MetricBucket> action) {
        for (Map<String, MetricBucket> m : hours.headMap(limit, true).values()) {
            m.values().forEach(action);
        }
    }

    /**
     * Visits every bucket.
     *
     * @param action what to do
     */
    public void forEach(Consumer<MetricBucket> action) {
        forEachUpTo(Long.MAX_VALUE, action);
    }

    /**
     * Removes the hours at or before {@code limit}.
     *
     * @param limit the last hour removed, inclusive
     * @param last  gets every removed bucket first
     */
    public void evictUpTo(long limit, Consumer<MetricBucket> last) {
        var head = hours.headMap(limit, true);
        for (Map<String, MetricBucket> m : head.values()) {
            m.values().forEach(last);
            size -= m.size();
        }
        head.clear();
        lastHour = Long.MIN_VALUE;
        lastMap = null;
    }

    /**
     * Returns the result of a bucket now.
     *
     * @param b       the bucket
     * @param interim whether the bucket is still open
     * @return the result
     */
    public static InteractionMetrics result(MetricBucket b, boolean interim) {
        return new InteractionMetrics(Instant.ofEpochMilli(b.hour), b.campaign, b.count, b.handleTime(), b.waitTime(), interim);
    }

    /** The scalar state kept beside the buckets. */
    public static final class Header {
        /** Highest event time seen, or {@code Long.MIN_VALUE}. */
        public long watermark = Long.MIN_VALUE;
        /** Late events dropped. */
        public long lateDropped;
        /** Malformed events by reason. */
        public final Map<String, Long> malformed = new TreeMap<>();
    }

    /**
     * Serialises the header and every bucket.
     *
     * @param header the scalars
     * @return the bytes
     */
    public byte[] write(Header header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeByte(VERSION);
            out.writeBoolean(exact);
            out.writeLong(header.watermark);
            out.writeLong(header.lateDropped);
            out.writeInt(header.malformed.size());
            for (Map.Entry<String, Long> e : header.malformed.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(size);
            for (Map<String, MetricBucket> m : hours.values()) {
                for (MetricBucket b : m.values()) {
                    out.writeLong(b.hour);
                    out.writeUTF(b.campaign);
                    out.writeLong(b.count);
                    out.writeLong(b.touched);
                    out.writeBoolean(b.closed);
                    out.writeBoolean(b.dirty);
                    b.write(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads what {@link #write} produced into this (empty) table.
     *
     * @param state      the bytes
     * @param header     receives the scalars
     * @param maxBuckets the most buckets accepted
     * @throws IllegalArgumentException when the bytes are not such a state
     */
    public void read(byte[] state, Header header, int maxBuckets) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            if (in.readInt() != MAGIC || in.readByte() != VERSION) {
                throw new IllegalArgumentException("not an interaction metrics state (magic or version)");
            }
            if (in.readBoolean() != exact) {
                throw new IllegalArgumentException("state was written in the other mode (exact vs sketch)");
            }
            header.watermark = in.readLong();
            header.lateDropped = in.readLong();
            int reasons = in.readInt();
            if (reasons < 0 || reasons > 1_000) {
                throw new IllegalArgumentException("malformed reasons out of range: " + reasons);
            }
            for (int i = 0; i < reasons; i++) {
                header.malformed.put(in.readUTF(), in.readLong());
            }
            int n = in.readInt();
            if (n < 0 || n > maxBuckets) {
                throw new IllegalArgumentException("bucket count out of range: " + n);
            }
            for (int i = 0; i < n; i++) {
                MetricBucket b = create(in.readLong(), in.readUTF());
                b.count = in.readLong();
                if (b.count < 1 || (exact && b.count > Integer.MAX_VALUE / 2)) {
                    throw new IllegalArgumentException("bucket count out of range: " + b.count);
                }
                b.touched = in.readLong();
                b.closed = in.readBoolean();
                b.dirty = in.readBoolean();
                b.read(in);
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("trailing bytes after the state");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or corrupt interaction metrics state", e);
        }
    }

    /**
     * Lists every bucket (for merging).
     *
     * @return the buckets
     */
    public List<MetricBucket> all() {
        List<MetricBucket> out = new ArrayList<>(size);
        forEach(out::add);
        return out;
    }
}
