package io.github.cxonesdk.eventbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;

/** Runs the shared filter-semantics table (also run by the simulator's matcher) through the engine. */
class FilterSemanticsTableTest {
    static final String TABLE = "/io/github/cxonesdk/testkit/filter-semantics.json";

    static JsonNode table() throws IOException {
        try (InputStream in = FilterSemanticsTableTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as("shared table on the test classpath").isNotNull();
            return CxoneJson.mapper().readTree(in);
        }
    }

    static Map<String, FilterDefinition> filters(JsonNode table) {
        Map<String, FilterDefinition> filters = new LinkedHashMap<>();
        for (JsonNode entry : table.get("filters")) {
            filters.put(entry.get("id").asString(),
                    CxoneJson.mapper().treeToValue(entry.get("filter"), FilterDefinition.class));
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
            String text = CxoneJson.mapper().writeValueAsString(event);
            byte[] bytes = CxoneJson.mapper().writeValueAsBytes(event);
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
