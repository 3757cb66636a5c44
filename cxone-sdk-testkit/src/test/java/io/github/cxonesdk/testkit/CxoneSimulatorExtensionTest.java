package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class CxoneSimulatorExtensionTest {
    private static final Set<CxoneSimulator> SEEN = new HashSet<>();

    @RepeatedTest(2)
    void methodParameter_getsAFreshStartedSimulator(CxoneSimulator sim) {
        assertThat(SEEN.add(sim)).isTrue();
        assertThat(new RawClient(sim).authenticate().get("/api/v2/dashboards").statusCode()).isEqualTo(200);
    }
}
