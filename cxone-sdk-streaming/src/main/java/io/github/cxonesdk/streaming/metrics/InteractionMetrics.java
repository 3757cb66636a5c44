package io.github.cxonesdk.streaming.metrics;

import io.github.cxonesdk.core.internal.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The interaction metrics of one bucket: one hour (UTC) of one campaign, as API.md "Interaction
 * metrics" defines them. Sinks key results by {@code (hour, campaignId)}: a later result for the same
 * key (the final one after an interim one, a re-emission after a late event) replaces the earlier one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hour       the start of the hour, UTC, truncated to the hour
 * @param campaignId the campaign, non-empty (may hold any characters: spaces, commas, quotes, non-ASCII)
 * @param count      how many events the bucket holds, at least 1
 * @param handleTime percentiles of {@code handleTime} in seconds
 * @param waitTime   percentiles of {@code waitTime} in seconds
 * @param interim    true for a result emitted while the bucket is still open
 */
public record InteractionMetrics(Instant hour, String campaignId, long count, Percentiles handleTime,
                                 Percentiles waitTime, boolean interim) {
    /**
     * Checks the components.
     *
     * @param hour       the start of the hour, UTC, truncated to the hour
     * @param campaignId the campaign, non-empty (may hold any characters: spaces, commas, quotes, non-ASCII)
     * @param count      how many events the bucket holds, at least 1
     * @param handleTime percentiles of {@code handleTime} in seconds
     * @param waitTime   percentiles of {@code waitTime} in seconds
     * @param interim    true for a result emitted while the bucket is still open
     * @throws NullPointerException     when a component is null
     * @throws IllegalArgumentException when the hour is not whole, the campaign empty or the count below 1
     */
    public InteractionMetrics {
        Objects.requireNonNull(hour, "hour == null");
        Objects.requireNonNull(campaignId, "campaignId == null");
        Objects.requireNonNull(handleTime, "handleTime == null");
        Objects.requireNonNull(waitTime, "waitTime == null");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("hour is not truncated to the hour: " + hour);
        }
        if (campaignId.isEmpty()) {
            throw new IllegalArgumentException("campaignId is empty");
        }
        Checks.atLeast(count, 1L, "count");
    }
}
