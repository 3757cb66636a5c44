package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.exception.UnauthorizedException;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CxoneHttpAuthTest extends WireMockSupport {

    @BeforeEach
    void tokenEndpointHandsOutTwoTokens() {
        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":1800}"))
                .willSetStateTo("second"));
        wm.stubFor(post(urlEqualTo("/oauth/token")).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"tok-2\",\"token_type\":\"Bearer\",\"expires_in\":1800}")));
    }

    private CxoneHttp http() {
        return CxoneHttp.builder().config(config()).clock(clock).sleeper(sleeper).build();
    }

    @Test
    void a401_refreshesTheTokenOnce_andReplaysTheCallOnce() {
        wm.stubFor(get(urlEqualTo("/r")).withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_token\"}")));
        wm.stubFor(get(urlEqualTo("/r")).withHeader("Authorization", equalTo("Bearer tok-2"))
                .willReturn(okJson("{\"ok\":true}")));
        try (CxoneHttp http = http()) {
            CxoneResponse<JsonNode> r = http.execute(CxoneRequest.get("/r").build(), JsonNode.class);
            assertThat(r.body().get("ok").asBoolean()).isTrue();
        }
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void aSecond401_surfacesUnauthorizedException() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_token\",\"message\":\"revoked\"}")));
        try (CxoneHttp http = http()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(2);
                        assertThat(e.errorCode()).contains("invalid_token");
                        assertThat(e.getMessage()).doesNotContain("tok-1", "tok-2", CLIENT_SECRET);
                    });
        }
        wm.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void theTokenIsCachedAcrossCalls() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(okJson("{}")));
        try (CxoneHttp http = http()) {
            for (int i = 0; i < 5; i++) {
                http.execute(CxoneRequest.get("/r").build(), Void.class);
            }
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/oauth/token")));
        wm.verify(5, getRequestedFor(urlEqualTo("/r")).withHeader("Authorization", equalTo("Bearer tok-1")));
    }
}
