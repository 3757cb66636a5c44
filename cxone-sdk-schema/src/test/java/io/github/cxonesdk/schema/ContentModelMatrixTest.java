package io.github.cxonesdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The 24-case matrix: a property added or removed x required / optional / required with a default
 * x open or closed content model x BACKWARD and FORWARD, with the expected answer under STRICT and
 * LENIENT. Every STRICT break must come with an example payload, re-checked by the validator.
 */
class ContentModelMatrixTest {
    enum Op { ADD, REMOVE }

    enum Req { OPTIONAL, REQUIRED, REQUIRED_WITH_DEFAULT }

    static Stream<Arguments> matrix() {
        // compatible? {BACKWARD strict, BACKWARD lenient, FORWARD strict, FORWARD lenient}
        List<Arguments> out = new ArrayList<>();
        row(out, Op.ADD, Req.OPTIONAL, false, false, true, true, true);
        row(out, Op.ADD, Req.REQUIRED, false, false, false, true, true);
        row(out, Op.ADD, Req.REQUIRED_WITH_DEFAULT, false, false, true, true, true);
        row(out, Op.ADD, Req.OPTIONAL, true, true, true, false, false);
        row(out, Op.ADD, Req.REQUIRED, true, false, false, false, false);
        row(out, Op.ADD, Req.REQUIRED_WITH_DEFAULT, true, true, true, false, false);
        row(out, Op.REMOVE, Req.OPTIONAL, false, true, true, false, true);
        row(out, Op.REMOVE, Req.REQUIRED, false, true, true, false, false);
        row(out, Op.REMOVE, Req.REQUIRED_WITH_DEFAULT, false, true, true, false, true);
        row(out, Op.REMOVE, Req.OPTIONAL, true, false, false, true, true);
        row(out, Op.REMOVE, Req.REQUIRED, true, false, false, false, false);
        row(out, Op.REMOVE, Req.REQUIRED_WITH_DEFAULT, true, false, false, true, true);
        return out.stream();
    }

    private static void row(List<Arguments> out, Op op, Req req, boolean closed, boolean backStrict, boolean backLenient,
            boolean fwdStrict, boolean fwdLenient) {
        out.add(Arguments.of(op, req, closed, CompatibilityMode.BACKWARD, backStrict, backLenient));
        out.add(Arguments.of(op, req, closed, CompatibilityMode.FORWARD, fwdStrict, fwdLenient));
    }

    static JsonNode schema(boolean withP, Req req, boolean closed) {
        String p = req == Req.REQUIRED_WITH_DEFAULT ? "'p':{'type':'integer','default':0}" : "'p':{'type':'integer'}";
        String required = withP && req != Req.OPTIONAL ? "['id','p']" : "['id']";
        return Json.of("{'type':'object','properties':{'id':{'type':'string'}" + (withP ? "," + p : "") + "},'required':" + required
                + (closed ? ",'additionalProperties':false" : "") + "}");
    }

    @ParameterizedTest(name = "{0} {1} property, closed={2}, {3}: strict={4} lenient={5}")
    @MethodSource("matrix")
    void matrixCase(Op op, Req req, boolean closed, CompatibilityMode mode, boolean strict, boolean lenient) {
        JsonNode old = schema(op == Op.REMOVE, req, closed);
        JsonNode neu = schema(op == Op.ADD, req, closed);
        SchemaDiffReport s = SchemaDiff.compare(old, neu);
        SchemaDiffReport l = SchemaDiff.compare(old, neu, SchemaDiffOptions.defaults().policy(ContentModelPolicy.LENIENT));
        assertThat(s.isCompatible(mode)).as("STRICT " + s.changes()).isEqualTo(strict);
        assertThat(l.isCompatible(mode)).as("LENIENT " + l.changes()).isEqualTo(lenient);
        if (!strict) {
            assertThat(s.breakingChanges(mode)).as("an example for " + s.breakingChanges(mode))
                    .anySatisfy(c -> assertThat(c.examples()).anyMatch(e -> e.direction() == mode));
        }
        SchemaDiffTableTest.assertExamplesHold(old, neu, s);
        SchemaDiffTableTest.assertExamplesHold(old, neu, l);
    }
}
