package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class RestFaultsTest {
    private final CxoneSimulator sim;

    RestFaultsTest(CxoneSimulator sim) {
        this.sim = sim;
    }

    @Test
    void throttle_answers429WithRetryAfterSeconds_thenRecovers() {
        RawClient client = new RawClient(sim).authenticate();
        sim.faults().throttle(2, Duration.ofSeconds(3));

        HttpResponse<String> first = client.get("/api/v2/dashboards");
        HttpResponse<String> second = client.get("/api/v2/dashboards");
        HttpResponse<String> third = client.get("/api/v2/dashboards");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void throttleWithHttpDate_sendsAnRfc1123Date() {
        RawClient client = new RawClient(sim).authenticate();
        sim.faults().throttleWithHttpDate(1, Duration.ofSeconds(30));

        HttpResponse<String> response = client.get("/api/v2/dashboards");

        assertThat(response.statusCode()).isEqualTo(429);
        ZonedDateTime date = ZonedDateTime.parse(response.headers().firstValue("Retry-After").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(date.toInstant()).isAfter(java.time.Instant.now().plusSeconds(5));
    }

    @Test
    void serverErrors_answerTheStatus_andTokenEndpointIsUnaffected() {
        RawClient client = new RawClient(sim).authenticate();
        sim.faults().serverErrors(1, 503);

        RawClient other = new RawClient(sim).authenticate();
        HttpResponse<String> failed = other.get("/api/v2/dashboards");

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(RawClient.json(failed).get("requestId").stringValue()).isNotBlank();
        assertThat(client.get("/api/v2/dashboards").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> sim.faults().serverErrors(1, 404)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slowResponses_delayCalls_untilCleared() {
        RawClient client = new RawClient(sim).authenticate();
        sim.faults().slowResponses(Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThat(client.get("/api/v2/dashboards").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void tokenErrors_failTokenRequests_thenRecover() {
        RawClient client = new RawClient(sim);
        sim.faults().tokenErrors(1, 503);
        String form = "grant_type=client_credentials&client_id=" + sim.clientId() + "&client_secret=" + sim.clientSecret();

        HttpResponse<String> failed = client.tokenRequest(form, null);

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(RawClient.json(failed).get("error").stringValue()).isEqualTo("temporarily_unavailable");
        assertThat(client.tokenRequest(form, null).statusCode()).isEqualTo(200);
    }

    @Test
    void faultsAreClearedBetweenTestsOfAClassLevelSimulator() {
        assertThat(new RawClient(sim).authenticate().get("/api/v2/dashboards").statusCode()).isEqualTo(200);
    }
}
