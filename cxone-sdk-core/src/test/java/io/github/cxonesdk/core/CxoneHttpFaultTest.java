package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CxoneHttpFaultTest extends WireMockSupport {
    /** Generous bound that only catches a hang; the configured request timeout is 2 s per attempt. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK", "RANDOM_DATA_THEN_CLOSE"})
    void socketFaults_endInCxoneClientException_afterTheRetryBudget(Fault fault) {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withFault(fault)));
        try (CxoneHttp http = http(RetryPolicy.builder().maxAttempts(3).build()).build()) {
            assertTimeoutPreemptively(HANG, () ->
                    assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").operation("GetR").build(),
                            JsonNode.class))
                            .isInstanceOf(CxoneClientException.class)
                            .hasMessageContaining("GetR")
                            .hasMessageContaining("attempts=3")
                            .hasMessageNotContaining(TOKEN));
        }
        wm.verify(3, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void post_isNotRetriedAfterAConnectionReset() {
        wm.stubFor(post(urlEqualTo("/p")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.post("/p").body("{}").build(), Void.class))
                    .isInstanceOf(CxoneClientException.class)
                    .hasMessageContaining("attempts=1");
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/p")));
    }

    @Test
    void aResponseSlowerThanTheRequestTimeout_failsWithinTheTimeout() {
        wm.stubFor(get(urlEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(10_000)));
        try (CxoneHttp http = http(RetryPolicy.none()).build()) {
            assertTimeoutPreemptively(HANG, () ->
                    assertThatThrownBy(() -> http.execute(CxoneRequest.get("/slow").build(), JsonNode.class))
                            .isInstanceOf(CxoneClientException.class)
                            .hasMessageContaining("Timeout"));
        }
    }

    @Test
    void aBodyThatIsNotJson_isACxoneClientException() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(200).withBody("<html>not json")));
        try (CxoneHttp http = http(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), JsonNode.class))
                    .isInstanceOf(CxoneClientException.class)
                    .hasMessageContaining("could not read the response body");
        }
    }

    @Test
    void aRefusedConnection_isACxoneClientException() {
        CxoneHttp.Builder builder = http(RetryPolicy.builder().maxAttempts(2).build());
        wm.stop();
        try (CxoneHttp http = builder.build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.post("/p").build(), Void.class))
                    .isInstanceOf(CxoneClientException.class)
                    .hasMessageContaining("attempts=2");
        }
        assertThat(sleeper.sleeps()).hasSize(1);
    }
}
