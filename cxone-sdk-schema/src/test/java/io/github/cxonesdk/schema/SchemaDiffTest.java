package io.github.cxonesdk.schema;

import static io.github.cxonesdk.schema.ChangeKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;

class SchemaDiffTest {
    static JsonNode resource(String name) throws IOException {
        try (InputStream in = SchemaDiffTest.class.getResourceAsStream("/seed/" + name)) {
            return CxoneJson.mapper().readTree(in);
        }
    }

    @Test
    void seedPairIsReportedWithEveryRenameAndBothDirectionsBroken() throws IOException {
        JsonNode v1 = resource("legacy-v1.schema.json");
        JsonNode v2 = resource("target-v2.schema.json");
        SchemaDiffReport report = SchemaDiff.compare(v1, v2);
        assertThat(report.changes()).extracting(SchemaChange::pointer, SchemaChange::kind, SchemaChange::breaksBackward, SchemaChange::breaksForward)
                .contains(
                        tuple("/properties/agentId", REQUIRED_ADDED, true, false),
                        tuple("/properties/durationSeconds", REQUIRED_ADDED, true, false),
                        tuple("/properties/agentEmail", REQUIRED_REMOVED, false, true),
                        tuple("/properties/callDuration", REQUIRED_REMOVED, false, true),
                        tuple("/properties/agentEmail", PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, true, false),
                        tuple("/properties/callDuration", PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL, true, false),
                        tuple("/properties/agentId", PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, true, false),
                        tuple("/properties/durationSeconds", PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL, true, false),
                        tuple("/additionalProperties", ADDITIONAL_PROPERTIES_NARROWED, true, false));
        assertThat(report.isCompatible(CompatibilityMode.BACKWARD)).isFalse();
        assertThat(report.isCompatible(CompatibilityMode.FORWARD)).isFalse();
        assertThat(report.breakingChanges(CompatibilityMode.BACKWARD)).allSatisfy(c -> assertThat(c.examples()).isNotEmpty());
        SchemaDiffTableTest.assertExamplesHold(v1, v2, report);
        SchemaChange required = report.changes().stream().filter(c -> c.kind() == REQUIRED_ADDED).findFirst().orElseThrow();
        // the example is a legacy payload: it has agentEmail and callDuration and lacks agentId
        JsonNode example = required.examples().get(0).payload();
        assertThat(example.has("agentEmail")).isTrue();
        assertThat(example.has("agentId")).isFalse();
    }

    @Test
    void isFullyCompatible_onlyWhenNothingBreaksInEitherDirection() {
        JsonNode open = Json.of("{'type':'object','properties':{'a':{'type':'string'}}}");
        JsonNode described = Json.of("{'type':'object','description':'x','properties':{'a':{'type':'string'}}}");
        JsonNode required = Json.of("{'type':'object','properties':{'a':{'type':'string'}},'required':['a']}");

        assertThat(SchemaDiff.compare(open, described).isFullyCompatible()).isTrue();
        SchemaDiffReport tightened = SchemaDiff.compare(open, required);
        assertThat(tightened.isCompatible(CompatibilityMode.FORWARD)).isTrue();
        assertThat(tightened.isFullyCompatible()).isFalse();
    }

