package io.github.cxonesdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Runs every case of the shared filter-semantics table through the simulator's matcher. */
class FilterSemanticsTableTest {

    private JsonNode table() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/github/cxonesdk/testkit/filter-semantics.json")) {
            assertThat(in).as("shared table on the classpath").isNotNull();
            return Json.mapper().readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidFilterIsRejectedNamingItsField() throws IOException {
        JsonNode table = table();
        assertThat(table.get("invalid_filters").size()).isGreaterThanOrEqualTo(10);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : table.get("invalid_filters")) {
            tests.add(DynamicTest.dynamicTest(testCase.get("name").stringValue(), () ->
                    assertThatThrownBy(() -> FilterValidator.validate(testCase.get("filter")))
                            .isInstanceOfSatisfying(ApiException.class, e -> {
                                assertThat(e.status()).isEqualTo(400);
                                assertThat(e.code()).isEqualTo("invalid_filter");
                                assertThat(e.getMessage()).startsWith(testCase.get("field").stringValue() + ":");
                            })));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesExactlyTheListedFilters() throws IOException {
        JsonNode table = table();
        Map<String, FilterMatcher> filters = new LinkedHashMap<>();
        for (JsonNode entry : table.get("filters")) {
            FilterValidator.validate(entry.get("filter"));
            filters.put(entry.get("id").stringValue(), FilterMatcher.compile(entry.get("filter")));
        }
        assertThat(table.get("cases").size()).isGreaterThanOrEqualTo(30);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : table.get("cases")) {
            tests.add(DynamicTest.dynamicTest(testCase.get("name").stringValue(), () -> {
                List<String> expected = new ArrayList<>();
                testCase.get("matches").forEach(id -> expected.add(id.stringValue()));
                List<String> actual = new ArrayList<>();
                filters.forEach((id, matcher) -> {
                    if (matcher.matches(testCase.get("event"))) {
                        actual.add(id);
                    }
                });
                assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            }));
        }
        return tests.stream();
    }
}
