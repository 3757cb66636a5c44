package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CxoneSimulatorMainTest {

    @Test
    void start_parsesOptions_startsTheWorkload_andPrintsTheEnvironmentAsExports() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (CxoneSimulator sim = CxoneSimulatorMain.start(new String[] {"--port", "0", "--rate", "200", "--seed", "3",
            "--activation-delay", "PT0.1S", "--heartbeat", "PT5S"}, out)) {
            String printed = buffer.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("export CXONE_BASE_URL=" + sim.baseUrl() + "\n")
                    .contains("export CXONE_EVENT_STREAM_URL=" + sim.eventStreamUrl() + "\n")
                    .contains("export CXONE_CLIENT_ID=" + sim.clientId() + "\n")
                    .contains("export CXONE_SCOPES='" + String.join(" ", CxoneSimulator.allScopes()) + "'\n");
            assertThat(printed.lines().filter(line -> line.startsWith("export "))).hasSize(sim.environment().size());
            assertThat(printed.lines()).allMatch(line -> line.startsWith("export ") || line.startsWith("#"));
            await().atMost(Duration.ofSeconds(20)).until(() -> sim.workload().emittedCount() > 0);
            assertThat(sim.workload().emitted()).isEmpty();
        }
    }

    @Test
    void shellQuoted_quotesOnlyWhatTheShellWouldSplitOrExpand() {
        assertThat(CxoneSimulatorMain.shellQuoted("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
        assertThat(CxoneSimulatorMain.shellQuoted("a b")).isEqualTo("'a b'");
        assertThat(CxoneSimulatorMain.shellQuoted("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
        assertThat(CxoneSimulatorMain.shellQuoted("")).isEqualTo("''");
    }

    @Test
    void start_rejectsUnknownOptions_andHelpStartsNothing() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CxoneSimulatorMain.start(new String[] {"--bogus", "1"}, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--bogus");
        assertThatThrownBy(() -> CxoneSimulatorMain.start(new String[] {"--port"}, out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CxoneSimulatorMain.start(new String[] {"--help"}, out)).isNull();
    }
}
