package io.github.cxonesdk.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Issued access tokens. Expired ones are purged as new ones are issued, and at most {@code MAX_LIVE} (10,000)
 * are kept: beyond that the oldest issued token is forgotten (it then answers 401), so the map stays
 * bounded however many tokens a long run issues.
 */
public final class Tokens {
    /** One issued token. */
    public static final class Issued {
        private final String value;
        private final String subject;
        private final Set<String> scopes;
        private volatile Instant expiresAt;

        Issued(String value, String subject, Set<String> scopes, Instant expiresAt) {
            this.value = value;
            this.subject = subject;
            this.scopes = Set.copyOf(scopes);
            this.expiresAt = expiresAt;
        }

        public String value() {
            return value;
        }

        public String subject() {
            return subject;
        }

        public Set<String> scopes() {
            return scopes;
        }

        public boolean expired(Clock clock) {
            return !clock.instant().isBefore(expiresAt);
        }
    }

    /** The most live tokens kept. */
    static final int MAX_LIVE = 10_000;

    private final SecureRandom random = new SecureRandom();
    /** Insertion (issue) order, guarded by itself. */
    private final LinkedHashMap<String, Issued> issued;
    private final Clock clock;

    public Tokens(Clock clock) {
        this(clock, MAX_LIVE);
    }

    /** Creates the registry with a cap on the tokens kept (tests use a small one). */
    Tokens(Clock clock, int maxLive) {
        this.clock = clock;
        this.issued = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Issued> eldest) {
                return size() > maxLive;
            }
        };
    }

    public Issued issue(String subject, Set<String> scopes, Duration lifetime) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Issued token = new Issued("sim-" + HexFormat.of().formatHex(bytes), subject, scopes,
                clock.instant().plus(lifetime));
        synchronized (issued) {
            purgeExpired();
            issued.put(token.value(), token);
        }
        return token;
    }

    /** Returns the live token for a value, or null when unknown or expired. */
    public Issued lookup(String value) {
        Issued token;
        synchronized (issued) {
            token = value == null ? null : issued.get(value);
        }
        return token == null || token.expired(clock) ? null : token;
    }

    /** Expires every token issued so far (the "token expiry mid-stream" fault). */
    public void expireAll() {
        Instant now = clock.instant();
        synchronized (issued) {
            issued.values().forEach(t -> t.expiresAt = now);
        }
    }

    /** Returns the number of tokens kept. */
    int size() {
        synchronized (issued) {
            return issued.size();
        }
    }

    private void purgeExpired() {
        if (issued.size() > 1_000) {
            issued.values().removeIf(t -> t.expired(clock));
        }
    }
}
