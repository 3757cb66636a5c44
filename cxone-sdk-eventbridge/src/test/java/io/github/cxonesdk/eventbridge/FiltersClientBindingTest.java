package io.github.cxonesdk.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.RetryPolicy;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.CxoneServiceException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** Response bodies bind to records with Jackson; an unusable 2xx body is a client error naming the path. */
class FiltersClientBindingTest {
    private final ScriptedTransport transport = new ScriptedTransport();
    private final CxoneHttp http = CxoneHttp.builder()
            .config(CxoneConfig.builder().baseUrl(URI.create("http://127.0.0.1:1"))
                    .tokenUrl(URI.create("http://127.0.0.1:1/token")).build())
            .tokenProvider(TokenProviders.fixed(Secret.of("unit-test-token")))
            .transport(transport)
            .retryPolicy(RetryPolicy.none())
            .build();
    private final FiltersClient filters = FiltersClient.create(http);

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void get_bindsServerFieldsAndDefinitionFromOneBody() {
        transport.respond(200, """
                {"id": "f-1", "etag": "\\"2\\"", "status": "PENDING_ACTIVATION", "created_at": "2026-11-22T10:00:00Z",
                 "updated_at": "2026-11-22T10:05:00+01:00", "name": "n", "channel": "chat", "matchers": [],
                 "pattern_rules": [], "target_group_id": "g", "version": 7}
                """);

        Filter filter = filters.get("f-1").value();

        assertThat(filter.etag()).isEqualTo("\"2\"");
        assertThat(filter.status()).isEqualTo(FilterStatus.PENDING_ACTIVATION);
        assertThat(filter.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(filter.updatedAt()).isEqualTo(Instant.parse("2026-11-22T09:05:00Z"));
        assertThat(filter.definition()).isEqualTo(FilterDefinition.builder().name("n").channel(Channel.CHAT)
                .targetGroupId("g").build());
    }

    @Test
    void get_headerEtagWins_andTheAskedIdStandsInForAMissingOne() {
        transport.respond(200, "{\"name\": \"n\", \"channel\": \"sms\", \"etag\": \"\\\"1\\\"\"}", "ETag", "\"5\"");

        Filter filter = filters.get("f-7").value();

        assertThat(filter.id()).isEqualTo("f-7");
        assertThat(filter.etag()).isEqualTo("\"5\"");
        assertThat(filter.status()).isEqualTo(FilterStatus.UNKNOWN);
    }

    @Test
    void create_answerWithoutId_isAClientError() {
        transport.respond(201, "{\"name\": \"n\", \"channel\": \"voice\"}", "ETag", "\"1\"");

        assertThatThrownBy(() -> filters.create(Filters.platinumVoice("n")))
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("'id'");
    }

    @Test
    void get_bodyOfTheWrongShape_isAClientErrorNamingThePath_withTheBindingProblemAsCause() {
        transport.respond(200, "{\"id\": \"f-1\", \"name\": \"n\", \"matchers\": [{\"attribute\": \"a\"}, null]}",
                "ETag", "\"1\"");
        transport.respond(200, "{\"id\": \"f-1\", \"created_at\": \"yesterday\"}", "ETag", "\"1\"");

        assertThatThrownBy(() -> filters.get("f-1"))
                .isInstanceOf(CxoneClientException.class).isNotInstanceOf(CxoneServiceException.class)
                .hasMessageContaining("GetFilter").hasMessageContaining("matchers[1]")
                .hasCauseInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> filters.get("f-1"))
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("created_at")
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void status_matchesWireValuesExactly_unknownAndMissingReadAsUnknown() {
        transport.respond(200, "{\"status\": \"active\"}")
                .respond(200, "{\"status\": \"ARCHIVED_SOMEHOW\"}")
                .respond(200, "{}")
                .respond(200, "{\"status\": \"FAILED\", \"reason\": \"quota\"}");

        assertThat(filters.status("f-1").status()).isEqualTo(FilterStatus.UNKNOWN);
        assertThat(filters.status("f-1").status()).isEqualTo(FilterStatus.UNKNOWN);
        assertThat(filters.status("f-1").status()).isEqualTo(FilterStatus.UNKNOWN);
        FilterState failed = filters.status("f-2");
        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.reason()).isEqualTo("quota");
    }

    @Test
    void status_bodyThatIsNotAnObject_isAClientError() {
        transport.respond(200, "[1, 2]");

        assertThatThrownBy(() -> filters.status("f-1")).isInstanceOf(CxoneClientException.class)
                .hasMessageContaining("GetFilterStatus");
    }

