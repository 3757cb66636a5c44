package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.util.List;

/** Builds an SDK pipeline against a simulator. */
final class SimulatorHttp {
    static final List<String> SCOPES = List.of("dashboard:read", "dashboard:write", "event:subscribe", "webhook:write");

    private SimulatorHttp() {
    }

    static CxoneConfig config(CxoneSimulator sim) {
        return CxoneConfig.builder()
                .baseUrl(sim.baseUrl())
                .tokenUrl(sim.tokenUrl())
                .clientId(sim.clientId())
                .clientSecret(Secret.of(sim.clientSecret()))
                .scopes(SCOPES)
                .build();
    }

    static CxoneHttp create(CxoneSimulator sim) {
        return CxoneHttp.create(config(sim));
    }

    /** A dashboard valid now, for the simulator's real clock. */
    static Dashboard dashboard(String name) {
        java.time.Instant end = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        Dashboard fixture = Fixtures.dashboard();
        List<Widget> widgets = fixture.widgets().stream().map(w -> w.toBuilder().query(w.query().toBuilder()
                .dateRange(DateRange.lasting(java.time.Duration.ofDays(7), end))
                .filters(QueryFilter.in("skill", List.of("sales", "support")))
                .build()).build()).toList();
        return fixture.toBuilder().name(name).widgets(widgets).build();
    }
}
