package io.github.cxonesdk.core.auth;

import io.github.cxonesdk.core.internal.Checks;
import java.time.Instant;

/**
 * An OAuth bearer token with its expiry. {@link #toString()} never shows the token value.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param value the token to send as {@code Authorization: Bearer <value>}
 * @param expiresAt when the token expires, or {@code null} if it does not expire
 * @param scope the granted scopes as the token endpoint returned them, or {@code null}
 */
public record AccessToken(String value, Instant expiresAt, String scope) {
    /**
     * Checks the fields.
     *
     * @param value the token to send as {@code Authorization: Bearer <value>}
     * @param expiresAt when the token expires, or {@code null} if it does not expire
     * @param scope the granted scopes as the token endpoint returned them, or {@code null}
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public AccessToken {
        Checks.notBlank(value, "value");
    }

    /**
     * Returns a token that never expires.
     *
     * @param value the token value
     * @return the token
     */
    public static AccessToken of(String value) {
        return new AccessToken(value, null, null);
    }

    /**
     * Tells whether the token has expired at {@code now}.
     *
     * @param now the current instant
     * @return {@code true} if {@code now} is at or after the expiry
     */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * Returns a description without the token value.
     *
     * @return the redacted form
     */
    @Override
    public String toString() {
        return "AccessToken[value=****, expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
