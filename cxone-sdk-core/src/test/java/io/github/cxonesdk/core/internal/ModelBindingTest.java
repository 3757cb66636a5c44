package io.github.cxonesdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.ModelBinding.Format;
import io.github.cxonesdk.core.internal.ModelBinding.Unknown;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

class ModelBindingTest {
    /** A grid cell: primitives are required. */
    public record Cell(int x, int y) {
    }

    /** A rule: a string pattern, an enum kind. */
    public record Rule(Kind kind, String pattern) {
    }

    /** Kinds of rule. */
    public enum Kind { REGEX, PREFIX }

    /** The document. */
    public record Doc(String name, @JsonProperty("max_items") Integer maxItems, Boolean active, Instant since,
                      List<Cell> cells, List<String> tags, @JsonProperty("rules") List<Rule> rules, Object value) {
    }

    /** A record whose constructor requires a component. */
    public record Owned(String id, String owner) {
        public Owned {
            Objects.requireNonNull(id, "id == null");
            if ("bad".equals(owner)) {
                throw new IllegalArgumentException("owner is bad");
            }
        }
    }

    private static List<String> violations(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(ModelValidationException.class);
        return ((ModelValidationException) thrown).violations().stream().map(Violation::toString).toList();
    }

    private static Doc json(String text) {
        return ModelBinding.read(text, Format.JSON, Doc.class, Unknown.REJECT);
    }

    private static Doc yaml(String text) {
        return ModelBinding.read(text, Format.YAML, Doc.class, Unknown.REJECT);
    }

