package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardExampleTest {

    @Test
    void main_runsTheConfiguratorFlowAgainstTheSimulator(@TempDir Path auditDir) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            DashboardExample.main(new String[] {auditDir.toString()});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);

        assertThat(output).contains("embedded simulator")
                .contains("optimizer: PREDICATE_PUSHED")
                .contains("optimizer: RAW_EXTRACTION_AGGREGATED")
                .containsPattern("dashboard: \\S+ CREATED, UPDATED, UNCHANGED")
                .containsPattern("verified webhook deliveries: [1-9]")
                .containsPattern("sha256: [0-9a-f]{64}")
                .containsPattern("audit: 3 records, chain valid");
        try (Stream<Path> files = Files.list(auditDir)) {
            assertThat(files).isNotEmpty();
        }
    }

    @Test
    void run_withBaseUrlSet_usesTheEnvironment_andNamesWhatIsMissing(@TempDir Path auditDir) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DashboardExample.run(Map.of("CXONE_BASE_URL", "https://api.example.invalid"),
                auditDir, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CXONE_TOKEN_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET");
    }
}
