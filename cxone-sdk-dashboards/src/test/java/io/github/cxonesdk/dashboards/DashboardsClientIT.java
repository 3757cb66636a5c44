package io.github.cxonesdk.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.OptimisticLocking;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.spi.CallInfo;
import io.github.cxonesdk.core.spi.CxoneListener;
import io.github.cxonesdk.dashboards.webhook.SubscriptionsClient;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class DashboardsClientIT {

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    @Test
    void create_get_list_update_delete(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            Dashboard desired = Fixtures.currentDashboard(unique("Agent Performance Monitor"));

            Versioned<Dashboard> created = dashboards.create(desired);
            String id = created.value().id();
            assertThat(id).isNotBlank();
            assertThat(created.etag()).isNotBlank();
            assertThat(created.value().toBuilder().id(null).build()).isEqualTo(desired);

            Versioned<Dashboard> read = dashboards.get(id);
            assertThat(read.value()).isEqualTo(created.value());
            assertThat(read.etag()).isEqualTo(created.etag());

            Versioned<Dashboard> updated = dashboards.update(id, read.value().toBuilder().refreshInterval(30).build(),
                    read.etag());
            assertThat(updated.value().refreshInterval()).isEqualTo(30);
            assertThat(updated.etag()).isNotEqualTo(read.etag());
            assertThat(dashboards.get(id).value().refreshInterval()).isEqualTo(30);

            assertThatThrownBy(() -> dashboards.update(id, read.value(), read.etag()))
                    .isInstanceOf(io.github.cxonesdk.core.exception.ResourceModifiedException.class);

            dashboards.delete(id);
            assertThatThrownBy(() -> dashboards.get(id)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void list_walksEveryPageLazily(CxoneSimulator sim) {
        AtomicInteger listCalls = new AtomicInteger();
        CxoneListener counting = new CxoneListener() {
            @Override
            public void onAttempt(CallInfo call, int attempt) {
                if (call.operation().equals("ListDashboards")) {
                    listCalls.incrementAndGet();
                }
            }
        };
        try (CxoneHttp http = CxoneHttp.builder().config(CxoneConfig.fromEnvironment(sim.environment()))
                .listener(counting).build()) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String prefix = unique("Listed");
            for (int i = 0; i < 7; i++) {
                dashboards.create(Fixtures.currentDashboard(prefix + " #" + i));
            }
            // Lazy: no request until iterated, then one page per 3 items actually consumed.
            io.github.cxonesdk.core.paging.Paged<Dashboard> paged = dashboards.list(3);
            assertThat(listCalls).hasValue(0);
            assertThat(paged.stream().limit(4).count()).isEqualTo(4);
            assertThat(listCalls).hasValue(2);
            listCalls.set(0);
            Set<String> names = dashboards.list(3).stream().map(Dashboard::name)
                    .filter(n -> n.startsWith(prefix)).collect(Collectors.toSet());
            assertThat(names).hasSize(7);
            assertThat(dashboards.list(3).byPage().next().items()).hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void invalidDashboard_failsBeforeAnyRequest(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String name = unique("Invalid");
            Dashboard invalid = Fixtures.currentDashboard(name).updateWidget(0, w -> w.toBuilder()
                    .query(w.query().toBuilder().groupBy("a", "b", "c", "d", "e", "f").build()).build());

            assertThatThrownBy(() -> dashboards.create(invalid))
                    .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                            .extracting(v -> v.path()).containsExactly("widgets[0].query.groupBy"));
            assertThat(dashboards.list().stream().map(Dashboard::name)).doesNotContain(name);
        }
    }

    @Test
    void twoWritersRacing_bothChangesSurvive_underConcurrentEdits(CxoneSimulator sim) throws Exception {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.builder(http).maxUpdateAttempts(10).build();
            Dashboard base = Fixtures.currentDashboard(unique("Raced")).toBuilder()
                    .widgets(Fixtures.currentDashboard("x").widgets().get(0)).build();
            String id = dashboards.create(base).value().id();
            sim.faults().concurrentEdit(true);

            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CompletableFuture<Versioned<Dashboard>> a = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return dashboards.update(id, d -> addWidget(d, "Writer A", Position.of(0, 2, 2, 2)));
                }, pool);
                CompletableFuture<Versioned<Dashboard>> b = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return dashboards.update(id, d -> addWidget(d, "Writer B", Position.of(2, 2, 2, 2)));
                }, pool);
                CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
                sim.faults().clear();
            }

            Dashboard result = dashboards.get(id).value();
            assertThat(result.widgets()).extracting(Widget::title)
                    .containsExactlyInAnyOrder(base.widgets().get(0).title(), "Writer A", "Writer B");
            // The simulator's own concurrent edit survives too: every change was re-applied to fresh state.
            assertThat(result.description()).isEqualTo("edited concurrently by the simulator");
        }
    }

    @Test
    void racingMergeWriters_fromOneBase_loseNoUpdate_underConcurrentEdits(CxoneSimulator sim) throws Exception {
        int writers = 6;
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.builder(http).maxUpdateAttempts(50).build();
            Dashboard template = Fixtures.currentDashboard(unique("Merged"));
            List<Widget> widgets = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                widgets.add(template.widgets().get(0).toBuilder().title("W" + i).layout(Position.of(i % 2 * 2, i / 2 * 2, 2, 2))
                        .build());
            }
            String id = dashboards.create(template.toBuilder().widgets(widgets).build()).value().id();
            sim.faults().concurrentEdits(3); // the simulator edits the description before three of the PUTs

            // Every writer reads the same base, then all write at once: a plain "replace with mine"
            // would keep only the last writer's change.
            Versioned<Dashboard> base = dashboards.get(id);
            CyclicBarrier start = new CyclicBarrier(writers);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<CompletableFuture<Versioned<Dashboard>>> results = new java.util.ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    int mine = i;
                    Dashboard desired = base.value().updateWidget(mine, w -> w.toBuilder().refreshInterval(100 + mine).build());
                    results.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return dashboards.merge(id, base.value(), desired);
                    }, pool));
                }
                CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
                sim.faults().clear();
            }

            Dashboard result = dashboards.get(id).value();
            assertThat(result.widgets()).extracting(Widget::refreshInterval)
                    .containsExactly(100, 101, 102, 103, 104, 105);
            assertThat(result.description()).isEqualTo("edited concurrently by the simulator");
        }
    }

    @Test
    void mergeWhereBothChangedOneField_failsNamingIt_andWritesNothing(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(Fixtures.currentDashboard(unique("Conflicted"))).value().id();
            Versioned<Dashboard> base = dashboards.get(id);
            Versioned<Dashboard> theirs = dashboards.update(id, d -> d.toBuilder().refreshInterval(30).build());

            assertThatThrownBy(() -> dashboards.merge(id, base.value(), base.value().toBuilder().refreshInterval(60).build()))
                    .isInstanceOfSatisfying(DashboardMergeConflictException.class,
                            e -> assertThat(e.paths()).containsExactly("refreshInterval"));
            assertThat(dashboards.get(id)).isEqualTo(theirs);
        }
    }

    @Test
    void throttlingBurst_isAbsorbedByRetries(CxoneSimulator sim) {
        List<Duration> advertised = new CopyOnWriteArrayList<>();
        List<Duration> slept = new CopyOnWriteArrayList<>();
        CxoneListener listener = new CxoneListener() {
            @Override
            public void onThrottled(CallInfo call, Duration retryAfter) {
                advertised.add(retryAfter);
            }
        };
        try (CxoneHttp http = CxoneHttp.builder().config(CxoneConfig.fromEnvironment(sim.environment()))
                .listener(listener).sleeper(slept::add).build()) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(Fixtures.currentDashboard(unique("Throttled"))).value().id();
            sim.faults().throttle(3, Duration.ofSeconds(2));
            try {
                assertThat(dashboards.get(id).value().id()).isEqualTo(id);
                Versioned<Dashboard> updated = dashboards.update(id, d -> d.toBuilder().refreshInterval(60).build());
                assertThat(updated.value().refreshInterval()).isEqualTo(60);
            } finally {
                sim.faults().clear();
            }
            // Every 429 of the burst was seen, and the pipeline waited as long as the server asked.
            assertThat(advertised).hasSize(3).containsOnly(Duration.ofSeconds(2));
            assertThat(slept).contains(Duration.ofSeconds(2));
        }
    }

    @Test
    void update_byDefault_triesAsOftenAsCoreOptimisticLocking_thenSurfacesTheConflict(CxoneSimulator sim) {
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(Fixtures.currentDashboard(unique("Hot"))).value().id();
            AtomicInteger applied = new AtomicInteger();
            sim.faults().concurrentEdits(OptimisticLocking.DEFAULT_MAX_ATTEMPTS + 5);
            try {
                assertThatThrownBy(() -> dashboards.update(id, d -> {
                    applied.incrementAndGet();
                    return d.toBuilder().refreshInterval(99).build();
                })).isInstanceOf(ResourceModifiedException.class);
            } finally {
                sim.faults().clear();
            }

            assertThat(applied).hasValue(OptimisticLocking.DEFAULT_MAX_ATTEMPTS);
        }
    }

    @Test
    void clientsOwnNothing_soTheyAreNotCloseable() {
        assertThat(AutoCloseable.class.isAssignableFrom(DashboardsClient.class)).isFalse();
        assertThat(AutoCloseable.class.isAssignableFrom(SubscriptionsClient.class)).isFalse();
    }

    @Test
    void builder_checksEachArgumentWhereItIsGiven(CxoneSimulator sim) {
        assertThatThrownBy(() -> DashboardsClient.builder(null))
                .isInstanceOf(NullPointerException.class).hasMessage("http == null");
        assertThatThrownBy(() -> DashboardsClient.create((CxoneHttp) null))
                .isInstanceOf(NullPointerException.class).hasMessage("http == null");
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient.Builder builder = DashboardsClient.builder(http);
            assertThatThrownBy(() -> builder.maxUpdateAttempts(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxUpdateAttempts");
            assertThatThrownBy(() -> builder.clock(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("clock == null");
            assertThatThrownBy(() -> DashboardsClient.create(http).list(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        }
    }

    private static Dashboard addWidget(Dashboard dashboard, String title, Position position) {
        Widget template = dashboard.widgets().get(0);
        return dashboard.toBuilder().addWidget(template.toBuilder().title(title).layout(position).build()).build();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
