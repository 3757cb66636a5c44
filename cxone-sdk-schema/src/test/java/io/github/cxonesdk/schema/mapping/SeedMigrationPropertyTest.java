package io.github.cxonesdk.schema.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.SchemaDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: every payload valid under the seed's legacy schema, mapped with the seed's v1 to v2
 * rules, is valid under the target schema. Payloads come from a seeded generator (the seed is in
 * the failure message), including legacy-only extra fields and messy whitespace.
 */
class SeedMigrationPropertyTest {
    private static final long SEED = 0x5eed_2026L;
    private static final int RUNS = 2_000;

    static String text(String name) throws IOException {
        try (InputStream in = SeedMigrationPropertyTest.class.getResourceAsStream("/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TransformRegistry seedTransforms() {
        // the seed's directory lookup: agent e-mail -> numeric agent id
        return TransformRegistry.builtIns().with("agentIdFromEmail", (v, args) -> {
            String email = v.stringValue();
            if (email.indexOf('@') <= 0) {
                throw new IllegalArgumentException("not an e-mail address");
            }
            return JsonNodeFactory.instance.stringNode(Integer.toString(Math.floorMod(email.hashCode(), 9_000_000) + 1_000_000));
        });
    }

    @Test
    void mappedLegacyPayloadsValidateAgainstTheNewSchema() throws IOException {
        JsonNode legacy = CxoneJson.mapper().readTree(text("legacy-v1.schema.json"));
        JsonNode target = CxoneJson.mapper().readTree(text("target-v2.schema.json"));
        assertThat(SchemaDiff.compare(legacy, target).isCompatible(CompatibilityMode.BACKWARD))
                .as("the pair needs a migration in the first place").isFalse();
        PayloadValidator validator = PayloadValidator.create();
        MappingEngine engine = MappingEngine.builder(MappingRules.fromYaml(text("v1-to-v2.rules.yaml")))
                .transforms(seedTransforms()).strict(false).targetSchema(target, validator).build();
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            JsonNode payload = legacyPayload(random);
            assertThat(validator.validate(legacy, payload).violations()).as("generator output is legacy-valid: %s", payload).isEmpty();
            JsonNode mapped = engine.map(payload); // throws, naming every violation, if the target schema rejects it
            assertThat(mapped.get("durationSeconds").decimalValue().multiply(java.math.BigDecimal.valueOf(1000)).compareTo(
                    payload.get("callDuration").decimalValue())).as("seed %s run %s", SEED, run).isZero();
        }
    }

    private static JsonNode legacyPayload(Random r) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("contactId", "c-" + Long.toHexString(r.nextLong()));
        p.put("agentEmail", word(r, 1 + r.nextInt(12)) + "@" + word(r, 1 + r.nextInt(8)) + ".com");
        p.put("callDuration", r.nextInt(4) == 0 ? 0 : r.nextInt(10_000_000));
        if (r.nextBoolean()) {
            p.put("skill", " ".repeat(r.nextInt(3)) + word(r, 1 + r.nextInt(6)) + "  " + word(r, 1 + r.nextInt(6)) + "\t");
        }
        if (r.nextInt(3) == 0) {
            p.put("legacyFlag", r.nextBoolean()); // legacy model is open: undeclared fields occur
        }
        return p;
    }

    private static String word(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
