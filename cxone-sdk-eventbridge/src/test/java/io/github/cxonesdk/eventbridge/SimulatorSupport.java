package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.time.Duration;
import java.util.List;

/** Builds SDK clients against a running simulator. */
final class SimulatorSupport {
    static final List<String> SCOPES = List.of("event-processing:read", "event-processing:write", "analytics:read");

    private SimulatorSupport() {
    }

    static CxoneHttp http(CxoneSimulator sim) {
        return CxoneHttp.create(CxoneConfig.builder()
                .baseUrl(sim.baseUrl())
                .tokenUrl(sim.tokenUrl())
                .clientId(sim.clientId())
                .clientSecret(Secret.of(sim.clientSecret()))
                .scopes(SCOPES)
                .build());
    }

    /** A client that polls activation quickly, so the tests do not idle. */
    static FiltersClient filters(CxoneHttp http) {
        return FiltersClient.builder().http(http).pollDelays(Duration.ofMillis(20), Duration.ofMillis(200)).build();
    }
}