    @Test
    void auditEntryWithoutId_isAClientErrorNamingIt_neverTheString_null() {
        transport.respond(200, """
                {"entries": [{"id": "e1", "action": "created", "filter_id": "f-1", "details": {"n": [1, {"k": true}]}},
                             {"action": "updated", "filter_id": "f-1"}], "next_cursor": null}
                """);

        assertThatThrownBy(() -> filters.auditLog("f-1").stream().toList())
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("entries[1].id");
    }

    @Test
    void auditPage_bindsEntriesWithFrozenDetails() {
        transport.respond(200, """
                {"entries": [{"id": "e1", "timestamp": "2026-11-22T10:00:00Z", "actor": "client-1",
                  "action": "filter.created", "filter_id": "f-1", "details": {"etag": "\\"1\\"", "n": [1, 2]}},
                  {"id": "e2", "action": "filter.deleted"}],
                 "next_cursor": null}
                """);

        List<AuditEntry> entries = filters.auditLog("f-1").stream().toList();

        assertThat(entries.get(0).filterId()).isEqualTo("f-1");
        assertThat(entries.get(0).timestamp()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(entries.get(0).details()).isEqualTo(Map.of("etag", "\"1\"", "n", List.of(1, 2)));
        assertThatThrownBy(() -> ((List<?>) entries.get(0).details().get("n")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(entries.get(1).details()).isEmpty();
    }

    @Test
    void groupsMembers_nullId_isAClientErrorNamingThePath() {
        transport.respond(200, "{\"filter_ids\": [\"a\", null], \"next_cursor\": null}");

        assertThatThrownBy(() -> filters.groups().members("g").stream().toList())
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("filter_ids[1]");
    }

    @Test
    void metrics_bindTheSeries_andAPointMissingAFieldNamesIt() {
        transport.respond(200, """
                {"filter_id": "f-1", "interval": "PT1M", "series": [
                  {"start": "2026-11-22T10:00:00Z", "hit_count": 3, "throughput_rate": 0.05, "match_ratio": 0.25},
                  {"start": "2026-11-22T10:01:00Z", "hit_count": 4, "throughput_rate": 0.0667, "match_ratio": 0.5}]}
                """).respond(200, "{\"series\": [{\"hit_count\": 1, \"throughput_rate\": 0, \"match_ratio\": 0}]}")
                .respond(200, "{\"series\": [{\"start\": \"2026-11-22T10:00:00Z\", \"throughput_rate\": 0, \"match_ratio\": 0}]}");

        FilterMetrics metrics = filters.metrics("f-1", Duration.ofMinutes(5), Duration.ofHours(1));

        assertThat(metrics.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(metrics.totalHits()).isEqualTo(7);
        assertThat(metrics.series().get(1).matchRatio()).isEqualTo(0.5);
        assertThatThrownBy(() -> filters.metrics("f-1", Duration.ofMinutes(5), Duration.ofHours(1)))
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("series[0].start");
        assertThatThrownBy(() -> filters.metrics("f-1", Duration.ofMinutes(5), Duration.ofHours(1)))
                .as("a missing count is not silently zero")
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("series[0].hit_count");
    }

    @Test
    void validateRemotely_a200ThatDoesNotSayValid_isAClientError_notAnInventedServiceError() {
        transport.respond(200, "{\"valid\": false, \"message\": \"channel: unknown\"}").respond(200, "{}");

        assertThatThrownBy(() -> filters.validateRemotely(Filters.platinumVoice("p")))
                .isInstanceOf(CxoneClientException.class).isNotInstanceOf(CxoneServiceException.class)
                .hasMessageContaining("'p'").hasMessageContaining("channel: unknown");
        assertThatThrownBy(() -> filters.validateRemotely(Filters.platinumVoice("p")))
                .isInstanceOf(CxoneClientException.class);
    }

    @Test
    void aHugeFailureReason_reachesMessagesCapped_butReasonKeepsItAsSent() {
        String reason = "quota ".repeat(20_000);
        transport.respond(200, "{\"status\": \"FAILED\", \"reason\": \"" + reason + "\"}");
        FiltersClient fast = FiltersClient.builder(http).pollDelays(Duration.ofMillis(1), Duration.ofMillis(5)).build();

        assertThatThrownBy(() -> fast.awaitActive("f-1", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(WaiterFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("f-1").hasSizeLessThan(1_000);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.lastState(FilterState.class).orElseThrow().toString()).hasSizeLessThan(1_000);
                });
    }
}
