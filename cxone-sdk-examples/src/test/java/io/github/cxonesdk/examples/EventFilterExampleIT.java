package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.eventbridge.FilterDeployment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFilterExampleIT {
    @Test
    void runsTheWholeFlowAgainstTheEmbeddedSimulator() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        FilterDeployment deployment = EventFilterExample.run(Map.of(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(deployment.state().isActive()).isTrue();
        assertThat(out).contains("Target: embedded simulator at http://127.0.0.1:")
                .containsPattern("Filter platinum_voice_routing \\(\\S+\\) is ACTIVE in group grp_downstream_processor_01")
                .contains("  name: platinum_voice_routing")
                .containsPattern("Hits in the last hour: \\d+")
                .containsPattern("Audit entries: [1-9]");
    }

    @Test
    void withBaseUrlSet_usesTheEnvironment_andNamesWhatIsMissing() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventFilterExample.run(Map.of("CXONE_BASE_URL", "https://api.example.invalid"), out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CXONE_TOKEN_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET");
    }
}
