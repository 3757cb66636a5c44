package io.github.cxonesdk.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses {@code Retry-After} as delta-seconds or as an HTTP-date.
 *
 * <p>This class is thread-safe.
 */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * Parses a header value.
     *
     * @param value the header value, or {@code null}
     * @param now the current instant, for HTTP-dates
     * @return the delay (never negative), or {@code null} when absent or unparseable
     */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return null; // absurdly large: treat as absent
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
