package io.github.cxonesdk.testkit.wiremock;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract suite against the simulator of cxone-sdk-testkit. */
class SimulatorContractIT extends CxoneContractSuite {
    private static final String LIMITED_CLIENT = "limited-client";
    private static final String LIMITED_SECRET = "limited-secret";
    private static final String LIMITED_SCOPE = "dashboard:write";

    private CxoneSimulator sim;

    @BeforeEach
    void start() {
        Set<String> scopes = new HashSet<>(CxoneSimulator.allScopes());
        scopes.remove(LIMITED_SCOPE);
        sim = CxoneSimulator.builder().activationDelay(Duration.ofMillis(300))
                .client(LIMITED_CLIENT, LIMITED_SECRET, scopes).build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Override
    protected CxoneConfig config() {
        return CxoneConfig.fromEnvironment(sim.environment());
    }

    @Override
    protected String[] accessKey() {
        return new String[] {sim.accessKeyId(), sim.accessKeySecret()};
    }

    @Override
    protected void failActivation(String filterName, String reason) {
        sim.failActivation(filterName, reason);
    }

    @Override
    protected void conflictOnNextUpdate(String dashboardId) {
        sim.faults().concurrentEdits(1);
    }

    @Override
    protected void throttle(int count, Duration retryAfter) {
        sim.faults().throttle(count, retryAfter);
    }

    @Override
    protected void serverErrors(int count, int status) {
        sim.faults().serverErrors(count, status);
    }

    @Override
    protected void expireTokens() {
        sim.faults().expireTokens();
    }

    @Override
    protected CxoneConfig configLacking(String scope) {
        if (!LIMITED_SCOPE.equals(scope)) {
            throw new IllegalArgumentException("the limited client lacks only " + LIMITED_SCOPE);
        }
        return config().toBuilder().clientId(LIMITED_CLIENT).clientSecret(Secret.of(LIMITED_SECRET))
                .scopes(java.util.List.of()).build();
    }
}
