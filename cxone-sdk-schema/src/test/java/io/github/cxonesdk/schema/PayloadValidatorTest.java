package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PayloadValidatorTest {
    private final PayloadValidator validator = PayloadValidator.create();

    private static final JsonNode SCHEMA = Json.of("{'type':'object','required':['id'],"
            + "'properties':{'id':{'type':'string'},'items':{'type':'array','items':{'type':'object',"
            + "'properties':{'qty':{'type':'integer','minimum':1}}}},'email':{'type':'string','format':'email'}}}");

    @Test
    void everyViolationCarriesItsInstancePointer() {
        ValidationResult result = validator.validate(SCHEMA,
                Json.of("{'items':[{'qty':1},{'qty':0}],'email':'not-an-email'}"));
        assertThat(result.valid()).isFalse();
        assertThat(result.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("", "/items/1/qty", "/email");
        assertThat(result.violations()).anySatisfy(v -> assertThat(v.message()).startsWith("required"));
    }

    /** metaSchemaUri() is the {@code $schema} value that selects the dialect, whatever the default. */
    @Test
    void metaSchemaUri_selectsItsDialectThroughDollarSchema() {
        PayloadValidator draft7 = PayloadValidator.builder().defaultDialect(SchemaDialect.DRAFT_7).build();
        JsonNode payload = Json.of("[1]");
        JsonNode plain = Json.of("{'prefixItems':[{'type':'string'}]}");
        JsonNode selected = Json.of("{'$schema':'" + SchemaDialect.DRAFT_2020_12.metaSchemaUri()
                + "','prefixItems':[{'type':'string'}]}");

        assertThat(draft7.validate(plain, payload).valid()).isTrue(); // prefixItems means nothing in draft 7
        assertThat(draft7.validate(selected, payload).valid()).isFalse();
        assertThat(SchemaDialect.DRAFT_7.metaSchemaUri()).startsWith("http://json-schema.org/draft-07/schema");
    }

    @Test
    void orThrow_listsEveryViolation_andFormatAssertionsCanBeTurnedOff() {
        JsonNode payload = Json.of("{'id':'a','items':[{'qty':0}],'email':'not-an-email'}");
        assertThatThrownBy(() -> validator.validate(SCHEMA, payload).orThrow("payload"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).contains("/items/0/qty", "/email"));
        validator.validate(SCHEMA, Json.of("{'id':'a'}")).orThrow("payload"); // valid: no exception

        PayloadValidator annotating = PayloadValidator.builder().formatAssertions(false).build();
        assertThat(annotating.validate(SCHEMA, payload).violations()).extracting(Violation::path)
                .containsExactly("/items/0/qty");
    }

    @Test
    void validPayloadHasNoViolations() {
        assertThat(validator.validate(SCHEMA, Json.of("{'id':'a','items':[{'qty':3}]}")).valid()).isTrue();
    }

    @Test
    void equalSchemasCompileOnce() {
        CompiledSchema first = validator.compile(SCHEMA);
        assertThat(validator.compile(SCHEMA.deepCopy())).isSameAs(first);
    }

    @Test
    void cacheIsBounded() {
        PayloadValidator small = PayloadValidator.builder().cacheSize(2).build();
        CompiledSchema a = small.compile(Json.of("{'type':'string'}"));
        small.compile(Json.of("{'type':'integer'}"));
        small.compile(Json.of("{'type':'boolean'}"));
        assertThat(small.compile(Json.of("{'type':'string'}"))).isNotSameAs(a);
    }

    @Test
    void dollarSchemaSelectsTheDialect() {
        // draft 4: exclusiveMaximum is a boolean modifier; in draft 7 it is a number
        JsonNode draft4 = Json.of("{'$schema':'http://json-schema.org/draft-04/schema#','maximum':5,'exclusiveMaximum':true}");
        assertThat(validator.validate(draft4, Json.of("5")).valid()).isFalse();
        assertThat(validator.validate(Json.of("{'exclusiveMaximum':5}"), Json.of("5")).valid()).isFalse();
        assertThat(validator.validate(Json.of("{'exclusiveMaximum':5}"), Json.of("4")).valid()).isTrue();
    }

    @Test
    void remoteReferencesAreNeverFetchedUnlessMapped() {
        JsonNode schema = Json.of("{'$ref':'http://127.0.0.1:9/evil.json'}");
        assertThatThrownBy(() -> validator.validate(schema, Json.of("1")))
                .isInstanceOf(ModelValidationException.class);
    }

    @Test
    void concurrentValidationGivesTheSameAnswers() throws Exception {
        CompiledSchema compiled = validator.compile(SCHEMA);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                Callable<Boolean> task = () -> compiled.accepts(Json.of("{'id':'x','items':[{'qty':" + (n % 2) + "}]}"));
                results.add(pool.submit(task));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i % 2 == 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void catastrophicPatternOnHostileValueIsAViolationNotAHang() {
        // a back-reference defeats java.util.regex's memoisation: unbudgeted, this runs for hours
        JsonNode schema = Json.of("{'type':'string','pattern':'^(a+)+\\\\1$'}");
        String hostile = "a".repeat(40) + "!";
        ValidationResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> validator.validate(schema, io.github.cxonesdk.core.json.CxoneJson.mapper().getNodeFactory().stringNode(hostile)));
        assertThat(result.violations()).extracting(Violation::path).containsExactly("");
        assertThat(validator.validate(schema, Json.of("'aaaa'")).valid()).isTrue();
    }

    @Test
    void hostileDeepPayloadFailsCleanly() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            deep.append('[');
        }
        for (int i = 0; i < 500; i++) {
            deep.append(']');
        }
        JsonNode schema = Json.of("{'$ref':'#/definitions/a','definitions':{'a':{'type':'array','items':{'$ref':'#/definitions/a'}}}}");
        assertThat(validator.validate(schema, Json.of(deep.toString())).valid()).isTrue();
    }
}
