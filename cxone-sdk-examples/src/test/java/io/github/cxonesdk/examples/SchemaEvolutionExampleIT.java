package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.ChangeKind;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.Publication;
import io.github.cxonesdk.schema.SchemaChange;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

        assertThat(outcome.publications()).extracting(Publication::published).containsExactly(true, true, false);
        assertThat(outcome.publications().get(2).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("migrating to version 2").contains("agentIdFromEmail"));
        assertThat(outcome.receivedV2()).hasSize(2);
        JsonNode first = CxoneJson.mapper().readTree(outcome.receivedV2().get(0));
        assertThat(first.get("schema_version").stringValue()).isEqualTo("2");
        assertThat(first.get("payload")).isEqualTo(outcome.events().get(0).payload());
        assertThat(CxoneJson.mapper().readTree(outcome.receivedV2().get(1)).at("/payload/contactId").stringValue()).isEqualTo("c-2");
        assertThat(output).contains("SSE streams: http://127.0.0.1:").contains("/events/v2")
                .contains("not published: ").contains("v2 subscriber received: ");
    }
}
