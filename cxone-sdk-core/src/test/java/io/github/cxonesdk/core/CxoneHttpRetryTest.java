package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.ForbiddenException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ServerException;
import io.github.cxonesdk.core.exception.ThrottledException;
import io.github.cxonesdk.core.spi.CallInfo;
import io.github.cxonesdk.core.spi.CxoneListener;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CxoneHttpRetryTest extends WireMockSupport {

    private void stubSequence(String path, int... statuses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = "s" + (i + 1);
            var response = statuses[i] == 200 ? okJson("{\"ok\":true}") : aResponse().withStatus(statuses[i]);
            wm.stubFor(get(urlPathEqualTo(path)).inScenario("seq").whenScenarioStateIs(state)
                    .willReturn(response).willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void throttled_withRetryAfterSeconds_retriesAfterExactlyThatDelay() {
        wm.stubFor(get(urlEqualTo("/r")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{\"ok\":true}")));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            CxoneResponse<JsonNode> r = http.execute(CxoneRequest.get("/r").build(), JsonNode.class);
            assertThat(r.body().get("ok").asBoolean()).isTrue();
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void throttled_withHttpDate_retriesAfterTheDifferenceToTheClock() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                clock.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", date)).willSetStateTo("ok"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("t").whenScenarioStateIs("ok").willReturn(okJson("{}")));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            http.execute(CxoneRequest.get("/r").build(), Void.class);
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfter_longerThanTheCap_waitsOnlyTheCap() {
        stubSequence("/r", 200);
        wm.stubFor(get(urlEqualTo("/r")).inScenario("seq").whenScenarioStateIs(Scenario.STARTED).atPriority(1)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")).willSetStateTo("s0"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("seq").whenScenarioStateIs("s0").willReturn(okJson("{}")));
        RetryPolicy policy = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(5)).build();
        try (CxoneHttp http = http(policy).build()) {
            http.execute(CxoneRequest.get("/r").build(), Void.class);
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void serviceUnavailableStorm_stopsAtTheAttemptLimit_andSaysHowManyAttempts() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(503)
                .withHeader("X-Request-Id", "srv-1").withBody("{\"error\":\"unavailable\",\"message\":\"busy\"}")));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofMillis(400)).build();
        try (CxoneHttp http = http(policy).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").operation("GetR").build(), Void.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(5);
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.requestId()).contains("srv-1");
                        assertThat(e.errorCode()).contains("unavailable");
                        assertThat(e.getMessage()).contains("GetR", "503", "busy", "attempts=5");
                    });
        }
        wm.verify(5, getRequestedFor(urlEqualTo("/r")));
        // exponential backoff with full jitter: each wait is within [0, min(max, base * 2^(n-1))]
        List<Duration> sleeps = sleeper.sleeps();
        assertThat(sleeps).hasSize(4);
        long[] caps = {100, 200, 400, 400};
        for (int i = 0; i < sleeps.size(); i++) {
            assertThat(sleeps.get(i)).isBetween(Duration.ZERO, Duration.ofMillis(caps[i]));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {429, 502, 503, 504})
    void retryableStatuses_areRetried(int status) {
        stubSequence("/r", status, 200);
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            assertThat(http.execute(CxoneRequest.get("/r").build(), JsonNode.class).status()).isEqualTo(200);
        }
        wm.verify(2, getRequestedFor(urlPathEqualTo("/r")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {400, 401, 404, 409, 412, 500, 501})
    void otherErrorStatuses_areNotRetried(int status) {
        stubSequence("/r", status, 200);
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), JsonNode.class))
                    .isInstanceOfSatisfying(io.github.cxonesdk.core.exception.CxoneServiceException.class,
                            e -> assertThat(e.status()).isEqualTo(status));
        }
        wm.verify(1, getRequestedFor(urlPathEqualTo("/r")));
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void maxTotalTime_stopsRetryingBeforeTheBudgetIsExceeded() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "10")));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).maxTotalTime(Duration.ofSeconds(25)).build();
        try (CxoneHttp http = http(policy).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(3);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(10));
                    });
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void post_isNotRetriedOn503() {
        wm.stubFor(post(urlEqualTo("/p")).willReturn(aResponse().withStatus(503)));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.post("/p").body(Map.of("a", 1)).build(), Void.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        }
        wm.verify(1, postRequestedFor(urlEqualTo("/p")));
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void post_isRetriedOn429_andOn503WhenMarkedIdempotent() {
        wm.stubFor(post(urlEqualTo("/p")).inScenario("p").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("a"));
        wm.stubFor(post(urlEqualTo("/p")).inScenario("p").whenScenarioStateIs("a")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3")).willSetStateTo("b"));
        wm.stubFor(post(urlEqualTo("/p")).inScenario("p").whenScenarioStateIs("b")
                .willReturn(aResponse().withStatus(201).withHeader("ETag", "\"e1\"").withBody("{\"id\":\"x\"}")));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            CxoneResponse<JsonNode> r = http.execute(
                    CxoneRequest.post("/p").body(Map.of("a", 1)).idempotent(true).build(), JsonNode.class);
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.versioned().etag()).isEqualTo("\"e1\"");
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
        wm.verify(3, postRequestedFor(urlEqualTo("/p")).withRequestBody(equalTo("{\"a\":1}")));
    }

    @Test
    void errorBodies_becomeTheMatchingSubtype_withTruncatedRedactedMessages() {
        String longMessage = "x".repeat(500);
        wm.stubFor(get(urlEqualTo("/missing")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"not_found\",\"message\":\"" + longMessage + "\",\"requestId\":\"body-id\"}")));
        wm.stubFor(get(urlEqualTo("/forbidden")).willReturn(aResponse().withStatus(403)
                .withBody("{\"error\":\"insufficient_scope\",\"scope\":\"dashboard:write\"}")));
        wm.stubFor(get(urlEqualTo("/bad")).willReturn(aResponse().withStatus(400)
                .withBody("oops access_token=" + TOKEN + "&client_secret=" + CLIENT_SECRET)));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/missing").build(), Void.class))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.requestId()).contains("body-id");
                        assertThat(e.errorCode()).contains("not_found");
                        assertThat(e.details().serviceMessage()).hasSizeLessThan(250);
                        assertThat(e.getMessage()).doesNotContain(longMessage);
                    });
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/forbidden").build(), Void.class))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.missingScope()).contains("dashboard:write"));
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/bad").build(), Void.class))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("oops")
                    .hasMessageNotContaining(TOKEN)
                    .hasMessageNotContaining(CLIENT_SECRET);
        }
    }

    @Test
    void theCallsToken_isMaskedInErrorMessages_butAOneCharacterTestTokenLeavesTheTextAlone() {
        wm.stubFor(get(urlEqualTo("/echo")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"not_found\",\"message\":\"the template for " + TOKEN + " is not there\"}")));
        try (CxoneHttp http = http(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/echo").build(), Void.class))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("not_found: the template for **** is not there");
        }
        try (CxoneHttp http = http(RetryPolicy.none()).tokenProvider(TokenProviders.fixed(Secret.of("t"))).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/echo").build(), Void.class))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("not_found: the template for " + TOKEN + " is not there");
        }
    }

    @Test
    void everyCall_carriesRequestIdUserAgentBearerToken_andEncodesPathAndQuery() {
        wm.stubFor(get(urlPathEqualTo("/api/v2/dashboards/a%20b%2Fc")).willReturn(okJson("{\"id\":\"a b/c\"}")));
        try (CxoneHttp http = http(RetryPolicy.defaults()).build()) {
            http.execute(CxoneRequest.get("/api/v2/dashboards/{}", "a b/c").query("page_size", 50)
                    .query("cursor", null).build(), JsonNode.class);
        }
        wm.verify(getRequestedFor(urlEqualTo("/api/v2/dashboards/a%20b%2Fc?page_size=50"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("User-Agent", equalTo(CxoneConfig.DEFAULT_USER_AGENT))
                .withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
    }

    @Test
    void listener_seesAttemptsRetriesThrottlingResponsesAndTheFailure() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        List<String> events = new CopyOnWriteArrayList<>();
        CxoneListener listener = new CxoneListener() {
            @Override
            public void onAttempt(CallInfo call, int attempt) {
                events.add("attempt " + attempt);
            }

            @Override
            public void onRetry(CallInfo call, int attempt, Duration delay, String reason) {
                events.add("retry " + attempt + " " + delay + " " + reason);
            }

            @Override
            public void onThrottled(CallInfo call, Duration retryAfter) {
                events.add("throttled " + retryAfter);
            }

            @Override
            public void onResponse(CallInfo call, int status, Duration latency) {
                events.add("response " + status);
            }

            @Override
            public void onFailure(CallInfo call, RuntimeException error, Duration latency) {
                events.add("failure " + error.getClass().getSimpleName() + " " + call.operation());
            }
        };
        try (CxoneHttp http = http(RetryPolicy.builder().maxAttempts(2).build()).listener(listener).build()) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").operation("Op").build(), Void.class))
                    .isInstanceOf(ThrottledException.class);
        }
        assertThat(events).containsExactly("attempt 1", "response 429", "throttled PT1S",
                "retry 1 PT1S HTTP 429", "attempt 2", "response 429", "throttled PT1S", "failure ThrottledException Op");
    }

    @Test
    void executeAsync_runsOnTheCallersExecutor() throws Exception {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(okJson("{\"n\":3}")));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-pool"));
        List<String> threads = new CopyOnWriteArrayList<>();
        try (CxoneHttp http = http(RetryPolicy.defaults()).executor(executor).build()) {
            JsonNode body = http.executeAsync(CxoneRequest.get("/r").build(), JsonNode.class)
                    .thenApply(r -> {
                        threads.add(Thread.currentThread().getName());
                        return r.body();
                    }).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(body.get("n").asInt()).isEqualTo(3);
        } finally {
            executor.shutdown();
        }
        assertThat(threads).containsExactly("caller-pool");
    }

    @Test
    void executeAsync_withoutAnExecutor_runsOnTheOwnedPool_neverTheCommonPool() throws Exception {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(okJson("{\"n\":4}")));
        List<String> threads = new CopyOnWriteArrayList<>();
        CxoneListener recordsThread = new CxoneListener() {
            @Override
            public void onAttempt(CallInfo call, int attempt) {
                // runs inside the pipeline, so it shows where the call itself ran (a callback chained
                // with thenApply could run on the caller's thread if the future were already complete)
                threads.add(Thread.currentThread().getName());
            }
        };
        try (CxoneHttp http = http(RetryPolicy.defaults()).listener(recordsThread).build()) {
            http.executeAsync(CxoneRequest.get("/r").build(), JsonNode.class)
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(threads).singleElement().asString().startsWith("cxone-http-").doesNotContain("ForkJoinPool");
    }

    @Test
    void theRateLimiter_isAskedOncePerCall_beforeTheRetries() {
        stubSequence("/r", 503, 200);
        java.util.concurrent.atomic.AtomicInteger permits = new java.util.concurrent.atomic.AtomicInteger();
        try (CxoneHttp http = http(RetryPolicy.defaults()).rateLimiter(permits::incrementAndGet).build()) {
            http.execute(CxoneRequest.get("/r").build(), Void.class);
        }
        assertThat(permits).hasValue(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/r")));
    }

    @Test
    void aFailingListener_doesNotBreakTheCall() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(okJson("{\"n\":1}")));
        CxoneListener broken = new CxoneListener() {
            @Override
            public void onResponse(CallInfo call, int status, Duration latency) {
                throw new IllegalStateException("listener bug");
            }
        };
        try (CxoneHttp http = http(RetryPolicy.defaults()).listener(broken).build()) {
            assertThat(http.execute(CxoneRequest.get("/r").build(), JsonNode.class).body().get("n").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void closedPipeline_rejectsCalls() {
        CxoneHttp http = http(RetryPolicy.defaults()).build();
        http.close();
        http.close();
        assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closedPipeline_rejectsAsyncCallsWithIllegalStateException_too() {
        CxoneHttp http = http(RetryPolicy.defaults()).build();
        http.close();
        assertThatThrownBy(() -> http.executeAsync(CxoneRequest.get("/r").build(), Void.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> http.executeAsync(CxoneRequest.get("/r").build(),
                new tools.jackson.core.type.TypeReference<List<String>>() { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        wm.verify(0, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void pathTemplates_needExactlyOneArgumentPerPlaceholder() {
        assertThatThrownBy(() -> CxoneRequest.get("/a/{}/b/{}", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CxoneRequest.get("/a", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CxoneRequest.get("/a/{}/b", "x y").query("ids", List.of("1", "2")).build().pathAndQuery())
                .isEqualTo("/a/x%20y/b?ids=1%2C2");
    }
}
