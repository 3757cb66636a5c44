package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.dashboards.ConfigurationResult;
import io.github.cxonesdk.dashboards.query.QueryChange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardExampleIT {

    @Test
    void runsTheConfiguratorFlowAgainstTheEmbeddedSimulator(@TempDir Path auditDir) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ConfigurationResult result = DashboardExample.run(Map.of(), auditDir,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(result.payloadSha256()).matches("[0-9a-f]{64}");
        // The optimisation done from drafts before the configurator runs is reported, not "0 changes".
        assertThat(result.changes()).extracting(QueryChange::kind)
                .contains(QueryChange.Kind.PREDICATE_PUSHED, QueryChange.Kind.RAW_EXTRACTION_AGGREGATED);
        assertThat(result.auditRecord().event().attributes().get("optimizerChanges")).isNotEqualTo("0");
        assertThat(output).contains("target: embedded simulator at http://127.0.0.1:")
                .contains("optimizer: PREDICATE_PUSHED")
                .contains("optimizer: RAW_EXTRACTION_AGGREGATED")
                .containsPattern("dashboard: \\S+ CREATED, UPDATED, UNCHANGED")
                .containsPattern("verified webhook deliveries: [1-9]")
                .contains("sha256: " + result.payloadSha256())
                .containsPattern("audit: 3 records, chain valid");
        try (Stream<Path> files = Files.list(auditDir)) {
            assertThat(files).isNotEmpty();
        }
    }

    @Test
    void withBaseUrlSet_usesTheEnvironment_andNamesWhatIsMissing(@TempDir Path auditDir) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DashboardExample.run(Map.of("CXONE_BASE_URL", "https://api.example.invalid"),
                auditDir, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CXONE_TOKEN_URL, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET");
    }
}
