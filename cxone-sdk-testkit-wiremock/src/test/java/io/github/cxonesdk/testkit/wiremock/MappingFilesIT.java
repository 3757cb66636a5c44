package io.github.cxonesdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardsClient;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The mapping files, without the Java API: exported to a directory, or read from the jar, they load into
 * a fresh standalone WireMockServer and serve the SDK (on the module path, as teams running WireMock
 * standalone or in Docker would use them).
 */
class MappingFilesIT {

    @Test
    void integrationTests_runOnTheModulePath_withTheDescriptorInForce() {
        Module module = CxoneStubs.class.getModule();
        assertThat(module.isNamed()).isTrue();
        assertThat(module.getName()).isEqualTo("io.github.cxonesdk.testkit.wiremock");
        assertThat(module.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("io.github.cxonesdk.testkit.wiremock");
        assertThat(module.canRead(com.github.tomakehurst.wiremock.client.WireMock.class.getModule())).isTrue();
    }

    @Test
    void exportedMappings_loadIntoAFreshServer_andServeTheSdk(@TempDir Path dir) {
        CxoneStubs.export(dir);
        exercise(options().usingFilesUnderDirectory(dir.toString()));
    }

    @Test
    void shippedMappings_loadFromTheClassPathRoot() {
        exercise(options().usingFilesUnderClasspath(CxoneStubs.MAPPINGS_ROOT));
    }

    private static void exercise(WireMockConfiguration options) {
        WireMockServer server = new WireMockServer(options.bindAddress("127.0.0.1").dynamicPort());
        server.start();
        try {
            assertThat(server.getStubMappings()).extracting(StubMapping::getName).containsExactlyInAnyOrderElementsOf(
                    CxoneStubs.mappings().stream().map(StubMapping::getName).toList());
            URI base = URI.create(server.baseUrl());
            CxoneConfig config = CxoneConfig.builder().baseUrl(base).tokenUrl(base.resolve(CxoneStubs.TOKEN_PATH))
                    .clientId(CxoneStubs.CLIENT_ID).clientSecret(Secret.of(CxoneStubs.CLIENT_SECRET)).build();
            try (CxoneHttp http = CxoneHttp.create(config)) {
                DashboardsClient dashboards = DashboardsClient.create(http);
                assertThat(dashboards.get("db-42").value().id()).isEqualTo("db-42");
                assertThat(dashboards.list().stream().map(Dashboard::id)).hasSize(5).doesNotHaveDuplicates();

                FilterCalls filters = new FilterCalls(http);
                List<String> statuses = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    JsonNode status = filters.status("flt-00000001");
                    statuses.add(status.get("status").stringValue());
                }
                assertThat(statuses).containsExactly("DRAFT", "PENDING_ACTIVATION", "ACTIVE", "ACTIVE");

                java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
                Dashboard updated = dashboards.update(CxoneStubs.CONFLICTING_DASHBOARD_ID, d -> {
                    applied.incrementAndGet();
                    return d.toBuilder().refreshInterval(30).build();
                }).value();
                assertThat(applied).hasValue(2);
                assertThat(updated.refreshInterval()).isEqualTo(30);

                String failing = filters.create(ContractFixtures.filter(CxoneStubs.FAILING_FILTER_NAME)).body()
                        .get("id").stringValue();
                statuses.clear();
                for (int i = 0; i < 3; i++) {
                    statuses.add(filters.status(failing).get("status").stringValue());
                }
                assertThat(statuses).containsExactly("DRAFT", "PENDING_ACTIVATION", "FAILED");
                assertThat(filters.status(failing).get("reason").stringValue())
                        .isEqualTo(CxoneStubs.FAILING_FILTER_REASON);
            }
        } finally {
            server.stop();
        }
    }
}
