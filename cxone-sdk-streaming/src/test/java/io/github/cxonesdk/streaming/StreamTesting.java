package io.github.cxonesdk.streaming;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Helpers shared by the stream tests. */
final class StreamTesting {
    private StreamTesting() {
    }

    static TokenProvider tokens(CxoneSimulator sim) {
        return TokenProviders.fromConfig(CxoneConfig.fromEnvironment(sim.environment()));
    }

    static JsonNode tree(String json) {
        return CxoneJson.mapper().readTree(json);
    }

    /** The eventIds of emitted messages, in emission order. */
    static List<String> ids(List<String> emitted) {
        return emitted.stream().map(StreamTesting::tree).map(n -> n.path("eventId").asString()).toList();
    }

    static List<Long> sequences(List<String> emitted) {
        return emitted.stream().map(StreamTesting::tree).map(n -> n.path("sequence").asLong()).toList();
    }
}
