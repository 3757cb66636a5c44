package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class OptimisticLockingTest extends WireMockSupport {
    private static final String PATH = "/api/v2/dashboards/d1";

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body, String etag) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("ETag", etag).withBody(body);
    }

    @Test
    void a412_reReadsAndReAppliesTheChange_toTheFreshServerState() {
        // v1 is read; meanwhile someone else renames the dashboard (v2); our PUT with v1's ETag gets 412
        wm.stubFor(get(urlEqualTo(PATH)).inScenario("edit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"name\":\"Sales\",\"refresh\":10}", "\"1\"")).willSetStateTo("stale"));
        wm.stubFor(put(urlEqualTo(PATH)).withHeader("If-Match", equalTo("\"1\"")).inScenario("edit")
                .whenScenarioStateIs("stale")
                .willReturn(aResponse().withStatus(412).withBody("{\"error\":\"precondition_failed\"}"))
                .willSetStateTo("fresh"));
        wm.stubFor(get(urlEqualTo(PATH)).inScenario("edit").whenScenarioStateIs("fresh")
                .willReturn(json("{\"name\":\"Sales floor\",\"refresh\":10}", "\"2\"")));
        wm.stubFor(put(urlEqualTo(PATH)).withHeader("If-Match", equalTo("\"2\"")).inScenario("edit")
                .whenScenarioStateIs("fresh")
                .willReturn(json("{\"name\":\"Sales floor\",\"refresh\":30}", "\"3\"")));
        AtomicInteger applied = new AtomicInteger();
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            Versioned<ObjectNode> saved = OptimisticLocking.update(
                    () -> http.execute(CxoneRequest.get(PATH).build(), ObjectNode.class).versioned(),
                    (changed, etag) -> http.execute(CxoneRequest.put(PATH).header("If-Match", etag)
                            .body(changed).build(), ObjectNode.class).versioned(),
                    d -> {
                        applied.incrementAndGet();
                        return d.deepCopy().put("refresh", 30);
                    },
                    3);
            assertThat(saved.etag()).isEqualTo("\"3\"");
        }
        assertThat(applied).hasValue(2);
        // the second write carries the other editor's name AND our change, not our stale copy
        wm.verify(putRequestedFor(urlEqualTo(PATH)).withHeader("If-Match", equalTo("\"2\""))
                .withRequestBody(equalToJson("{\"name\":\"Sales floor\",\"refresh\":30}")));
    }

    @Test
    void givesUp_afterMaxAttempts_withResourceModifiedException() {
        wm.stubFor(get(urlEqualTo(PATH)).willReturn(json("{\"name\":\"x\"}", "\"1\"")));
        wm.stubFor(put(urlEqualTo(PATH)).willReturn(aResponse().withStatus(409).withBody("{\"error\":\"conflict\"}")));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            assertThatThrownBy(() -> OptimisticLocking.update(
                    () -> http.execute(CxoneRequest.get(PATH).build(), ObjectNode.class).versioned(),
                    (changed, etag) -> http.execute(CxoneRequest.put(PATH).header("If-Match", etag)
                            .body(changed).build(), ObjectNode.class).versioned(),
                    d -> d, 3))
                    .isInstanceOf(ResourceModifiedException.class)
                    .hasMessageContaining("after 3 read-modify-write attempts");
        }
        wm.verify(3, putRequestedFor(urlEqualTo(PATH)));
    }
}