    @Test
    void mostBreakingChangesInTheKindTableComeWithAnExample() {
        int breaking = 0;
        int withExample = 0;
        for (Arguments a : SchemaDiffTableTest.cases().toList()) {
            Object[] args = a.get();
            SchemaDiffReport r = SchemaDiff.compare(Json.of((String) args[1]), Json.of((String) args[2]));
            for (SchemaChange c : r.changes()) {
                for (CompatibilityMode m : List.of(CompatibilityMode.BACKWARD, CompatibilityMode.FORWARD)) {
                    if (c.breaks(m)) {
                        breaking++;
                        withExample += c.examples().stream().anyMatch(e -> e.direction() == m) ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf("examples found for %d of %d breaking directions%n", withExample, breaking);
        assertThat(withExample).isGreaterThanOrEqualTo(breaking * 9 / 10);
    }

    @Test
    void deepNestingFailsClearlyAtTheDepthLimit() {
        JsonNode deep = nested(150, "string");
        assertThatThrownBy(() -> SchemaDiff.compare(deep, nested(150, "integer")))
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("depth limit");
    }

    @Test
    void hugeEnumFailsClearlyAtTheNodeBudget() {
        JsonNode big = enumOf(300_000, 0);
        assertThatThrownBy(() -> SchemaDiff.compare(big, enumOf(300_000, 1)))
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("budget");
    }

    @Test
    void largeEnumWithinBudgetIsComparedInLinearTime() {
        long start = System.nanoTime();
        SchemaDiffReport r = SchemaDiff.compare(enumOf(40_000, 0), enumOf(40_000, 1),
                SchemaDiffOptions.defaults().examples(true));
        assertThat(r.changes()).extracting(SchemaChange::kind).containsExactly(ENUM_VALUES_CHANGED);
        assertThat(r.changes().get(0).detail()).hasSizeLessThan(400);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void loopOfReferencesFailsClearly() {
        JsonNode loop = Json.of("{'$ref':'#/definitions/a','definitions':{'a':{'$ref':'#/definitions/b'},'b':{'$ref':'#/definitions/a'}}}");
        assertThatThrownBy(() -> SchemaDiff.compare(loop, loop)).isInstanceOf(ModelValidationException.class).hasMessageContaining("$ref");
    }

    @Test
    void danglingReferenceFailsClearly() {
        JsonNode dangling = Json.of("{'properties':{'a':{'$ref':'#/definitions/missing'}}}");
        assertThatThrownBy(() -> SchemaDiff.compare(dangling, dangling)).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("does not resolve");
    }

    @Test
    void sharedDefinitionIsComparedOnceAcrossManyReferences() {
        StringBuilder props = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            props.append(i == 0 ? "" : ",").append("'p").append(i).append("':{'$ref':'#/definitions/A'}");
        }
        String template = "{'type':'object','properties':{" + props + "},'definitions':{'A':{'type':'string','maxLength':MAX}}}";
        SchemaDiffReport r = SchemaDiff.compare(Json.of(template.replace("MAX", "9")), Json.of(template.replace("MAX", "3")));
        assertThat(r.changes()).extracting(SchemaChange::kind).containsExactly(MAX_LENGTH_DECREASED);
        assertThat(r.changes().get(0).pointer()).isEqualTo("/definitions/A/maxLength");
    }

    @Test
    void catastrophicPatternPropertiesRegexFailsClearly() {
        // java.util.regex memoizes the classic (a+)+ cases; this one is still polynomial of degree 15
        String name = "xa".repeat(14) + "x".repeat(20);
        JsonNode old = Json.of("{'type':'object','patternProperties':{'(.*a){15}':{'type':'string'}}}");
        JsonNode neu = Json.of("{'type':'object','properties':{'" + name + "':{'type':'string'}},"
                + "'patternProperties':{'(.*a){15}':{'type':'string'}}}");
        long start = System.nanoTime();
        assertThatThrownBy(() -> SchemaDiff.compare(old, neu)).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("steps");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void lenientPolicyAcceptsPropertyAddedToOpenModelButNotToClosed() {
        JsonNode old = Json.of("{'type':'object','properties':{'a':{'type':'string'}}}");
        JsonNode neu = Json.of("{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'integer'}}}");
        SchemaDiffOptions lenient = SchemaDiffOptions.defaults().policy(ContentModelPolicy.LENIENT);
        assertThat(SchemaDiff.compare(old, neu).isCompatible(CompatibilityMode.BACKWARD)).isFalse();
        assertThat(SchemaDiff.compare(old, neu, lenient).isCompatible(CompatibilityMode.BACKWARD)).isTrue();
        assertThat(SchemaDiff.compare(old, neu, lenient).policy()).isEqualTo(ContentModelPolicy.LENIENT);
    }

    @Test
    void lenientPolicyAlsoAcceptsPartiallyOpenChangesButChecksRequired() {
        SchemaDiffOptions lenient = SchemaDiffOptions.defaults().policy(ContentModelPolicy.LENIENT);
        JsonNode old = Json.of("{'type':'object','patternProperties':{'^x_':{'type':'string'}}}");
        JsonNode neu = Json.of("{'type':'object','properties':{'x_a':{'type':'integer'}},'patternProperties':{'^x_':{'type':'string'}},'required':['x_a']}");
        SchemaDiffReport strict = SchemaDiff.compare(old, neu);
        SchemaDiffReport loose = SchemaDiff.compare(old, neu, lenient);
        assertThat(strict.isCompatible(CompatibilityMode.BACKWARD)).isFalse();
        assertThat(loose.isCompatible(CompatibilityMode.FORWARD)).isTrue();
        assertThat(loose.changes()).filteredOn(c -> c.kind() == PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL)
                .allSatisfy(c -> assertThat(c.breaks(CompatibilityMode.FULL)).isFalse());
        assertThat(loose.breakingChanges(CompatibilityMode.BACKWARD)).extracting(SchemaChange::kind).containsExactly(REQUIRED_ADDED);
    }

    @Test
    void changeDeepInsideArraysOfObjectsHasItsPointerAndAPayloadExample() {
        JsonNode old = Json.of("{'type':'object','properties':{'order':{'type':'object','properties':{'lines':{'type':'array',"
                + "'items':{'type':'object','properties':{'qty':{'type':'number'}},'required':['qty']}}},'required':['lines']}},'required':['order']}");
        JsonNode neu = Json.of(old.toString().replace("\"number\"", "\"integer\""));
        SchemaDiffReport r = SchemaDiff.compare(old, neu);
        assertThat(r.changes()).singleElement().satisfies(c -> {
            assertThat(c.pointer()).isEqualTo("/properties/order/properties/lines/items/properties/qty/type");
            assertThat(c.kind()).isEqualTo(TYPE_NARROWED);
            assertThat(c.examples()).singleElement().satisfies(e -> {
                assertThat(e.direction()).isEqualTo(CompatibilityMode.BACKWARD);
                assertThat(e.payload().at("/order/lines/0/qty").isIntegralNumber()).isFalse();
            });
        });
        SchemaDiffTableTest.assertExamplesHold(old, neu, r);
    }

    @Test
    void schemaTheValidatorCannotCompileStillGetsADiffWithoutExamples() {
        JsonNode old = Json.of("{'type':'string','pattern':'(unclosed'}");
        JsonNode neu = Json.of("{'type':'integer','pattern':'(unclosed'}");
        SchemaDiffReport r = SchemaDiff.compare(old, neu);
        assertThat(r.changes()).extracting(SchemaChange::kind).containsExactly(TYPE_CHANGED);
        assertThat(r.changes().get(0).examples()).isEmpty();
    }

    private static JsonNode nested(int depth, String leaf) {
        String s = "{'type':'" + leaf + "'}";
        for (int i = 0; i < depth; i++) {
            s = "{'type':'object','properties':{'x':" + s + "}}";
        }
        return Json.of(s);
    }

    private static JsonNode enumOf(int n, int offset) {
        StringBuilder sb = new StringBuilder("{\"enum\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(i + offset);
        }
        return CxoneJson.mapper().readTree(sb.append("]}").toString());
    }
}
