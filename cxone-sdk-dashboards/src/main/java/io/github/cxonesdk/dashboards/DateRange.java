package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time span a widget query covers, serialised as
 * {@code {"start": "2026-05-13T00:00:00Z", "end": "2026-05-20T00:00:00Z"}}.
 *
 * <p>The service limits a span to {@link DashboardLimits#MAX_QUERY_SPAN} and its end to
 * {@link DashboardLimits#MAX_END_IN_FUTURE} after now; {@link DashboardValidator} checks both.
 * Instances are immutable and thread-safe.
 *
 * @param start the inclusive start
 * @param end the exclusive end, after {@code start}
 */
public record DateRange(@NotNull Instant start, @NotNull Instant end) {

    /**
     * Returns a range.
     *
     * @param start the start
     * @param end the end
     * @return the range
     */
    public static DateRange of(Instant start, Instant end) {
        return new DateRange(start, end);
    }

    /**
     * Returns the range of the given length that ends at {@code end}.
     *
     * @param length how long the range is
     * @param end the end
     * @return the range
     * @throws NullPointerException if an argument is {@code null}
     */
    public static DateRange lasting(Duration length, Instant end) {
        Objects.requireNonNull(length, "length == null");
        Objects.requireNonNull(end, "end == null");
        return new DateRange(end.minus(length), end);
    }

    /**
     * Returns how long the range is.
     *
     * @return {@code end - start}, negative when the range is reversed
     * @throws NullPointerException if start or end is {@code null}
     */
    public Duration span() {
        return Duration.between(start, end);
    }
}