    @Test
    void jsonYamlAndStreams_readTheSameModel() {
        String json = """
                {"name": "n", "max_items": 3, "active": true, "since": "2026-05-13T00:00:00Z",
                 "cells": [{"x": 0, "y": 1}], "tags": ["a"], "rules": [{"kind": "REGEX", "pattern": "12"}],
                 "value": [1, "two", {"k": null}]}
                """;
        Doc doc = json(json);
        assertThat(doc).isEqualTo(CxoneJson.mapper().readValue(json, Doc.class));
        assertThat(yaml(json)).isEqualTo(doc);
        assertThat(yaml("""
                name: n
                max_items: 3
                active: true
                since: 2026-05-13T00:00:00Z
                cells: [{x: 0, y: 1}]
                tags: [a]
                rules:
                - {kind: REGEX, pattern: "12"}
                value: [1, two, {k: null}]
                """)).isEqualTo(doc);
        assertThat(ModelBinding.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_16)), Format.JSON,
                Doc.class, Unknown.REJECT)).isEqualTo(doc);
    }

    @Test
    void everyShapeProblem_isAViolationWithItsPath_allAtOnce() {
        assertThat(violations(() -> json("""
                {"name": "n", "max_items": 1.5, "active": "yes", "since": "last tuesday",
                 "cells": [{"x": 1}, null, {"x": 1, "y": null}, {"x": 4294967296, "y": 0}],
                 "tags": "a", "rules": [{"kind": "REGEX", "pattern": {"nested": true}}]}
                """))).containsExactly(
                "active: must be true or false",
                "cells[0].y: is required",
                "cells[1]: must not be null",
                "cells[2].y: must not be null",
                "cells[3].x: must be an integer between -2147483648 and 2147483647",
                "max_items: must be an integer, was a fractional number",
                "rules[0].pattern: must be a string",
                "since: must be an ISO-8601 instant such as 2026-05-13T00:00:00Z",
                "tags: must be an array");
    }

    @Test
    void scalarsAreNeverCoerced_inJsonOrYaml() {
        assertThat(violations(() -> json("{\"name\": 12, \"rules\": [{\"kind\": 1, \"pattern\": 12}]}")))
                .containsExactly("name: must be a string", "rules[0].kind: must be a string",
                        "rules[0].pattern: must be a string");
        assertThat(violations(() -> yaml("name: 12\nmax_items: '5'\nactive: 'true'\nrules:\n- pattern: 12\n")))
                .containsExactly("active: must be true or false", "max_items: must be an integer",
                        "name: must be a string", "rules[0].pattern: must be a string");
        assertThat(yaml("name: '12'\nrules:\n- pattern: \"12\"\n").rules().get(0).pattern()).isEqualTo("12");
    }

    @Test
    void unknownFields_areViolationsWhenRejected_andIgnoredOtherwise() {
        assertThat(violations(() -> yaml("name: n\nnmae: m\ncells: [{x: 0, y: 0, z: 1}]\n"))).containsExactly(
                "cells[0].z: is not a known field (known: x, y)",
                "nmae: is not a known field (known: active, cells, max_items, name, rules, since, tags, value)");
        assertThat(ModelBinding.read("name: n\nnmae: m\n", Format.YAML, Doc.class, Unknown.IGNORE).name())
                .isEqualTo("n");
    }

    @Test
    void constructorChecks_becomeViolations_theMissingComponentNamed() {
        assertThat(violations(() -> ModelBinding.read("{\"owner\": \"o\"}", Format.JSON, Owned.class, Unknown.REJECT)))
                .containsExactly("id: is required");
        assertThat(violations(() -> ModelBinding.read("{\"id\": \"i\", \"owner\": \"bad\"}", Format.JSON, Owned.class,
                Unknown.REJECT))).containsExactly("<root>: owner is bad");
    }

    @Test
    void documentsThatAreNotOneObject_areViolationsAtTheRoot() {
        assertThat(violations(() -> json("{\"name\": "))).singleElement().asString()
                .startsWith("<root>: is not valid JSON (line 1");
        assertThat(violations(() -> json("[]"))).containsExactly("<root>: must be a JSON object");
        assertThat(violations(() -> json(""))).containsExactly("<root>: must be a JSON object");
        assertThat(violations(() -> yaml(""))).containsExactly("<root>: must be a YAML object");
        assertThat(violations(() -> json("{\"name\": \"a\"} {\"name\": \"b\"}"))).singleElement().asString()
                .startsWith("<root>: is not valid JSON");
        assertThat(violations(() -> json("{\"name\": \"a\"} garbage"))).singleElement().asString()
                .startsWith("<root>: is not valid JSON");
        assertThat(violations(() -> yaml("name: a\n---\nname: b\n"))).containsExactly(
                "<root>: is not valid YAML (line 3, column 1): content follows the end of the document");
        assertThat(violations(() -> json("{\"name\": \"a\"}\n[]"))).containsExactly(
                "<root>: is not valid JSON (line 2, column 1): content follows the end of the document");
    }

    @Test
    void duplicateKeysAndYamlAliases_areRejected_notSilentlyResolved() {
        assertThat(violations(() -> json("{\"name\": \"a\", \"name\": \"b\"}"))).singleElement().asString()
                .contains("Duplicate");
        assertThat(violations(() -> yaml("name: a\nname: b\n"))).singleElement().asString().contains("Duplicate");
        // Jackson would read *x as the string "x"
        assertThat(violations(() -> yaml("tags: &x [a]\nname: *x\n"))).singleElement().asString()
                .contains("aliases");
    }

    @Test
    void streams_areLeftOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        class Tracking extends ByteArrayInputStream {
            Tracking(String text) {
                super(text.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void close() {
                closed.set(true);
            }
        }
        ModelBinding.read(new Tracking("{\"name\": \"n\"}"), Format.JSON, Doc.class, Unknown.REJECT);
        ModelBinding.read(new Tracking("name: n\n"), Format.YAML, Doc.class, Unknown.REJECT);
        assertThat(closed).isFalse();
    }

    @Test
    @Timeout(120) // hang guard only
    void hostileDocuments_failQuickly_withBoundedMessages() {
        String deepJson = "{\"value\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String deepYaml = "value: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        String hugeKey = "{\"" + "k".repeat(1_000_000) + "\": 1}";
        String tooLong = "{\"name\": \"" + "n".repeat(ModelBinding.MAX_DOCUMENT_CHARS) + "\"}";
        StringBuilder manyNulls = new StringBuilder("{\"cells\": [");
        for (int i = 0; i < 500_000; i++) {
            manyNulls.append(i == 0 ? "" : ",").append("null");
        }
        manyNulls.append("]}");

        for (String hostile : List.of(deepJson, hugeKey, tooLong)) {
            assertThat(String.join("; ", violations(() -> json(hostile)))).hasSizeLessThan(1_000);
        }
        assertThat(String.join("; ", violations(() -> yaml(deepYaml)))).hasSizeLessThan(1_000);
        Throwable many = catchThrowable(() -> json(manyNulls.toString()));
        assertThat(((ModelValidationException) many).violations()).hasSize(ModelBinding.MAX_VIOLATIONS)
                .first().hasToString("<root>: more problems were found; the first 99 are listed");
        assertThat(many.getMessage()).hasSizeLessThan(10_000);
    }

    @Test
    void bind_addsViolationsUnderThePrefix_andReturnsNullOnProblems() {
        JsonNode tree = CxoneJson.mapper().readTree("{\"x\": \"0\", \"y\": 0}");
        List<Violation> found = new ArrayList<>();
        assertThat(ModelBinding.bind(tree, Cell.class, "grid[3]", Unknown.REJECT, found)).isNull();
        assertThat(ModelBinding.bind(null, Cell.class, "grid[4]", Unknown.REJECT, found)).isNull();
        assertThat(found).extracting(Violation::toString)
                .containsExactly("grid[3].x: must be an integer", "grid[4]: must not be null");
        assertThat(ModelBinding.bind(CxoneJson.mapper().readTree("{\"x\": 1, \"y\": 2}"), Cell.class, "", Unknown.REJECT,
                found)).isEqualTo(new Cell(1, 2));
    }

    @Test
    void response_problemIsAClientErrorNamingThePath_causeKept_serverTextCapped() {
        JsonNode body = CxoneJson.mapper().readTree("{\"cells\": [{\"x\": 1, \"y\": 1}, {\"x\": \"many\"}]}");
        assertThatThrownBy(() -> ModelBinding.response(body, Doc.class, "GetDoc"))
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("GetDoc")
                .hasMessageContaining("cells[1].x").hasCauseInstanceOf(JacksonException.class);
        String key = "k".repeat(40_000);
        JsonNode hostile = CxoneJson.mapper().readTree("{\"value\": 1, \"cells\": {\"" + key + "\": 1}}");
        assertThatThrownBy(() -> ModelBinding.response(hostile, Doc.class, "GetDoc"))
                .isInstanceOf(CxoneClientException.class).message().hasSizeLessThan(1_000);
        assertThatThrownBy(() -> ModelBinding.response(CxoneJson.mapper().readTree("{}"), Owned.class, "GetOwned"))
                .isInstanceOf(CxoneClientException.class).hasMessageContaining("id: is required");
        // responses ignore the service's new fields
        assertThat(ModelBinding.response(CxoneJson.mapper().readTree("{\"x\": 1, \"y\": 2, \"z\": 3}"), Cell.class,
                "GetCell")).isEqualTo(new Cell(1, 2));
        assertThat(ModelBinding.response(null, Doc.class, "GetDoc").name()).isNull();
    }

    @Test
    void throwIfAny_listsAtMostTheCap() {
        ModelBinding.throwIfAny("Nothing", List.of());
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(new Violation("[" + i + "]", "bad"));
        }
        assertThat(violations(() -> ModelBinding.throwIfAny("Many", many))).hasSize(ModelBinding.MAX_VIOLATIONS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void freeze_makesAnUnmodifiableDeepCopy() {
        Map<String, Object> source = new java.util.HashMap<>(Map.of("n", new ArrayList<>(List.of(1, 2))));
        Map<String, Object> frozen = (Map<String, Object>) ModelBinding.freeze(source);
        ((List<Object>) source.get("n")).add(3);
        assertThat(frozen).isEqualTo(Map.of("n", List.of(1, 2)));
        assertThatThrownBy(() -> ((List<?>) frozen.get("n")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void yamlSyntaxError_isOneLineWithItsLocation_andKeepsTheParserExceptionAsCause() {
        assertThatThrownBy(() -> yaml("name: [unclosed\n"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("in reader").doesNotContain("^")
                            .doesNotContain("unclosed")
                            .contains("is not valid YAML (line");
                    assertThat(e.getCause()).isInstanceOf(tools.jackson.core.JacksonException.class);
                });
    }
}
