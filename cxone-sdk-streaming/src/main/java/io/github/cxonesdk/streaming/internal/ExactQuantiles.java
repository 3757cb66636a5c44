package io.github.cxonesdk.streaming.internal;

/**
 * Python's {@code statistics.quantiles(data, n=100, method="inclusive")} (Hyndman–Fan type 7),
 * ported operation for operation so the results are bit-identical: for percentile {@code p},
 * {@code j, delta = divmod(p * (len - 1), 100)} and
 * {@code (data[j] * (100 - delta) + data[j + 1] * delta) / 100}. A single value is its own percentile
 * (API.md), where Python would raise. Thread-safe (stateless).
 */
public final class ExactQuantiles {
    private static final int N = 100;

    private ExactQuantiles() {
    }

    /**
     * Returns percentile {@code p} of sorted values.
     *
     * @param sorted values in ascending order
     * @param length how many of them count, at least 1
     * @param p      the percentile, 1 to 99
     * @return the cut point
     */
    public static double percentile(double[] sorted, int length, int p) {
        if (length < 1) {
            throw new IllegalArgumentException("no values");
        }
        if (p < 1 || p >= N) {
            throw new IllegalArgumentException("percentile out of 1..99: " + p);
        }
        if (length == 1) {
            return sorted[0];
        }
        long im = (long) p * (length - 1);
        int j = (int) (im / N);
        int delta = (int) (im % N);
        return (sorted[j] * (N - delta) + sorted[j + 1] * delta) / N;
    }
}
