package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.streaming.presence.AgentPresence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentPresenceExampleIT {
    @Test
    void followsTenAgentsAndServesThemAsSse() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Map<String, AgentPresence> state = AgentPresenceExample.run(Map.of(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(state).hasSize(10);
        assertThat(state.values()).allSatisfy(p -> assertThat(p.fields()).doesNotContainKey("wrapUpCode"));
        assertThat(out).contains("Serving agent presence as Server-Sent Events at http://127.0.0.1:")
                .contains("Agents followed: 10");
    }
}
