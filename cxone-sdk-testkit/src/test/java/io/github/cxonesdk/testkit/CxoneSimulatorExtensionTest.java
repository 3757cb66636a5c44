package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class CxoneSimulatorExtensionTest {
    private static CxoneSimulator previous;

    @RepeatedTest(2)
    void methodParameter_getsAFreshStartedSimulator_andTheLastOneWasClosed(CxoneSimulator sim, RepetitionInfo info) {
        assertThat(new RawClient(sim).authenticate().get("/api/v2/dashboards").statusCode()).isEqualTo(200);
        if (info.getCurrentRepetition() == 2) {
            assertThat(sim).isNotSameAs(previous);
            CxoneSimulator closed = previous;
            assertThatThrownBy(() -> new RawClient(closed).authenticate()).isInstanceOf(UncheckedIOException.class);
        }
        previous = sim;
    }
}
