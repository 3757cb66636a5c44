package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class StreamHistoryTest {
    @RegisterExtension
    static CxoneSimulatorExtension extension = CxoneSimulatorExtension.configured(b -> b.historySize(5));

    @Test
    void resume_replaysOnlyTheBoundedHistory_andWithoutResumeOnlyLiveEvents(CxoneSimulator sim) throws Exception {
        sim.workload().emit(20);
        String token = new RawClient(sim).authenticate().token();

        TestSocket resumed = TestSocket.connect(sim.eventStreamUrl(), token, true);
        resumed.send("{\"subscription\":[\"interaction.completed\"],\"resumeAfter\":0}");
        TestSocket live = TestSocket.connect(sim.eventStreamUrl(), token, true);
        live.send("{\"subscription\":[\"interaction.completed\"]}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !live.ofType("subscribed").isEmpty()
                && resumed.events().size() == 5);
        sim.workload().emit(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> resumed.events().size() >= 6 && live.events().size() >= 1);
        assertThat(resumed.events()).extracting(e -> e.get("sequence").longValue()).containsExactly(16L, 17L, 18L, 19L, 20L, 21L);
        assertThat(live.events()).extracting(e -> e.get("sequence").longValue()).containsExactly(21L);
        resumed.abort();
        live.abort();
    }

    @Test
    void presence_withNullUserIds_subscribesEveryUser(CxoneSimulator sim) throws Exception {
        TestSocket socket = TestSocket.connect(sim.presenceStreamUrl(), new RawClient(sim).authenticate().token(), true);
        socket.send("{\"type\":\"subscribe\",\"payload\":{\"presence\":{\"userIds\":null}}}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !socket.ofType("subscribed").isEmpty());

        JsonNode users = socket.ofType("subscribed").get(0).at("/payload/presence/userIds");
        assertThat(users.size()).isEqualTo(40);
        sim.workload().emit(50);
        List<String> expected = sim.workload().emittedPresence();
        await().atMost(Duration.ofSeconds(20)).until(() -> socket.ofType("presence.update").size() >= expected.size());
        assertThat(socket.ofType("presence.update")).extracting(JsonNode::toString)
                .containsExactlyElementsOf(expected.stream().map(RawClient::json).map(JsonNode::toString).toList());
        socket.abort();
    }
}
