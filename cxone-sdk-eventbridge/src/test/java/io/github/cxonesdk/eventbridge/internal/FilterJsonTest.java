package io.github.cxonesdk.eventbridge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.eventbridge.AuditEntry;
import io.github.cxonesdk.eventbridge.Channel;
import io.github.cxonesdk.eventbridge.Filter;
import io.github.cxonesdk.eventbridge.FilterMetrics;
import io.github.cxonesdk.eventbridge.FilterState;
import io.github.cxonesdk.eventbridge.FilterStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FilterJsonTest {
    private final FilterJson json = new FilterJson(CxoneJson.mapper());

    private static JsonNode tree(String text) {
        return CxoneJson.mapper().readTree(text);
    }

    @Test
    void filter_splitsServerFieldsFromTheDefinition() {
        Filter filter = json.filter(tree("""
                {"id": "f-1", "etag": "\\"2\\"", "status": "PENDING_ACTIVATION", "created_at": "2026-11-22T10:00:00Z",
                 "updated_at": "2026-11-22T10:05:00+01:00", "name": "n", "channel": "chat", "matchers": [],
                 "pattern_rules": [], "target_group_id": "g"}
                """), null, null);

        assertThat(filter.id()).isEqualTo("f-1");
        assertThat(filter.etag()).isEqualTo("\"2\"");
        assertThat(filter.status()).isEqualTo(FilterStatus.PENDING_ACTIVATION);
        assertThat(filter.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(filter.updatedAt()).isEqualTo(Instant.parse("2026-11-22T09:05:00Z"));
        assertThat(filter.definition().channel()).isEqualTo(Channel.CHAT);
        assertThat(filter.definition().targetGroupId()).isEqualTo("g");
    }

    @Test
    void filter_prefersTheHeaderEtagAndFallsBackToTheKnownId() {
        Filter filter = json.filter(tree("{\"name\": \"n\", \"channel\": \"sms\", \"etag\": \"\\\"1\\\"\"}"),
                "\"5\"", "f-7");

        assertThat(filter.id()).isEqualTo("f-7");
        assertThat(filter.etag()).isEqualTo("\"5\"");
        assertThat(filter.status()).isEqualTo(FilterStatus.UNKNOWN);
    }

    @Test
    void filter_withoutAnyId_isAClientError() {
        assertThatThrownBy(() -> json.filter(tree("{\"name\": \"n\"}"), null, null))
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("'id'");
    }

    @Test
    void state_unknownStatusDoesNotBreakReading() {
        FilterState state = json.state("f-1", tree("{\"status\": \"ARCHIVED_SOMEHOW\"}"));
        FilterState failed = json.state("f-2", tree("{\"status\": \"FAILED\", \"reason\": \"quota\"}"));

        assertThat(state.status()).isEqualTo(FilterStatus.UNKNOWN);
        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.reason()).isEqualTo("quota");
    }

    @Test
    void metrics_readsTheSeries() {
        FilterMetrics metrics = json.metrics("f-1", Duration.ofMinutes(5), tree("""
                {"filter_id": "f-1", "interval": "PT1M", "series": [
                  {"start": "2026-11-22T10:00:00Z", "hit_count": 3, "throughput_rate": 0.05, "match_ratio": 0.25},
                  {"start": "2026-11-22T10:01:00Z", "hit_count": 4, "throughput_rate": 0.0667, "match_ratio": 0.5}]}
                """));

        assertThat(metrics.interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(metrics.series()).hasSize(2);
        assertThat(metrics.totalHits()).isEqualTo(7);
        assertThat(metrics.series().get(1).matchRatio()).isEqualTo(0.5);
    }

    @Test
    void pages_readItemsAndCursor() {
        Page<String> members = json.memberPage(tree("{\"filter_ids\": [\"a\", \"b\"], \"next_cursor\": \"c2\"}"));
        Page<AuditEntry> audit = json.auditPage(tree("""
                {"entries": [{"id": "e1", "timestamp": "2026-11-22T10:00:00Z", "actor": "client-1",
                  "action": "filter.created", "filter_id": "f-1", "details": {"etag": "\\"1\\"", "n": [1, 2]}}],
                 "next_cursor": null}
                """));

        assertThat(members.items()).containsExactly("a", "b");
        assertThat(members.next()).contains("c2");
        assertThat(audit.next()).isEmpty();
        AuditEntry entry = audit.items().get(0);
        assertThat(entry.action()).isEqualTo("filter.created");
        assertThat(entry.details()).isEqualTo(Map.of("etag", "\"1\"", "n", List.of(1, 2)));
    }
}
