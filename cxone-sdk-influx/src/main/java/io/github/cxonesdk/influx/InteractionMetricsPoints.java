package io.github.cxonesdk.influx;

import java.time.Instant;
import java.util.Objects;

/**
 * Maps one (hour, campaign) bucket of interaction metrics to its point: measurement {@code cxone_metrics},
 * tag {@code campaign_id}, integer field {@code count}, float fields {@code p50_handle}, {@code p90_handle},
 * {@code p95_handle}, {@code p50_wait}, {@code p90_wait}, {@code p95_wait}, timestamped at the bucket start.
 * The series and timestamp depend only on the bucket, so writing a re-emitted bucket again overwrites its
 * point instead of adding one.
 *
 * <pre>{@code
 * writer.write(List.of(InteractionMetricsPoints.of(hour, "c-42", 17, 180.0, 240.0, 260.0, 12.0, 30.0, 41.5)));
 * }</pre>
 *
 * <p>This class is thread-safe (stateless).
 */
public final class InteractionMetricsPoints {
    /** The measurement name. */
    public static final String MEASUREMENT = "cxone_metrics";
    /** The tag key of the campaign. */
    public static final String CAMPAIGN_TAG = "campaign_id";

    private InteractionMetricsPoints() {
    }

    /**
     * Builds the point of one bucket.
     *
     * @param bucketStart the start of the hour bucket, the point's timestamp
     * @param campaignId the campaign, not empty
     * @param count how many interactions the bucket holds
     * @param p50Handle median handle time
     * @param p90Handle 90th percentile of handle time
     * @param p95Handle 95th percentile of handle time
     * @param p50Wait median wait time
     * @param p90Wait 90th percentile of wait time
     * @param p95Wait 95th percentile of wait time
     * @return the point
     * @throws io.github.cxonesdk.core.exception.ModelValidationException if a value cannot be stored (an empty
     *     campaign id, a NaN percentile, ...)
     */
    public static Point of(Instant bucketStart, String campaignId, long count, double p50Handle, double p90Handle,
                           double p95Handle, double p50Wait, double p90Wait, double p95Wait) {
        Objects.requireNonNull(bucketStart, "bucketStart == null");
        return Point.builder(MEASUREMENT)
                .tag(CAMPAIGN_TAG, Objects.requireNonNull(campaignId, "campaignId == null"))
                .field("count", count)
                .field("p50_handle", p50Handle)
                .field("p90_handle", p90Handle)
                .field("p95_handle", p95Handle)
                .field("p50_wait", p50Wait)
                .field("p90_wait", p90Wait)
                .field("p95_wait", p95Wait)
                .time(bucketStart)
                .build();
    }
}
