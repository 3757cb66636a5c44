package io.github.cxonesdk.schema.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class MappingEngineTest {
    static JsonNode json(String s) {
        return CxoneJson.mapper().readTree(s.replace('\'', '"'));
    }

    static MappingEngine engine(String rulesJson) {
        return MappingEngine.builder(MappingRules.fromJson(rulesJson.replace('\'', '"'))).build();
    }

    @Test
    void nestedPathsAndIndexes() {
        MappingEngine e = engine("{'rules':[{'source':'agent.contact.email','target':'agentEmail'},"
                + "{'source':'legs[0].duration','target':'call.firstLeg.seconds'}]}");
        JsonNode out = e.map(json("{'agent':{'contact':{'email':'a@x.io'}},'legs':[{'duration':5},{'duration':7}]}"));
        assertThat(out).isEqualTo(json("{'agentEmail':'a@x.io','call':{'firstLeg':{'seconds':5}}}"));
    }

    @Test
    void wildcardsMapElementWiseAndKeepAlignment() {
        MappingEngine e = engine("{'rules':[{'source':'lines[*].sku','target':'items[*].id'},"
                + "{'source':'lines[*].qty','target':'items[*].quantity','transform':'toInteger'}]}");
        JsonNode out = e.map(json("{'lines':[{'sku':'A','qty':'2'},{'qty':3},{'sku':'C','qty':1.0}]}"));
        assertThat(out).isEqualTo(json("{'items':[{'id':'A','quantity':2},{'quantity':3},{'id':'C','quantity':1}]}"));
    }

    @Test
    void arraysAreNeverPaddedWithNulls() {
        MappingEngine e = engine("{'rules':[{'source':'a[*].v','target':'b[*].w'}]}");
        JsonNode out = e.map(json("{'a':[{'x':1},{'x':2},{'v':3}]}"));
        assertThat(out).isEqualTo(json("{'b':[{'w':3}]}"));
        JsonNode indexed = engine("{'rules':[{'source':'x','target':'arr[3]'}]}").map(json("{'x':1}"));
        assertThat(indexed).isEqualTo(json("{'arr':[1]}"));
    }

    @Test
    void builtInTransformsAndConstants() {
        MappingEngine e = engine("{'rules':["
                + "{'source':'name','target':'name','transform':'normalizeWhitespace'},"
                + "{'source':'email','target':'email','transform':'lowercase'},"
                + "{'source':'ms','target':'seconds','transform':'convert','args':['ms','s']},"
                + "{'source':'kb','target':'bytes','transform':'multiply','args':[1024]},"
                + "{'source':'flag','target':'flag','transform':'toBoolean'},"
                + "{'source':'n','target':'text','transform':'toString'},"
                + "{'target':'schemaVersion','constant':2}]}");
        JsonNode out = e.map(json("{'name':'  Ada   Lovelace ','email':'ADA@X.IO','ms':1500,'kb':2,'flag':'TRUE','n':12}"));
        assertThat(out).isEqualTo(json("{'name':'Ada Lovelace','email':'ada@x.io','seconds':1.5,'bytes':2048,'flag':true,"
                + "'text':'12','schemaVersion':2}"));
    }

    @Test
    void divisionAndUnitConversionAreExact() {
        MappingEngine e = engine("{'rules':["
                + "{'source':'a','target':'a','transform':'divide','args':[1000]},"
                + "{'source':'b','target':'b','transform':'divide','args':[3]},"
                + "{'source':'c','target':'c','transform':'divide','args':[0.5]},"
                + "{'source':'d','target':'d','transform':'convert','args':['s','min']},"
                + "{'source':'e','target':'e','transform':'convert','args':['h','ms']},"
                + "{'source':'f','target':'f','transform':'divide','args':[1000]},"
                + "{'source':'g','target':'g','transform':'convert','args':['MB','KB']}]}");
        JsonNode out = e.map(json("{'a':183500,'b':1,'c':3,'d':90,'e':2,'f':-7,'g':1.5}"));
        assertThat(out.toString()).isEqualTo("{\"a\":183.5,\"b\":0.3333333333333333,\"c\":6,\"d\":1.5,"
                + "\"e\":7200000,\"f\":-0.007,\"g\":1536}");
        assertThatThrownBy(() -> engine("{'rules':[{'source':'a','target':'a','transform':'convert','args':['ms','KB']}]}")
                .map(json("{'a':1}"))).isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> engine("{'rules':[{'source':'a','target':'a','transform':'divide','args':[0]}]}")
                .map(json("{'a':1}"))).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void userFunctionsComeFromTheRegistry() {
        TransformRegistry registry = TransformRegistry.builtIns()
                .with("agentIdFromEmail", (v, args) -> JsonNodeFactory.instance.stringNode("id-" + v.stringValue().hashCode()));
        MappingEngine e = MappingEngine.builder(MappingRules.of(MappingRule.transform("agentEmail", "agentId", "agentIdFromEmail")))
                .transforms(registry).build();
        assertThat(e.map(json("{'agentEmail':'a@b.c'}")).get("agentId").stringValue()).startsWith("id-");
    }

    @Test
    void defaultsFillMissingSources() {
        MappingEngine e = MappingEngine.builder(MappingRules.of(
                MappingRule.copy("skill", "skill").withDefault(json("'general'")))).strict(true).build();
        assertThat(e.map(json("{}"))).isEqualTo(json("{'skill':'general'}"));
    }

    @Test
    void strictModeNamesEveryMissingSource() {
        MappingEngine e = MappingEngine.builder(MappingRules.of(MappingRule.copy("a", "x"), MappingRule.copy("b.c", "y"),
                MappingRule.copy("items[*].id", "ids[*]"))).strict(true).build();
        assertThatThrownBy(() -> e.map(json("{'items':[{'id':1},{}]}")))
                .isInstanceOfSatisfying(ModelValidationException.class, ex -> assertThat(ex.violations())
                        .extracting(Violation::path).containsExactlyInAnyOrder("a", "b.c", "items[1].id"));
        MappingEngine optional = MappingEngine.builder(MappingRules.of(MappingRule.copy("a", "x").asOptional())).strict(true).build();
        assertThat(optional.map(json("{}"))).isEqualTo(json("{}"));
        MappingEngine lenient = MappingEngine.builder(MappingRules.of(MappingRule.copy("a", "x"))).build();
        assertThat(lenient.map(json("{}"))).isEqualTo(json("{}"));
    }

    @Test
    void nullAndEmptyValuesFollowTheirPolicies() {
        MappingRules rules = MappingRules.of(MappingRule.copy("a", "a").withDefault(json("'d'")), MappingRule.copy("b", "b"));
        JsonNode in = json("{'a':null,'b':''}");
        assertThat(MappingEngine.builder(rules).build().map(in)).isEqualTo(json("{'b':''}"));
        assertThat(MappingEngine.builder(rules).nulls(ValuePolicy.KEEP).empties(ValuePolicy.OMIT).build().map(in))
                .isEqualTo(json("{'a':null}"));
        assertThat(MappingEngine.builder(rules).nulls(ValuePolicy.DEFAULT).empties(ValuePolicy.DEFAULT).build().map(in))
                .isEqualTo(json("{'a':'d'}"));
    }

    @Test
    void passThroughCopiesOnlyUnmappedFields() {
        MappingEngine e = MappingEngine.builder(MappingRules.of(MappingRule.copy("agentEmail", "agentId"),
                MappingRule.copy("meta.secret", "hidden"), MappingRule.copy("lines[*].sku", "lines[*].id")))
                .passThroughUnmapped(true).build();
        JsonNode out = e.map(json("{'agentEmail':'a','keep':1,'meta':{'secret':'s','trace':'t'},'lines':[{'sku':'A','qty':1}]}"));
        assertThat(out).isEqualTo(json("{'agentId':'a','hidden':'s','keep':1,'meta':{'trace':'t'},'lines':[{'id':'A','qty':1}]}"));
        MappingEngine drop = MappingEngine.builder(MappingRules.of(MappingRule.copy("agentEmail", "agentId"))).build();
        assertThat(drop.map(json("{'agentEmail':'a','keep':1}"))).isEqualTo(json("{'agentId':'a'}"));
    }

    @Test
    void rulesLoadFromYamlAndJsonAlike() {
        String yaml = "rules:\n  - source: a\n    target: b\n    transform: divide\n    args: [4]\n  - target: v\n    constant: 3\n";
        String jsonText = "{\"rules\":[{\"source\":\"a\",\"target\":\"b\",\"transform\":\"divide\",\"args\":[4]},{\"target\":\"v\",\"constant\":3}]}";
        assertThat(MappingRules.fromYaml(yaml)).isEqualTo(MappingRules.fromJson(jsonText));
        assertThat(MappingEngine.builder(MappingRules.fromYaml(yaml)).build().map(json("{'a':10}"))).isEqualTo(json("{'b':2.5,'v':3}"));
    }

    @Test
    void badRulesFailAtBuildListingEveryOne() {
        MappingRules rules = MappingRules.of(MappingRule.copy("a..b", "x"), MappingRule.transform("a", "y", "nope"),
                MappingRule.copy("items[*].id", "id"), MappingRule.copy("a[", "z"));
        assertThatThrownBy(() -> MappingEngine.builder(rules).build())
                .isInstanceOfSatisfying(ModelValidationException.class, ex -> assertThat(ex.violations()).hasSize(4));
        assertThatThrownBy(() -> MappingRules.fromJson("{\"rules\":[{\"target\":\"x\"}]}")).isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> MappingRules.fromYaml("rules: [")).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void failedTransformIsReportedAtItsSourceWithoutTheValue() {
        MappingEngine e = engine("{'rules':[{'source':'n','target':'n','transform':'toInteger'}]}");
        assertThatThrownBy(() -> e.map(json("{'n':'secret-token-123'}")))
                .isInstanceOfSatisfying(ModelValidationException.class, ex -> {
                    assertThat(ex.violations()).extracting(Violation::path).containsExactly("n");
                    assertThat(ex.getMessage()).doesNotContain("secret-token-123");
                });
    }

    @Test
    void targetConflictIsAnError() {
        MappingEngine e = engine("{'rules':[{'source':'a','target':'x'},{'source':'b','target':'x.y'}]}");
        assertThatThrownBy(() -> e.map(json("{'a':1,'b':2}"))).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void resultIsValidatedAgainstTheTargetSchema() {
        MappingEngine e = MappingEngine.builder(MappingRules.of(MappingRule.copy("a", "a")))
                .targetSchema(json("{'type':'object','required':['a','b']}")).build();
        assertThatThrownBy(() -> e.map(json("{'a':1}"))).isInstanceOfSatisfying(ModelValidationException.class,
                ex -> assertThat(ex.getMessage()).contains("mapped payload"));
    }

    @Test
    void migrationChainAppliesEveryStepInOrder() {
        MappingEngine v1ToV2 = MappingEngine.builder(MappingRules.of(MappingRule.copy("agentEmail", "agentId"),
                MappingRule.transform("callDuration", "durationSeconds", "divide", json("1000")))).build();
        MappingEngine v2ToV3 = MappingEngine.builder(MappingRules.of(MappingRule.copy("agentId", "agent.id"),
                MappingRule.copy("durationSeconds", "duration.seconds"))).build();
        MigrationChain chain = MigrationChain.builder().step("1", "2", v1ToV2).step("2", "3", v2ToV3).build();
        JsonNode v1 = json("{'agentEmail':'a@x.io','callDuration':90000}");
        assertThat(chain.migrate(v1, "1", "3")).isEqualTo(json("{'agent':{'id':'a@x.io'},'duration':{'seconds':90}}"));
        assertThat(chain.migrate(v1, "1", "2")).isEqualTo(json("{'agentId':'a@x.io','durationSeconds':90}"));
        assertThat(chain.canMigrate("3", "1")).isFalse();
        assertThatThrownBy(() -> chain.migrate(v1, "9", "3")).isInstanceOf(ModelValidationException.class);
        assertThat(v1).isEqualTo(json("{'agentEmail':'a@x.io','callDuration':90000}"));
    }

    @Test
    void oneEngineServesManyThreads() throws Exception {
        MappingEngine e = engine("{'rules':[{'source':'lines[*].sku','target':'items[*].id'},{'source':'n','target':'m','transform':'multiply','args':[2]}]}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonNode>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                futures.add(pool.submit(() -> e.map(json("{'n':" + n + ",'lines':[{'sku':'s" + n + "'}]}"))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(json("{'items':[{'id':'s" + i + "'}],'m':" + (2 * i) + "}"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void yamlAliasBombAndHugeRuleTextAreRejected() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        bomb.append("rules: *a29\n");
        long start = System.nanoTime();
        assertThatThrownBy(() -> MappingRules.fromYaml(bomb.toString())).isInstanceOf(ModelValidationException.class);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(30));
        assertThatThrownBy(() -> MappingRules.fromJson(" ".repeat((1 << 20) + 1))).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void hostileInputsStayBounded() {
        assertThatThrownBy(() -> MappingEngine.builder(MappingRules.of(MappingRule.copy("a".repeat(2000), "b"))).build())
                .isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> MappingEngine.builder(MappingRules.of(MappingRule.copy("a[99999999999]", "b"))).build())
                .isInstanceOf(ModelValidationException.class);
        StringBuilder big = new StringBuilder("{\"lines\":[");
        for (int i = 0; i < 100_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"sku\":").append(i).append('}');
        }
        JsonNode out = engine("{'rules':[{'source':'lines[*].sku','target':'ids[*]'}]}").map(CxoneJson.mapper().readTree(big.append("]}").toString()));
        assertThat(out.get("ids").size()).isEqualTo(100_000);
    }
}
