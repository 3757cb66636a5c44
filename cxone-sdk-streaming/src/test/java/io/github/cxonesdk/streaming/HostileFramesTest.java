package io.github.cxonesdk.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.auth.TokenProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HostileFramesTest {
    private static final TokenProvider TOKENS = () -> AccessToken.of("test-token-value");

    private static String event(long sequence) {
        return "{\"eventId\":\"e-" + sequence + "\",\"sequence\":" + sequence
                + ",\"type\":\"interaction.completed\",\"payload\":{}}";
    }

    @Test
    void hugeMalformedDeeplyNestedAndBinaryFramesAreCountedAndSkipped() {
        String huge = "{\"eventId\":\"e-x\",\"sequence\":99,\"pad\":\"" + "x".repeat(3 << 20) + "\"}";
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        String deepObject = "{\"eventId\":\"e-d\",\"sequence\":98,\"payload\":" + "{\"a\":".repeat(100_000) + "1"
                + "}".repeat(100_001);
        List<String> fragments = new ArrayList<>();
        String fragmented = event(3);
        for (int i = 0; i < fragmented.length(); i += 7) {
            fragments.add(fragmented.substring(i, Math.min(fragmented.length(), i + 7)));
        }
        try (ScriptedServer server = new ScriptedServer(peer -> {
            peer.text("{\"type\":\"subscribed\",\"subscription\":[\"interaction.completed\"]}");
            peer.text(event(1));
            peer.text(huge);
            peer.text("not json at all {");
            peer.text(deep);
            peer.text(deepObject);
            peer.binary("binary".getBytes(StandardCharsets.UTF_8));
            peer.text("{\"eventId\":\"e-nosequence\"}");
            peer.text("[1,2,3]");
            peer.text(event(2));
            peer.fragments(fragments);
            peer.text(event(2));
        })) {
            List<StreamEvent> got = new CopyOnWriteArrayList<>();
            try (StreamClient client = StreamClient.builder(server.url(),
                    StreamProtocols.events("interaction.completed"), TOKENS).build()) {
                client.start(got::add);
                await().atMost(Duration.ofSeconds(60)).until(() -> got.size() == 3
                        && client.metrics().duplicates() == 1);
                assertThat(got).extracting(StreamEvent::id).containsExactly("e-1", "e-2", "e-3");
                StreamMetrics m = client.metrics();
                assertThat(m.malformed()).containsEntry("oversized message", 1L)
                        .containsEntry("invalid JSON", 2L)
                        .containsEntry("binary message", 1L)
                        .containsEntry("event without an integer sequence", 1L)
                        .containsEntry("not a JSON object", 2L);
                assertThat(m.malformedTotal()).isEqualTo(7);
                assertThat(m.reconnects()).isZero();
            }
        }
    }
}
