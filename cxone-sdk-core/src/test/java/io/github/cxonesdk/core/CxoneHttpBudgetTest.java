package io.github.cxonesdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ServerException;
import io.github.cxonesdk.core.testsupport.WireMockSupport;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One budget (attempts and time) per call, across the 401 replay and inside each attempt. */
class CxoneHttpBudgetTest extends WireMockSupport {

    /** Hands out tok-1, tok-2, ...: a new token after each invalidation, as a real cache does. */
    private static final class RotatingTokens implements TokenProvider {
        private final AtomicInteger generation = new AtomicInteger(1);

        @Override
        public AccessToken token() {
            return AccessToken.of("tok-" + generation.get());
        }

        @Override
        public void invalidate(AccessToken token) {
            generation.incrementAndGet();
        }
    }

    private CxoneHttp http(RetryPolicy policy, CxoneConfig config) {
        return CxoneHttp.builder().config(config).tokenProvider(new RotatingTokens()).retryPolicy(policy)
                .clock(clock).sleeper(sleeper).build();
    }

    @Test
    void theReplayAfterA401_continuesTheAttemptCount_insteadOfStartingAFreshOne() {
        wm.stubFor(get(urlEqualTo("/r")).withHeader("Authorization", equalTo("Bearer tok-1"))
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get(urlEqualTo("/r")).withHeader("Authorization", equalTo("Bearer tok-2"))
                .willReturn(aResponse().withStatus(503)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).build();
        try (CxoneHttp http = http(policy, config())) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(3));
        }
        // before: 1 attempt with tok-1, then a fresh budget of 3 with tok-2 = 4
        wm.verify(3, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void theReplayAfterA401_continuesTheTimeBudget_insteadOfStartingAFreshOne() {
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "20")).willSetStateTo("401"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs("401")
                .willReturn(aResponse().withStatus(401)).willSetStateTo("busy"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "20")));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).maxTotalTime(Duration.ofSeconds(30)).build();
        try (CxoneHttp http = http(policy, config())) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOf(ServerException.class);
        }
        // 20 s were spent before the replay; another 20 s wait would end past the 30 s budget
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(20));
        wm.verify(3, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void noRetryStarts_whenItsWaitUsesUpTheWholeBudget() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));
        RetryPolicy policy = RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(30)).build();
        try (CxoneHttp http = http(policy, config())) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        }
        assertThat(sleeper.sleeps()).isEmpty();
        wm.verify(1, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void anAttemptsTimeout_isCappedByWhatIsLeftOfTheBudget() {
        // 29 of 30 s are spent waiting for Retry-After; the next attempt may take 1 s, not the 30 s request timeout
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "29")).willSetStateTo("slow"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs("slow")
                .willReturn(okJson("{}").withFixedDelay(3_000)));
        CxoneConfig config = config().toBuilder().requestTimeout(Duration.ofSeconds(30)).build();
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(2).maxTotalTime(Duration.ofSeconds(30)).build();
        try (CxoneHttp http = http(policy, config)) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOf(CxoneClientException.class)
                    .hasCauseInstanceOf(HttpTimeoutException.class)
                    .hasMessageContaining("attempts=2");
        }
        wm.verify(2, getRequestedFor(urlEqualTo("/r")));
    }

    @Test
    void failedAttemptsBeforeTheLastOutcome_areKeptAsSuppressed_notDropped() {
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("busy"));
        wm.stubFor(get(urlEqualTo("/r")).inScenario("s").whenScenarioStateIs("busy")
                .willReturn(aResponse().withStatus(503)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(2).build();
        try (CxoneHttp http = http(policy, config())) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(2);
                        assertThat(e.getSuppressed()).hasSize(1).allMatch(IOException.class::isInstance);
                    });
        }
    }

    @Test
    void theLastFailedAttempt_isTheCause_andNotAlsoSuppressed() {
        wm.stubFor(get(urlEqualTo("/r")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).build();
        try (CxoneHttp http = http(policy, config())) {
            assertThatThrownBy(() -> http.execute(CxoneRequest.get("/r").build(), Void.class))
                    .isInstanceOfSatisfying(CxoneClientException.class, e -> {
                        assertThat(e.getCause()).isInstanceOf(IOException.class);
                        assertThat(e.getSuppressed()).hasSize(2).doesNotContain(e.getCause());
                    });
        }
    }
}
