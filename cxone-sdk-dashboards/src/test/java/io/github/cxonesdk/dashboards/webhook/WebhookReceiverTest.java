package io.github.cxonesdk.dashboards.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.dashboards.Dashboard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
    private static final Secret SECRET = Secret.of("hook-secret");
    private static final byte[] BODY = ("{\"eventId\":\"e-1\",\"eventType\":\"dashboard.updated\",\"entityId\":\"d-1\","
            + "\"timestamp\":\"2026-05-20T14:03:11Z\",\"payload\":{\"id\":\"d-1\",\"name\":\"Ops\","
            + "\"layout\":{\"type\":\"grid\",\"columns\":4},\"widgets\":[]}}").getBytes(StandardCharsets.UTF_8);

    private final WebhookReceiver receiver = WebhookReceiver.create(SECRET);

    @Test
    void signature_isTheHexHmacSha256OfTheBody() {
        // RFC 4231-style check against a value computed independently (openssl dgst -sha256 -hmac key).
        String signature = WebhookReceiver.sign(Secret.of("key"),
                "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void validSignature_verifiesAndParses() {
        String signature = WebhookReceiver.sign(SECRET, BODY);
        assertThat(receiver.verify(BODY, signature)).isTrue();
        assertThat(receiver.verify(BODY, signature.toUpperCase().replace("SHA256=", "sha256="))).isTrue();

        WebhookEvent event = receiver.receive(BODY, signature);
        assertThat(event.eventId()).isEqualTo("e-1");
        assertThat(event.eventType()).isEqualTo(EventFilter.DASHBOARD_UPDATED);
        assertThat(event.entityId()).isEqualTo("d-1");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-05-20T14:03:11Z"));
        assertThat(event.payloadAs(Dashboard.class)).get().extracting(Dashboard::name).isEqualTo("Ops");
    }

    @Test
    void tamperedBody_failsVerification() {
        String signature = WebhookReceiver.sign(SECRET, BODY);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("Ops", "0ps").getBytes(StandardCharsets.UTF_8);

        assertThat(receiver.verify(tampered, signature)).isFalse();
        assertThatThrownBy(() -> receiver.receive(tampered, signature))
                .isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("does not match")
                .hasMessageNotContaining("hook-secret");
    }

    @Test
    void wrongSecret_missingOrMalformedHeader_failVerification() {
        String signature = WebhookReceiver.sign(SECRET, BODY);
        assertThat(WebhookReceiver.create(Secret.of("other")).verify(BODY, signature)).isFalse();
        assertThat(receiver.verify(BODY, null)).isFalse();
        assertThat(receiver.verify(BODY, signature.substring("sha256=".length()))).isFalse();
        assertThat(receiver.verify(BODY, "sha256=zz")).isFalse();
        assertThat(receiver.verify(BODY, signature.substring(0, signature.length() - 2))).isFalse();
        assertThatThrownBy(() -> receiver.receive(BODY, null)).isInstanceOf(WebhookSignatureException.class)
                .hasMessageContaining("no X-CXone-Signature");
    }

    @Test
    void verifiedButMalformedBody_isAClientError() {
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> receiver.receive(notJson, WebhookReceiver.sign(SECRET, notJson)))
                .isInstanceOf(CxoneClientException.class);
    }

    @Test
    void eventPayload_isACopy() {
        WebhookEvent event = WebhookReceiver.parse(BODY);
        ((tools.jackson.databind.node.ObjectNode) event.payload()).put("name", "changed");
        assertThat(event.payload().get("name").asString()).isEqualTo("Ops");
    }
}
