package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.schema.ChangeKind;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.SchemaChange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaEvolutionExampleIT {

    @Test
    void diffsMapsAndIngestsAgainstTheEmbeddedSimulator() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        SchemaEvolutionExample.Outcome outcome = SchemaEvolutionExample.run(Map.of(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(outcome.report().isCompatible(CompatibilityMode.BACKWARD)).isFalse();
        assertThat(outcome.report().changes()).extracting(SchemaChange::kind)
                .contains(ChangeKind.REQUIRED_ADDED, ChangeKind.REQUIRED_REMOVED, ChangeKind.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL);
        assertThat(outcome.events()).hasSize(2).allSatisfy(e -> assertThat(e.schemaVersion()).isEqualTo("2"));
        assertThat(outcome.events().get(0).payload().toString())
                .isEqualTo("{\"contactId\":\"c-1\",\"agentId\":\"1001\",\"durationSeconds\":183.5,\"skill\":\"billing tier2\"}");
        assertThat(outcome.events().get(1).payload().has("legacyFlag")).isFalse();
        assertThat(outcome.receipts()).allSatisfy(r -> assertThat(r.status()).isEqualTo("accepted"));
        assertThat(output).contains("BACKWARD compatible: false").contains("e.g. BACKWARD: ")
                .contains("target: embedded simulator at http://127.0.0.1:").contains("ingested c-2 as ");
    }
}
