package io.github.cxonesdk.benchmarks;

import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.metrics.QuantileMode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Measures the heap held per bucket by the sketch mode: {@value #BUCKETS} buckets (campaigns) each
 * fed {@code count} events with log-normal handle times over a wide range, heap measured after full
 * GCs before and after. Not JMH: memory is not a throughput.
 *
 * <p>Run: {@code java -cp cxone-sdk-benchmarks/target/benchmarks.jar io.github.cxonesdk.benchmarks.SketchMemory}.
 */
public final class SketchMemory {
    static final int BUCKETS = 500;

    private SketchMemory() {
    }

    /**
     * Prints bytes per bucket for several event counts per bucket.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (int count : new int[] {1_000, 10_000, 100_000}) {
            System.out.printf("sketch, %,d events per bucket: %,d bytes per bucket%n", count, bytesPerBucket(count));
        }
    }

    static long bytesPerBucket(int count) {
        SplittableRandom random = new SplittableRandom(42);
        long before = usedAfterGc();
        InteractionMetricsAggregator agg = InteractionMetricsAggregator.builder().mode(QuantileMode.SKETCH)
                .maxBuckets(BUCKETS + 1).build();
        byte[] buffer;
        for (int i = 0; i < count; i++) {
            for (int b = 0; b < BUCKETS; b++) {
                double handle = Math.exp(4 + 1.5 * random.nextGaussian());
                double wait = Math.exp(2 + 2 * random.nextGaussian());
                buffer = ("{\"type\":\"interaction.completed\",\"timestamp\":\"2026-05-20T08:00:00Z\",\"payload\":"
                        + "{\"campaignId\":\"c" + b + "\",\"handleTime\":" + handle + ",\"waitTime\":" + wait + "}}")
                        .getBytes(StandardCharsets.UTF_8);
                agg.accept(buffer, 0, buffer.length);
            }
        }
        long after = usedAfterGc();
        if (agg.bucketCount() != BUCKETS) {
            throw new IllegalStateException("buckets: " + agg.bucketCount());
        }
        return (after - before) / BUCKETS;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
