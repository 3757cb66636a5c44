package io.github.cxonesdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cxonesdk.core.CxoneConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract suite against the WireMock stubs, on the module path. */
class StubsContractIT extends CxoneContractSuite {
    private WireMockServer server;
    private CxoneStubs stubs;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        stubs = CxoneStubs.register(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected CxoneConfig config() {
        return CxoneConfig.fromEnvironment(stubs.environment());
    }

    @Override
    protected String[] accessKey() {
        return new String[] {CxoneStubs.ACCESS_KEY_ID, CxoneStubs.ACCESS_KEY_SECRET};
    }

    @Override
    protected void failActivation(String filterName, String reason) {
        stubs.filterActivationFails(filterName, reason);
    }

    @Override
    protected void conflictOnNextUpdate(String dashboardId) {
        stubs.dashboardUpdateConflictsOnce(dashboardId);
    }

    @Override
    protected void throttle(int count, Duration retryAfter) {
        stubs.faults().throttle(count, retryAfter);
    }

    @Override
    protected void serverErrors(int count, int status) {
        stubs.faults().serverErrors(count, status);
    }

    @Override
    protected void expireTokens() {
        stubs.faults().expireToken();
    }

    @Override
    protected CxoneConfig configLacking(String scope) {
        stubs.faults().insufficientScope(scope);
        return config();
    }
}
