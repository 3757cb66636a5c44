package io.github.cxonesdk.core.auth.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Turns a token response's {@code expires_in} into a lifetime the cache can use, whatever the endpoint
 * sent. A number or a numeric string ({@code "1800"}) is read as seconds and clamped to
 * [{@link #MIN}, {@link #MAX}]: the floor stops a token storm (an {@code expires_in} of 0 or less would
 * make every call fetch a token), the ceiling keeps the expiry instant representable and bounds how long
 * a token the server forgot about is trusted. A missing value means {@link #DEFAULT} (RFC 6749 makes it
 * optional); anything else ({@code true}, {@code "soon"}, an object) also means {@link #DEFAULT}. A
 * clamped or unreadable value logs one WARN per provider (the first time), later ones go to DEBUG, so a
 * misconfigured endpoint does not flood the log.
 *
 * <p>This class is thread-safe.
 */
final class TokenLifetime {
    /** The shortest lifetime used: 30 s. */
    static final Duration MIN = Duration.ofSeconds(30);
    /** The longest lifetime used: 24 h. */
    static final Duration MAX = Duration.ofHours(24);
    /** The lifetime when the endpoint sends none or one that cannot be read: 1 h. */
    static final Duration DEFAULT = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(TokenLifetime.class);
    /** Longer numeric strings are not numbers a token endpoint means; parsing them is not worth the work. */
    private static final int MAX_NUMBER_TEXT = 40;

    private final String endpoint;
    private final Consumer<String> warn;
    private final AtomicBoolean warned = new AtomicBoolean();

    TokenLifetime(String endpoint) {
        this(endpoint, LOG::warn);
    }

    TokenLifetime(String endpoint, Consumer<String> warn) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
        this.warn = Objects.requireNonNull(warn, "warn == null");
    }

    /**
     * Returns the lifetime {@code expiresIn} stands for.
     *
     * @param expiresIn the {@code expires_in} node, or {@code null} when absent
     * @return a lifetime between {@link #MIN} and {@link #MAX}
     */
    Duration of(JsonNode expiresIn) {
        if (expiresIn == null || expiresIn.isNull() || expiresIn.isMissingNode()) {
            return DEFAULT;
        }
        BigDecimal seconds = seconds(expiresIn);
        if (seconds == null) {
            report("is not a number", DEFAULT);
            return DEFAULT;
        }
        if (seconds.compareTo(BigDecimal.valueOf(MIN.toSeconds())) < 0) {
            report("is below the floor", MIN);
            return MIN;
        }
        if (seconds.compareTo(BigDecimal.valueOf(MAX.toSeconds())) > 0) {
            report("is above the ceiling", MAX);
            return MAX;
        }
        return Duration.ofSeconds(seconds.longValue());
    }

    private static BigDecimal seconds(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            String text = node.stringValue();
            if (text.isEmpty() || text.length() > MAX_NUMBER_TEXT) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private void report(String problem, Duration used) {
        String message = "token endpoint " + endpoint + ": expires_in " + problem + "; using " + used
                + " (lifetimes are kept between " + MIN + " and " + MAX + ")";
        if (warned.compareAndSet(false, true)) {
            warn.accept(message + "; further such responses are logged at DEBUG");
        } else {
            LOG.debug(message);
        }
    }
}
