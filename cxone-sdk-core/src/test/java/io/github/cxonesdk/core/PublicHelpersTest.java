package io.github.cxonesdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.audit.AuditEvent;
import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.validation.ModelValidator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small public helpers that the pipeline uses internally but no other test called directly. */
class PublicHelpersTest {
    @Test
    void accessToken_isExpiredAtItsExpiryAndAfter_neverWithoutOne() {
        Instant expiry = Instant.parse("2026-01-01T00:00:00Z");
        AccessToken token = new AccessToken("t", expiry, null);

        assertThat(token.isExpiredAt(expiry.minusMillis(1))).isFalse();
        assertThat(token.isExpiredAt(expiry)).isTrue();
        assertThat(token.isExpiredAt(expiry.plusSeconds(1))).isTrue();
        assertThat(AccessToken.of("t").isExpiredAt(Instant.MAX)).isFalse();
    }

    @Test
    void request_isRetryableByMethod_orWhenAPostIsMarkedIdempotent() {
        assertThat(CxoneRequest.get("/a").build().retryable()).isTrue();
        assertThat(CxoneRequest.put("/a").build().retryable()).isTrue();
        assertThat(CxoneRequest.delete("/a").build().retryable()).isTrue();
        assertThat(CxoneRequest.post("/a").build().retryable()).isFalse();
        assertThat(CxoneRequest.post("/a").idempotent(true).build().retryable()).isTrue();
    }

    @Test
    void sha256Hex_isTheLowerCaseHexDigest() {
        assertThat(AuditEvent.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AuditEvent.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void throwIfAny_listsEveryViolation_andIsSilentWithoutOne() {
        assertThatCode(() -> ModelValidator.throwIfAny("Dashboard", List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> ModelValidator.throwIfAny("Dashboard",
                List.of(new Violation("name", "must not be blank"), new Violation("widgets[0]", "overlaps"))))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations()).hasSize(2))
                .hasMessageContaining("name").hasMessageContaining("widgets[0]");
    }
}
