package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
import io.github.cxonesdk.schema.mapping.MigrationChain;
import io.github.cxonesdk.streaming.fanout.BroadcastMessage;
import io.github.cxonesdk.streaming.fanout.Broadcaster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VersionedEventPublisherTest {
    static final JsonNode V1 = Json.of("{'type':'object','required':['agentEmail','callDuration'],"
            + "'properties':{'agentEmail':{'type':'string'},'callDuration':{'type':'integer','minimum':0}}}");
    static final JsonNode V2 = Json.of("{'type':'object','required':['agentId','durationSeconds'],'additionalProperties':false,"
            + "'properties':{'agentId':{'type':'string','minLength':1},'durationSeconds':{'type':'number','minimum':0},'seq':{'type':'integer'}}}");
    static final MigrationChain CHAIN = MigrationChain.builder()
            .step("1", "2", MappingEngine.builder(MappingRules.fromYaml("""
                    rules:
                      - source: agentEmail
                        target: agentId
                      - source: callDuration
                        target: durationSeconds
                        transform: convert
                        args: [ms, s]
                      - source: seq
                        target: seq
                        optional: true
                    """)).strict(true).build())
            .build();

    private final Broadcaster b1 = Broadcaster.builder().queueCapacity(100).build();
    private final Broadcaster b2 = Broadcaster.builder().queueCapacity(100).build();
    private final VersionedEventPublisher publisher = VersionedEventPublisher.builder(CHAIN)
            .version("1", b1).version("2", b2).schema("1", V1).schema("2", V2).build();

    static VersionedEvent v1(int seq, String email, long ms) {
        return new VersionedEvent("1", "DataActionCompleted", Instant.parse("2026-11-29T10:00:00Z").plusSeconds(seq),
                Json.of("{'agentEmail':'" + email + "','callDuration':" + ms + ",'seq':" + seq + "}"));
    }

    static List<BroadcastMessage> drain(Broadcaster.Subscription sub) throws InterruptedException {
        List<BroadcastMessage> out = new ArrayList<>();
        for (BroadcastMessage m = sub.poll(Duration.ZERO); m != null; m = sub.poll(Duration.ZERO)) {
            out.add(m);
        }
        return out;
    }

    @Test
    void eachVersionsSubscribersGetTheEnvelopeAtTheirVersionInOrder() throws Exception {
        Broadcaster.Subscription s1 = b1.subscribe(-1);
        Broadcaster.Subscription s2 = b2.subscribe(-1);
        for (int i = 0; i < 5; i++) {
            Publication p = publisher.publish(v1(i, "a" + i + "@x.io", 1000L * i));
            assertThat(p.published()).isTrue();
            assertThat(p.messageIds()).containsOnlyKeys("1", "2");
        }
        List<BroadcastMessage> got1 = drain(s1);
        List<BroadcastMessage> got2 = drain(s2);
        assertThat(got1).extracting(m -> CxoneJson.mapper().readTree(m.data()).at("/payload/seq").intValue()).containsExactly(0, 1, 2, 3, 4);
        assertThat(got2).extracting(m -> CxoneJson.mapper().readTree(m.data()).at("/payload/seq").intValue()).containsExactly(0, 1, 2, 3, 4);
        assertThat(got1).allSatisfy(m -> assertThat(m.type()).isEqualTo("DataActionCompleted"));
        JsonNode third = CxoneJson.mapper().readTree(got2.get(3).data());
        assertThat(VersionedEvent.fromJson(third)).isEqualTo(new VersionedEvent("2", "DataActionCompleted",
                Instant.parse("2026-11-29T10:00:03Z"), Json.of("{'agentId':'a3@x.io','durationSeconds':3,'seq':3}")));
        assertThat(CxoneJson.mapper().readTree(got1.get(0).data()).get("schema_version").stringValue()).isEqualTo("1");
        assertThat(publisher.publishedCount()).isEqualTo(5);
    }

    @Test
    void invalidEventIsPublishedNowhereAndEveryViolationReported() throws Exception {
        Broadcaster.Subscription s1 = b1.subscribe(-1);
        Broadcaster.Subscription s2 = b2.subscribe(-1);
        Publication p = publisher.publish(new VersionedEvent("1", "DataActionCompleted", Instant.EPOCH,
                Json.of("{'agentEmail':5,'callDuration':-1}")));
        assertThat(p.published()).isFalse();
        assertThat(p.messageIds()).isEmpty();
        assertThat(p.violations()).extracting(Violation::path).contains("/payload/agentEmail", "/payload/callDuration");
        assertThat(drain(s1)).isEmpty();
        assertThat(drain(s2)).isEmpty();
        assertThat(publisher.rejectedCount()).isEqualTo(1);
        assertThat(publisher.publishedCount()).isZero();
    }

    @Test
    void eventValidAtItsVersionButInvalidAfterMigrationIsRejectedEverywhere() throws Exception {
        Broadcaster.Subscription s1 = b1.subscribe(-1);
        // a valid v1 event with an empty e-mail maps to agentId "" which breaks v2's minLength
        Publication p = publisher.publish(v1(1, "", 5));
        assertThat(p.published()).isFalse();
        assertThat(p.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/payload/agentId");
            assertThat(v.message()).contains("version 2");
        });
        assertThat(drain(s1)).isEmpty();
    }

    @Test
    void failedMigrationStepIsReportedWithThePayloadPath() {
        VersionedEventPublisher noSchemas = VersionedEventPublisher.builder(CHAIN).version("2", b2).build();
        Publication p = noSchemas.publish(new VersionedEvent("1", "X", Instant.EPOCH, Json.of("{'callDuration':1}")));
        assertThat(p.published()).isFalse();
        assertThat(p.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("agentEmail");
            assertThat(v.message()).contains("migrating to version 2").contains("strict");
        });
    }

    @Test
    void versionsWithoutAPathAreListedAndANewerEventStillReachesItsOwn() throws Exception {
        Broadcaster.Subscription s1 = b1.subscribe(-1);
        Broadcaster.Subscription s2 = b2.subscribe(-1);
        Publication p = publisher.publish(new VersionedEvent("2", "X", Instant.EPOCH, Json.of("{'agentId':'7','durationSeconds':1}")));
        assertThat(p.published()).isTrue();
        assertThat(p.messageIds()).containsOnlyKeys("2");
        assertThat(p.unreachableVersions()).containsExactly("1");
        assertThat(drain(s1)).isEmpty();
        assertThat(drain(s2)).hasSize(1);

        Publication none = publisher.publish(new VersionedEvent("9", "X", Instant.EPOCH, Json.of("{}")));
        assertThat(none.published()).isFalse();
        assertThat(none.unreachableVersions()).containsExactly("1", "2");
        assertThat(none.violations()).singleElement().extracting(Violation::path).isEqualTo("/schema_version");
    }

    @Test
    void oversizedEventAndLineBreakInTheTypeAreRejected() throws Exception {
        Broadcaster.Subscription s2 = b2.subscribe(-1);
        VersionedEventPublisher small = VersionedEventPublisher.builder(CHAIN).version("2", b2).maxEventChars(200).build();
        Publication big = small.publish(v1(1, "x".repeat(500) + "@x.io", 1));
        assertThat(big.violations()).singleElement().satisfies(v -> assertThat(v.message()).contains("more than the limit of 200"));
        Publication injected = small.publish(new VersionedEvent("2", "X\nevent: forged", Instant.EPOCH,
                Json.of("{'agentId':'7','durationSeconds':1}")));
        assertThat(injected.violations()).singleElement().extracting(Violation::path).isEqualTo("/event_type");
        assertThat(drain(s2)).isEmpty();
    }

    @Test
    void stalledSubscriberIsEvictedWithoutBlockingPublication() throws Exception {
        Broadcaster tiny = Broadcaster.builder().queueCapacity(2).build();
        VersionedEventPublisher p = VersionedEventPublisher.builder(CHAIN).version("2", tiny).build();
        Broadcaster.Subscription stalled = tiny.subscribe(-1);
        for (int i = 0; i < 5; i++) {
            assertThat(p.publish(v1(i, "a@x.io", 1)).published()).isTrue();
        }
        assertThat(stalled.evicted()).isTrue();
        assertThat(tiny.evictions()).isEqualTo(1);
    }

    @Test
    void builderRejectsMisuse() {
        assertThatThrownBy(() -> VersionedEventPublisher.builder(CHAIN).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VersionedEventPublisher.builder(CHAIN).version("1", b1).version("1", b2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VersionedEventPublisher.builder(CHAIN).version("1", b1).version("2", b1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VersionedEventPublisher.builder(CHAIN).maxEventChars(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
