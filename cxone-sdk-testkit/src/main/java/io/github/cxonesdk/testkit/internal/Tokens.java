package io.github.cxonesdk.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issued access tokens; expired ones are purged as new ones are issued, so the map stays bounded. */
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

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private final Clock clock;

    public Tokens(Clock clock) {
        this.clock = clock;
    }

    public Issued issue(String subject, Set<String> scopes, Duration lifetime) {
        purgeExpired();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Issued token = new Issued("sim-" + HexFormat.of().formatHex(bytes), subject, scopes,
                clock.instant().plus(lifetime));
        issued.put(token.value(), token);
        return token;
    }

    /** Returns the live token for a value, or null when unknown or expired. */
    public Issued lookup(String value) {
        Issued token = value == null ? null : issued.get(value);
        return token == null || token.expired(clock) ? null : token;
    }

    /** Expires every token issued so far (the "token expiry mid-stream" fault). */
    public void expireAll() {
        Instant now = clock.instant();
        issued.values().forEach(t -> t.expiresAt = now);
    }

    private void purgeExpired() {
        if (issued.size() > 1_000) {
            issued.values().removeIf(t -> t.expired(clock));
        }
    }
}
