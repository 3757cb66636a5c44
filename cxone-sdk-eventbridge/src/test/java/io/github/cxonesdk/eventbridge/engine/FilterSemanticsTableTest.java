package io.github.cxonesdk.eventbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the shared filter-semantics table (also run by the simulator's matcher) through the engine. */
class FilterSemanticsTableTest {
    static final String TABLE = "/io/github/cxonesdk/testkit/filter-semantics.json";
    /**
     * Reads the table's numbers as exact decimals: a double would round {@code 1.00000000000000000001}
     * to 1 and {@code 1e400} to infinity before the engine sees them.
     */
    static final JsonMapper EXACT = CxoneJson.mapper().rebuild()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static JsonNode table() throws IOException {
        try (InputStream in = FilterSemanticsTableTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as("shared table on the test classpath").isNotNull();
            return EXACT.readTree(in);
        }
    }

    static Map<String, FilterDefinition> filters(JsonNode table) {
        Map<String, FilterDefinition> filters = new LinkedHashMap<>();
        for (JsonNode entry : table.get("filters")) {
            filters.put(entry.get("id").asString(),
                    EXACT.treeToValue(entry.get("filter"), FilterDefinition.class));
        }
        return filters;
    }

    static List<String> expected(JsonNode testCase) {
        List<String> ids = new ArrayList<>();
        testCase.get("matches").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesForBytesStringAndTree() throws IOException {
        JsonNode table = table();
        FilterEngine engine = FilterEngine.compile(filters(table));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : table.get("cases")) {
            JsonNode event = testCase.get("event");
            List<String> expected = expected(testCase);
            String name = testCase.get("name").asString();
            String text = EXACT.writeValueAsString(event);
            byte[] bytes = EXACT.writeValueAsBytes(event);
            tests.add(DynamicTest.dynamicTest(name + " [bytes]",
                    () -> assertThat(engine.evaluate(bytes).filterIds()).containsExactlyInAnyOrderElementsOf(expected)));
            tests.add(DynamicTest.dynamicTest(name + " [string]",
                    () -> assertThat(engine.evaluate(text).filterIds()).containsExactlyInAnyOrderElementsOf(expected)));
            tests.add(DynamicTest.dynamicTest(name + " [tree]",
                    () -> assertThat(engine.evaluate(event).filterIds()).containsExactlyInAnyOrderElementsOf(expected)));
            tests.add(DynamicTest.dynamicTest(name + " [explain]",
                    () -> assertThat(engine.explain(bytes).matchedIds()).containsExactlyInAnyOrderElementsOf(expected)));
        }
        return tests.stream();
    }

    /**
     * Reads filters without coercing scalars ({@code "pattern": 12} stays a number, which the model
     * cannot hold): API.md says a pattern is a string and a matcher value a scalar.
     */
    static final JsonMapper STRICT = EXACT.rebuild()
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    @TestFactory
    Stream<DynamicTest> everyInvalidFilterIsRejectedNamingItsField() throws IOException {
        JsonNode table = table();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : table.get("invalid_filters")) {
            String field = testCase.get("field").asString();
            tests.add(DynamicTest.dynamicTest(testCase.get("name").asString(), () -> {
                FilterDefinition filter;
                try {
                    filter = STRICT.treeToValue(testCase.get("filter"), FilterDefinition.class);
                } catch (JacksonException e) {
                    assertThat(e.getMessage()).as("a type the model cannot hold").contains(leaf(field));
                    return;
                }
                assertThatThrownBy(() -> FilterEngine.compile(Map.of("f", filter)))
                        .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                                .extracting(Violation::path).contains("[f]." + field));
            }));
        }
        return tests.stream();
    }

    private static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.contains("[") ? last.substring(0, last.indexOf('[')) : last;
    }

    @Test
    void eachFilterCompiledAloneAgreesWithTheTable() throws IOException {
        JsonNode table = table();
        Map<String, FilterDefinition> all = filters(table);
        for (Map.Entry<String, FilterDefinition> filter : all.entrySet()) {
            FilterEngine alone = FilterEngine.compile(Map.of(filter.getKey(), filter.getValue()));
            for (JsonNode testCase : table.get("cases")) {
                boolean expected = expected(testCase).contains(filter.getKey());
                assertThat(alone.evaluate(testCase.get("event").toString()).matched(filter.getKey()))
                        .as("%s on '%s'", filter.getKey(), testCase.get("name").asString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void tableIsNotTrivial() throws IOException {
        JsonNode table = table();
        assertThat(table.get("cases").size()).isGreaterThanOrEqualTo(30);
        assertThat(table.get("filters").size()).isGreaterThanOrEqualTo(14);
    }
}
