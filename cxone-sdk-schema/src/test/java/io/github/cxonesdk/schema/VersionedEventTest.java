package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRule;
import io.github.cxonesdk.schema.mapping.MappingRules;
import io.github.cxonesdk.schema.mapping.MigrationChain;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionedEventTest {
    private final VersionedEvent v1 = new VersionedEvent("1", "DataActionCompleted", Instant.parse("2026-01-01T00:00:00Z"),
            Json.of("{'agentEmail':'a@x.io'}"));

    @Test
    void jsonFormUsesSnakeCaseAndRoundTrips() {
        assertThat(v1.toJson()).isEqualTo(Json.of("{'schema_version':'1','event_type':'DataActionCompleted',"
                + "'timestamp':'2026-01-01T00:00:00Z','payload':{'agentEmail':'a@x.io'}}"));
        assertThat(VersionedEvent.fromJson(v1.toJson())).isEqualTo(v1);
    }

    @Test
    void malformedJsonListsEveryMissingField() {
        assertThatThrownBy(() -> VersionedEvent.fromJson(Json.of("{'payload':{}}")))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactlyInAnyOrder("/schema_version", "/event_type", "/timestamp"));
        assertThatThrownBy(() -> VersionedEvent.fromJson(Json.of("{'schema_version':'1','event_type':'x','timestamp':'yesterday','payload':{}}")))
                .isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> VersionedEvent.fromJson(Json.of("{'schema_version':'1','event_type':'x','timestamp':'2026-01-01T00:00:00Z','payload':[]}")))
                .isInstanceOf(ModelValidationException.class);
    }

    @Test
    void migratesThroughTheChainKeepingTypeAndTime() {
        MigrationChain chain = MigrationChain.builder().step("1", "2", MappingEngine.builder(
                MappingRules.of(MappingRule.copy("agentEmail", "agentId"))).build()).build();
        VersionedEvent v2 = v1.migrateTo("2", chain);
        assertThat(v2.schemaVersion()).isEqualTo("2");
        assertThat(v2.eventType()).isEqualTo(v1.eventType());
        assertThat(v2.timestamp()).isEqualTo(v1.timestamp());
        assertThat(v2.payload()).isEqualTo(Json.of("{'agentId':'a@x.io'}"));
        assertThat(v2.migrateTo("2", chain)).isSameAs(v2);
    }
}
