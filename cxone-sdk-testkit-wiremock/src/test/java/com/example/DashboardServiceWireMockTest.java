package com.example;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.exception.ForbiddenException;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardsClient;
import io.github.cxonesdk.testkit.wiremock.CxoneStubs;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardServiceWireMockTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    CxoneStubs stubs;
    CxoneConfig config;

    @BeforeEach
    void stubCxone() {
        // the extension removes every stub after each test, so register them before each
        stubs = CxoneStubs.register(wm.getRuntimeInfo());
        config = CxoneConfig.fromEnvironment(stubs.environment());
    }

    @Test
    void readsADashboard() {
        try (CxoneHttp http = CxoneHttp.create(config)) {
            Dashboard dashboard = DashboardsClient.create(http).get("db-42").value();
            assertThat(dashboard.id()).isEqualTo("db-42");
        }
    }

    @Test
    void ridesOutThrottlingAndAConcurrentEdit() {
        stubs.faults().throttle(2, Duration.ofSeconds(1));   // two 429s, Retry-After: 1
        stubs.dashboardUpdateConflictsOnce("db-42");         // the first PUT answers 412
        try (CxoneHttp http = CxoneHttp.create(config)) {
            Dashboard updated = DashboardsClient.create(http)
                    .update("db-42", d -> d.toBuilder().refreshInterval(30).build())
                    .value();
            assertThat(updated.refreshInterval()).isEqualTo(30);
        }
    }

    @Test
    void reportsAMissingScope() {
        stubs.faults().insufficientScope("dashboard:write");
        try (CxoneHttp http = CxoneHttp.create(config)) {
            assertThatThrownBy(() -> DashboardsClient.create(http).delete("db-42"))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.missingScope()).hasValue("dashboard:write"));
        }
    }
}
