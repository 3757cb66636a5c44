package io.github.cxonesdk.core.auth.internal;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.exception.CxoneException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches the token of a source provider and refreshes it ahead of expiry.
 *
 * <ul>
 *   <li>A token is refreshed once it enters its prefetch window ({@code prefetch} plus a random
 *       jitter of up to {@code jitter}, at most half the lifetime), so many clients started together
 *       do not all refresh at the same instant.</li>
 *   <li>Single flight: exactly one caller refreshes. While the old token is still valid, the other
 *       callers keep getting it without waiting; when no valid token exists they wait for the one
 *       refresh in flight instead of starting their own.</li>
 *   <li>A failed refresh while the old token is valid fails no call: the old token is served and the
 *       refresh is retried after the given {@link Backoff}.</li>
 *   <li>{@link #invalidate(AccessToken)} drops the token so the next caller fetches a new one.</li>
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class CachingTokenProvider implements TokenProvider {
    private static final Logger LOG = LoggerFactory.getLogger(CachingTokenProvider.class);

    private final TokenProvider source;
    private final Clock clock;
    private final Duration prefetch;
    private final Duration jitter;
    private final Backoff refreshBackoff;

    private AccessToken current;
    private Instant refreshAt = Instant.MIN;
    private Instant nextRefreshAttempt = Instant.MIN;
    private int failedRefreshes;
    private CompletableFuture<AccessToken> inFlight;

    /**
     * Creates the cache.
     *
     * @param source fetches a fresh token on every call
     * @param clock the clock
     * @param prefetch how long before expiry a refresh starts
     * @param jitter the maximum random extra added to the prefetch window
     * @param refreshBackoff the wait after failed refresh {@code n} is {@code refreshBackoff.delay(n)}
     */
    public CachingTokenProvider(TokenProvider source, Clock clock, Duration prefetch, Duration jitter,
                                Backoff refreshBackoff) {
        this.source = Objects.requireNonNull(source, "source == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.prefetch = Objects.requireNonNull(prefetch, "prefetch == null");
        this.jitter = Objects.requireNonNull(jitter, "jitter == null");
        this.refreshBackoff = Objects.requireNonNull(refreshBackoff, "refreshBackoff == null");
    }

    @Override
    public AccessToken token() {
        Instant now = clock.instant();
        CompletableFuture<AccessToken> flight;
        AccessToken stillValid;
        boolean mine;
        synchronized (this) {
            stillValid = current != null && !current.isExpiredAt(now) ? current : null;
            if (stillValid != null
                    && (now.isBefore(refreshAt) || inFlight != null || now.isBefore(nextRefreshAttempt))) {
                return stillValid;
            }
            mine = inFlight == null;
            if (mine) {
                inFlight = new CompletableFuture<>();
            }
            flight = inFlight;
        }
        // the network call happens outside the lock so valid-token readers never wait for it
        return mine ? refresh(flight, stillValid) : await(flight);
    }

    @Override
    public void invalidate(AccessToken token) {
        synchronized (this) {
            if (current != null && current.equals(token)) {
                LOG.debug("token invalidated after a 401; the next call fetches a new one");
                current = null;
                nextRefreshAttempt = Instant.MIN;
            }
        }
    }

    private AccessToken refresh(CompletableFuture<AccessToken> flight, AccessToken stillValid) {
        AccessToken fresh;
        try {
            fresh = Objects.requireNonNull(source.token(), "token provider returned null");
        } catch (Error e) {
            // an Error (a broken SPI implementation, a missing class) must still release the waiters,
            // or every later caller would block forever on this abandoned refresh
            onFailure(flight, e);
            throw e;
        } catch (RuntimeException e) {
            Duration wait = onFailure(flight, e);
            if (stillValid != null && !stillValid.isExpiredAt(clock.instant())) {
                LOG.warn("token refresh failed, still using the current token (expires {}); next try in {}: {}",
                        stillValid.expiresAt(), wait, e.getMessage());
                return stillValid;
            }
            throw e;
        }
        synchronized (this) {
            current = fresh;
            refreshAt = refreshTime(fresh, clock.instant());
            failedRefreshes = 0;
            nextRefreshAttempt = Instant.MIN;
            inFlight = null;
        }
        flight.complete(fresh);
        LOG.debug("token refreshed; expires {}, next refresh from {}", fresh.expiresAt(), refreshAt);
        return fresh;
    }

    private Duration onFailure(CompletableFuture<AccessToken> flight, Throwable e) {
        Duration wait;
        synchronized (this) {
            failedRefreshes = Math.max(failedRefreshes, 0) + 1;
            wait = refreshBackoff.delay(failedRefreshes);
            nextRefreshAttempt = clock.instant().plus(wait);
            inFlight = null;
        }
        flight.completeExceptionally(e);
        return wait;
    }

    private Instant refreshTime(AccessToken token, Instant now) {
        if (token.expiresAt() == null) {
            return Instant.MAX;
        }
        long jitterMillis = jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
        Duration window = prefetch.plusMillis(jitterMillis);
        Duration half = Duration.between(now, token.expiresAt()).dividedBy(2);
        if (window.compareTo(half) > 0) {
            window = half.isNegative() ? Duration.ZERO : half;
        }
        return token.expiresAt().minus(window);
    }

    private static AccessToken await(CompletableFuture<AccessToken> flight) {
        try {
            return flight.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CxoneException ce) {
                throw ce;
            }
            throw new AuthenticationException("token refresh failed: " + cause, 0, null, cause);
        }
    }
}
