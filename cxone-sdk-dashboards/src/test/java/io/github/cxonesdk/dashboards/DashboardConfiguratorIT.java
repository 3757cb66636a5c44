package io.github.cxonesdk.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.audit.AuditOutcome;
import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.core.audit.AuditVerification;
import io.github.cxonesdk.core.audit.JsonlAuditLog;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.dashboards.ConfigurationResult.Action;
import io.github.cxonesdk.dashboards.query.ClientPredicate;
import io.github.cxonesdk.dashboards.query.OptimizedQuery;
import io.github.cxonesdk.dashboards.query.QueryChange;
import io.github.cxonesdk.dashboards.query.QueryDraft;
import io.github.cxonesdk.dashboards.query.QueryOptimizer;
import io.github.cxonesdk.dashboards.webhook.Subscription;
import io.github.cxonesdk.dashboards.webhook.SubscriptionsClient;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CxoneSimulatorExtension.class)
class DashboardConfiguratorIT {

    @Test
    void createThenUnchangedThenUpdate_areAudited_andTheChainVerifies(CxoneSimulator sim, @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http))
                    .subscriptions(SubscriptionsClient.create(http))
                    .subscription(Subscription.dashboardChanges("BI_Sync_Dashboard_Changes",
                            URI.create("http://127.0.0.1:9/unused")), null)
                    .auditLog(audit)
                    .actor("ci-pipeline")
                    .build();
            Dashboard desired = Fixtures.currentDashboard("Configured " + UUID.randomUUID());
            Dashboard withRepeats = desired.updateWidget(0, w -> w.toBuilder()
                    .query(w.query().toBuilder().groupBy("skill", "skill", "hour").build()).build());

            ConfigurationResult created = configurator.configure(withRepeats);
            assertThat(created.action()).isEqualTo(Action.CREATED);
            assertThat(created.changes()).extracting(QueryChange::path).containsExactly("widgets[0].query.groupBy");
            assertThat(created.dashboard().value().widgets().get(0).query().groupBy()).containsExactly("skill", "hour");
            assertThat(created.webhookSubscription()).isPresent();
            assertThat(created.payloadSha256()).matches("[0-9a-f]{64}");

            ConfigurationResult again = configurator.configure(withRepeats);
            assertThat(again.action()).isEqualTo(Action.UNCHANGED);
            assertThat(again.payloadSha256()).isEqualTo(created.payloadSha256());
            assertThat(again.dashboard().value().id()).isEqualTo(created.dashboard().value().id());

            ConfigurationResult updated = configurator.configure(desired.toBuilder().refreshInterval(60).build());
            assertThat(updated.action()).isEqualTo(Action.UPDATED);
            assertThat(updated.dashboard().value().refreshInterval()).isEqualTo(60);
            assertThat(updated.payloadSha256()).isNotEqualTo(created.payloadSha256());

            AuditVerification verification = audit.verify();
            assertThat(verification.valid()).as(verification.problem()).isTrue();
            assertThat(verification.recordsChecked()).isEqualTo(3);
            List<AuditRecord> records = audit.read();
            assertThat(records).extracting(r -> r.event().outcome()).containsOnly(AuditOutcome.SUCCESS);
            assertThat(records).extracting(r -> r.event().action())
                    .containsExactly("CreateDashboard", "UpdateDashboard", "UpdateDashboard");
            assertThat(records.get(0).event().payloadSha256()).isEqualTo(created.payloadSha256());
            assertThat(records.get(0).event().resourceId()).isEqualTo(created.dashboard().value().id());
            assertThat(records.get(0).event().actor()).isEqualTo("ci-pipeline");
            assertThat(records.get(0).event().latencyMillis()).isNotNull().isGreaterThanOrEqualTo(0L);
        }
    }

    @Test
    void queriesOptimisedUpstream_areReportedAndAudited_notCountedAsZeroChanges(CxoneSimulator sim,
                                                                                @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit).build();
            Dashboard desired = Fixtures.currentDashboard("Upstream " + UUID.randomUUID());
            // What a caller gets from QueryOptimizer.optimize(QueryDraft): client predicates pushed into
            // the query. A Dashboard cannot carry the draft, so the configurator's own pass finds nothing.
            OptimizedQuery upstream = QueryOptimizer.create().optimize(new QueryDraft(
                    desired.widgets().get(0).query().toBuilder().filters(List.of()).build(),
                    List.of(ClientPredicate.in("skill", List.of("sales", "support"))), List.of()));
            assertThat(upstream.changes()).isNotEmpty();
            assertThat(QueryOptimizer.create().optimize(upstream.query()).changes()).isEmpty();
            List<QueryChange> reported = upstream.changes().stream()
                    .map(change -> change.prefixed("widgets[0].query.")).toList();

            ConfigurationResult result = configurator.configure(
                    desired.updateWidget(0, w -> w.toBuilder().query(upstream.query()).build()), reported);

            assertThat(result.changes()).containsExactlyElementsOf(reported);
            assertThat(result.auditRecord().event().attributes())
                    .containsEntry("optimizerChanges", String.valueOf(reported.size()));
        }
    }

    @Test
    void aClockSteppingBackwards_doesNotTurnASuccessIntoAnUnauditedFailure(CxoneSimulator sim, @TempDir Path dir) {
        // wall clocks step back (NTP, VM resume); each reading here is one second earlier than the last
        java.util.concurrent.atomic.AtomicLong millis = new java.util.concurrent.atomic.AtomicLong(
                System.currentTimeMillis());
        java.time.Clock backwards = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(millis.getAndAdd(-1000));
            }
        };
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit).clock(backwards).build();

            ConfigurationResult result = configurator.configure(
                    Fixtures.currentDashboard("Backwards " + UUID.randomUUID()));

            assertThat(result.action()).isEqualTo(Action.CREATED);
            assertThat(result.latencyMillis()).isGreaterThanOrEqualTo(0L);
            assertThat(audit.read()).extracting(AuditRecord::outcome).containsExactly(AuditOutcome.SUCCESS);
        }
    }

    @Test
    void failedUpdate_writesAFailedRecordWithTheError(CxoneSimulator sim, @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit).build();
            Dashboard gone = Fixtures.currentDashboard("Gone").toBuilder().id("no-such-dashboard").build();

            assertThatThrownBy(() -> configurator.configure(gone)).isInstanceOf(NotFoundException.class);
            Dashboard invalid = Fixtures.currentDashboard("").toBuilder().build();
            assertThatThrownBy(() -> configurator.configure(invalid)).isInstanceOf(ModelValidationException.class);

            assertThat(audit.verify().valid()).isTrue();
            List<AuditRecord> records = audit.read();
            assertThat(records).hasSize(2);
            AuditRecord failedUpdate = records.get(0);
            assertThat(failedUpdate.event().outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(failedUpdate.event().action()).isEqualTo("UpdateDashboard");
            assertThat(failedUpdate.event().resourceId()).isEqualTo("no-such-dashboard");
            assertThat(failedUpdate.event().error()).startsWith("NotFoundException");
            assertThat(failedUpdate.event().payloadSha256()).matches("[0-9a-f]{64}");
            assertThat(failedUpdate.event().latencyMillis()).isNotNull();
            assertThat(records.get(1).event().outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(records.get(1).event().error()).startsWith("ModelValidationException").contains("name");
        }
    }

    @Test
    void configuredOptimizer_decidesWhichAttributeIsTime(CxoneSimulator sim, @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            Dashboard base = Fixtures.currentDashboard("Timed " + UUID.randomUUID());
            java.time.Instant end = base.widgets().get(0).query().dateRange().end();
            java.time.Instant dayBefore = end.minus(java.time.Duration.ofDays(1));
            Dashboard desired = base.updateWidget(0, w -> w.toBuilder().query(w.query().toBuilder()
                    .filters(io.github.cxonesdk.dashboards.QueryFilter.between("ts", dayBefore, end)).build()).build());

            ConfigurationResult result = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit)
                    .optimizer(QueryOptimizer.create("ts")).build()
                    .configure(desired);
            assertThat(result.changes()).extracting(QueryChange::path).containsExactly("widgets[0].query.dateRange");
            assertThat(result.dashboard().value().widgets().get(0).query().dateRange())
                    .isEqualTo(io.github.cxonesdk.dashboards.DateRange.of(dayBefore, end));
        }
    }

    @Test
    void concurrentEditBetweenReadAndWrite_survivesTheUpdate(CxoneSimulator sim, @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit).build();
            Dashboard desired = Fixtures.currentDashboard("Merged " + UUID.randomUUID());
            configurator.configure(desired);

            sim.faults().concurrentEdit(true); // someone edits the description after our read
            ConfigurationResult updated;
            try {
                updated = configurator.configure(desired.toBuilder().refreshInterval(90).build());
            } finally {
                sim.faults().clear();
            }
            assertThat(updated.action()).isEqualTo(Action.UPDATED);
            assertThat(updated.dashboard().value().refreshInterval()).isEqualTo(90);
            assertThat(updated.dashboard().value().description()).isEqualTo("edited concurrently by the simulator");
        }
    }

    @Test
    void concurrentConflictingEdit_isATypedFailure_audited(CxoneSimulator sim, @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.create(http)).auditLog(audit).build();
            Dashboard desired = Fixtures.currentDashboard("Conflict " + UUID.randomUUID());
            configurator.configure(desired);

            sim.faults().concurrentEdit(true); // edits the description, which we change too
            try {
                assertThatThrownBy(() -> configurator.configure(desired.toBuilder().description("ours").build()))
                        .isInstanceOfSatisfying(DashboardMergeConflictException.class,
                                e -> assertThat(e.paths()).containsExactly("description"));
            } finally {
                sim.faults().clear();
            }
            assertThat(audit.read()).extracting(AuditRecord::outcome)
                    .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.FAILED);
        }
    }

    @Test
    void updateLosingEveryRace_writesAFailedRecord(CxoneSimulator sim, @TempDir Path dir) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()));
             JsonlAuditLog audit = JsonlAuditLog.builder().directory(dir).build()) {
            DashboardConfigurator configurator = DashboardConfigurator.builder()
                    .dashboards(DashboardsClient.builder(http).maxUpdateAttempts(2).build())
                    .auditLog(audit).build();
            Dashboard desired = Fixtures.currentDashboard("Contended " + UUID.randomUUID());
            String id = configurator.configure(desired).dashboard().value().id();

            sim.faults().concurrentEdits(2);
            try {
                assertThatThrownBy(() -> configurator.configure(desired.toBuilder().refreshInterval(90).build()))
                        .isInstanceOf(ResourceModifiedException.class);
            } finally {
                sim.faults().clear();
            }

            assertThat(audit.verify().valid()).isTrue();
            List<AuditRecord> records = audit.read();
            assertThat(records).extracting(AuditRecord::outcome).containsExactly(AuditOutcome.SUCCESS, AuditOutcome.FAILED);
            AuditRecord failed = records.get(1);
            assertThat(failed.action()).isEqualTo("UpdateDashboard");
            assertThat(failed.resourceId()).isEqualTo(id);
            assertThat(failed.error()).startsWith("ResourceModifiedException");
            assertThat(failed.latencyMillis()).isNotNull().isGreaterThanOrEqualTo(0L);
        }
    }
}
