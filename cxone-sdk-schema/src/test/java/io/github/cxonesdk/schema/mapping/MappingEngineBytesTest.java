package io.github.cxonesdk.schema.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.internal.RandomJsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@link MappingEngine#map(byte[])} against its definition: parse with {@code CxoneJson}, map the
 * tree, serialise. Random engines (every route: byte-level, planned tree, whole tree) and random
 * payloads, compared byte for byte, violations included.
 */
class MappingEngineBytesTest {
    private static final String[] SOURCES = {"a", "b", "x", "name", "v", "ab", "é", "a.b", "b.a", "c.b.a", "a[0]", "items[1]",
        "items[0].id", "missing", "a.missing", "name.x", "callDuration", "aVeryLongFieldNameIndeed", "a\u0000b", "abcdefgh", "b.abcdefghi"};
    private static final String[] TARGETS = {"a", "out", "agentId", "customer.level", "customer.name", "customer.tier.x", "wé\"ird",
        "n", "n2", "deep.er.est", "x"};
    private static final String[] WILDCARDS = {"items[*]", "items[*].id", "a[*]"};
    private static final TransformRegistry TRANSFORMS = TransformRegistry.builtIns().with("flaky", (v, args) -> {
        if (v.isString() && v.stringValue().length() % 2 == 1) {
            throw new IllegalArgumentException("odd length: " + v.stringValue().length());
        }
        return JsonNodeFactory.instance.stringNode("flaky:" + v);
    });

    private static JsonNode json(String s) {
        return CxoneJson.mapper().readTree(s);
    }

    /** The result of the tree route: the bytes, or the violations as text. */
    private static String viaTree(MappingEngine e, byte[] payload) {
        try {
            return new String(CxoneJson.mapper().writeValueAsBytes(e.map(CxoneJson.mapper().readTree(payload))), StandardCharsets.UTF_8);
        } catch (ModelValidationException ex) {
            return "violations " + ex.violations();
        }
    }

    private static String viaBytes(MappingEngine e, byte[] payload) {
        try {
            return new String(e.map(payload), StandardCharsets.UTF_8);
        } catch (ModelValidationException ex) {
            return "violations " + ex.violations();
        }
    }

    private static MappingEngine randomEngine(Random r, List<String> described) {
        List<MappingRule> rules = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        boolean wildcard = r.nextInt(6) == 0;
        for (int i = 0; i < n; i++) {
            String target = TARGETS[r.nextInt(TARGETS.length)];
            MappingRule rule;
            if (wildcard && i == 0) {
                String src = WILDCARDS[r.nextInt(WILDCARDS.length)];
                rule = MappingRule.copy(src, "w[*]");
            } else if (r.nextInt(8) == 0) {
                rule = MappingRule.constant(target, json(List.of("2", "\"v2\"", "1.50", "{\"k\":[1,null]}", "null").get(r.nextInt(5))));
            } else {
                String source = SOURCES[r.nextInt(SOURCES.length)];
                rule = switch (r.nextInt(10)) {
                    case 0 -> MappingRule.transform(source, target, "lowercase");
                    case 1 -> MappingRule.transform(source, target, "uppercase");
                    case 2 -> MappingRule.transform(source, target, "divide", json("1000"));
                    case 3 -> MappingRule.transform(source, target, "divide", json(List.of("7", "-10", "1E+3", "10.0", "0.5", "1", "100", "1000000", "10000000").get(r.nextInt(9))));
                    case 4 -> MappingRule.transform(source, target, List.of("toInteger", "trim", "toString", "toNumber", "flaky").get(r.nextInt(5)));
                    default -> MappingRule.copy(source, target);
                };
            }
            if (r.nextInt(5) == 0 && rule.constant() == null) {
                rule = rule.withDefault(json(List.of("0", "\"none\"", "[]").get(r.nextInt(3))));
            }
            if (r.nextInt(6) == 0) {
                rule = rule.asOptional();
            }
            rules.add(rule);
        }
        MappingEngine.Builder b = MappingEngine.builder(new MappingRules(rules)).transforms(TRANSFORMS)
                .strict(r.nextBoolean())
                .nulls(ValuePolicy.values()[r.nextInt(3)])
                .empties(ValuePolicy.values()[r.nextInt(3)])
                .passThroughUnmapped(r.nextInt(6) == 0);
        if (r.nextInt(8) == 0) {
            b.targetSchema(json("{\"type\":\"object\",\"properties\":{\"out\":{\"type\":\"string\"}}}"));
        }
        described.add(rules.toString());
        return b.build();
    }

    @Test
    void randomEnginesAndPayloadsGiveTheTreeRoutesBytes() {
        long seed = 0xB17E5L;
        Random r = new Random(seed);
        RandomJsonText payloads = new RandomJsonText(seed);
        for (int e = 0; e < 400; e++) {
            List<String> described = new ArrayList<>();
            MappingEngine engine = randomEngine(r, described);
            for (int p = 0; p < 60; p++) {
                byte[] payload = payloads.document().getBytes(StandardCharsets.UTF_8);
                assertThat(viaBytes(engine, payload))
                        .as("seed %s engine %s %s payload %s", seed, e, described, new String(payload, StandardCharsets.UTF_8))
                        .isEqualTo(viaTree(engine, payload));
            }
        }
    }

    @Test
    void theBenchmarkTransformGivesTheTreeRoutesBytes() {
        MappingEngine e = MappingEngine.builder(MappingRules.fromJson("""
                {"rules": [
                  {"source": "contactId", "target": "contactId"},
                  {"source": "agentEmail", "target": "agentId", "transform": "lowercase"},
                  {"source": "callDuration", "target": "durationSeconds", "transform": "divide", "args": [1000]},
                  {"source": "skill", "target": "skill", "transform": "uppercase"},
                  {"source": "customer.name", "target": "customerName"},
                  {"source": "customer.tier", "target": "customer.level"},
                  {"target": "schemaVersion", "constant": 2}
                ]}""")).build();
        byte[] payload = ("{\"contactId\":\"c-1\",\"agentEmail\":\"Ada.Lovelace@Example.com\",\"callDuration\":183500,"
                + "\"skill\":\"billing_tier2\",\"customer\":{\"name\":\"Grace Hopper\",\"tier\":\"platinum\"},\"noise\":[1,{\"a\":\"\\u00e9\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(e.map(payload), StandardCharsets.UTF_8)).isEqualTo("{\"contactId\":\"c-1\",\"agentId\":\"ada.lovelace@example.com\","
                + "\"durationSeconds\":183.5,\"skill\":\"BILLING_TIER2\",\"customerName\":\"Grace Hopper\",\"customer\":{\"level\":\"platinum\"},"
                + "\"schemaVersion\":2}");
    }

    @Test
    void divisionOnBytesGivesTheTreeRoutesNumbers() {
        List<String> values = List.of("0", "-0", "5", "-5", "7", "10", "500", "-500", "1000", "-1000", "183500", "12500", "1234567",
                "10000000", "-10000001", "999999999999999999", "-999999999999999999", "1000000000000000000", "9223372036854775807",
                "18446744073709551616", "5.5", "1e3", "\"12\"");
        List<String> divisors = List.of("1", "10", "100", "1000", "1000000", "10000000", "7", "-10", "1E+3", "60");
        int checked = 0;
        for (String divisor : divisors) {
            MappingEngine e = MappingEngine.builder(MappingRules.fromJson("{\"rules\":[{\"source\":\"v\",\"target\":\"q\","
                    + "\"transform\":\"divide\",\"args\":[" + divisor + "]},{\"source\":\"v\",\"target\":\"v\"}]}")).build();
            for (String value : values) {
                byte[] payload = ("{\"v\":" + value + "}").getBytes(StandardCharsets.UTF_8);
                assertThat(viaBytes(e, payload)).as("%s / %s", value, divisor).isEqualTo(viaTree(e, payload));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(230);
    }

    @Test
    void caseChangesOnBytesGiveTheTreeRoutesStringsAtEveryLength() {
        MappingEngine e = MappingEngine.builder(MappingRules.fromJson("""
                {"rules": [{"source": "s", "target": "lower", "transform": "lowercase"},
                           {"source": "s", "target": "upper", "transform": "uppercase"}]}""")).build();
        String alphabet = "AaZz@[`{09 _-Mm~";
        Random r = new Random(7);
        for (int length = 0; length <= 40; length++) {
            for (int k = 0; k < 20; k++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                byte[] payload = ("{\"s\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
                String out = viaBytes(e, payload);
                assertThat(out).as(text.toString()).isEqualTo(viaTree(e, payload));
                if (length > 0) {
                    assertThat(out).contains(text.toString().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
    }

    @Test
    void fieldsKeepTheOrderATreeGivesThemWhenAnEarlierRuleWritesNothing() {
        MappingEngine e = MappingEngine.builder(MappingRules.fromJson("""
                {"rules": [
                  {"source": "a", "target": "x.p"},
                  {"source": "b", "target": "y"},
                  {"source": "c", "target": "x.q"},
                  {"source": "d", "target": "y"}
                ]}""")).build();
        byte[] payload = "{\"b\":1,\"c\":2,\"d\":3}".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(e.map(payload), StandardCharsets.UTF_8)).isEqualTo("{\"y\":3,\"x\":{\"q\":2}}").isEqualTo(viaTree(e, payload));
    }

    @Test
    void malformedPayloadsFailWithTheOffsetAndWithoutTheContent() {
        MappingEngine e = MappingEngine.builder(MappingRules.fromJson("{\"rules\":[{\"source\":\"a\",\"target\":\"b\"}]}")).build();
        MappingEngine whole = MappingEngine.builder(MappingRules.fromJson("{\"rules\":[{\"source\":\"a\",\"target\":\"b\"}]}"))
                .passThroughUnmapped(true).build();
        for (MappingEngine engine : List.of(e, whole)) {
            assertThatThrownBy(() -> engine.map("{\"a\":\"s3cr3t\",\"b\":01}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ModelValidationException.class)
                    .hasMessageContaining("malformed JSON at byte 19: leading zeros are not allowed")
                    .hasMessageNotContaining("s3cr3t");
            assertThatThrownBy(() -> engine.map(new byte[0])).hasMessageContaining("no JSON value");
            assertThatThrownBy(() -> engine.map("[".repeat(100_000).getBytes(StandardCharsets.US_ASCII)))
                    .hasMessageContaining("nesting deeper than 500");
        }
    }

    @Test
    void mutatedPayloadsAreRejectedExactlyWhenJacksonRejectsThem() {
        MappingEngine e = MappingEngine.builder(MappingRules.fromJson(
                "{\"rules\":[{\"source\":\"a\",\"target\":\"b\"},{\"source\":\"name\",\"target\":\"n\",\"transform\":\"lowercase\"}]}")).build();
        RandomJsonText gen = new RandomJsonText(7L);
        for (int i = 0; i < 5_000; i++) {
            byte[] payload = gen.mutated(gen.document());
            boolean jacksonRejects;
            try {
                JsonNode n = CxoneJson.mapper().readTree(payload);
                jacksonRejects = n == null || n.isMissingNode();
            } catch (RuntimeException ex) {
                jacksonRejects = true;
            }
            if (jacksonRejects) {
                assertThatThrownBy(() -> e.map(payload)).as(new String(payload, StandardCharsets.UTF_8))
                        .isInstanceOf(ModelValidationException.class).hasMessageContaining("malformed JSON");
            } else {
                assertThat(viaBytes(e, payload)).isEqualTo(viaTree(e, payload));
            }
        }
    }

    @Test
    void hugeUnmappedFieldsAreSkippedAndNonObjectRootsMapToEmpty() {
        MappingEngine e = MappingEngine.builder(MappingRules.fromJson("{\"rules\":[{\"source\":\"id\",\"target\":\"id\"}]}")).build();
        byte[] big = ("{\"blob\":\"" + "x".repeat(20_000_000) + "\",\"list\":[" + "{\"id\":1},".repeat(100_000) + "{}],\"id\":7}")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(new String(e.map(big), StandardCharsets.US_ASCII)).isEqualTo("{\"id\":7}");
        assertThat(new String(e.map("[1,2]".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII)).isEqualTo("{}");
        assertThat(new String(e.map("\"id\"".getBytes(StandardCharsets.US_ASCII)), StandardCharsets.US_ASCII)).isEqualTo("{}");
    }
}
