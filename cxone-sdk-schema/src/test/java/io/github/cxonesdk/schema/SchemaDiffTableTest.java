package io.github.cxonesdk.schema;

import static io.github.cxonesdk.schema.ChangeKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * One old/new schema pair per change kind with the expected kinds and the expected BACKWARD and
 * FORWARD compatibility (STRICT); every example payload the diff produced is re-checked here.
 */
class SchemaDiffTableTest {
    static final PayloadValidator VALIDATOR = PayloadValidator.create();

    static Stream<Arguments> cases() {
        return Stream.of(
                c("type narrowed number->integer", "{'type':'number'}", "{'type':'integer'}", List.of(TYPE_NARROWED), false, true),
                c("type widened integer->number", "{'type':'integer'}", "{'type':'number'}", List.of(TYPE_WIDENED), true, false),
                c("type changed", "{'type':'string'}", "{'type':'integer'}", List.of(TYPE_CHANGED), false, false),
                c("type array widened", "{'type':'string'}", "{'type':['string','null']}", List.of(TYPE_WIDENED), true, false),
                c("type array narrowed", "{'type':['string','null']}", "{'type':'string'}", List.of(TYPE_NARROWED), false, true),
                c("enum values added", "{'enum':['a','b']}", "{'enum':['a','b','c']}", List.of(ENUM_VALUES_ADDED), true, false),
                c("enum values removed", "{'enum':['a','b']}", "{'enum':['a']}", List.of(ENUM_VALUES_REMOVED), false, true),
                c("enum values changed", "{'enum':['a','b']}", "{'enum':['a','c']}", List.of(ENUM_VALUES_CHANGED), false, false),
                c("enum added", "{'type':'string'}", "{'type':'string','enum':['a']}", List.of(ENUM_ADDED), false, true),
                c("enum removed", "{'type':'string','enum':['a']}", "{'type':'string'}", List.of(ENUM_REMOVED), true, false),
                c("const added", "{'type':'string'}", "{'type':'string','const':'a'}", List.of(CONST_ADDED), false, true),
                c("const changed", "{'const':'a'}", "{'const':'b'}", List.of(CONST_CHANGED), false, false),
                c("const removed", "{'type':'string','const':'a'}", "{'type':'string'}", List.of(CONST_REMOVED), true, false),
                c("maxLength decreased", "{'type':'string','maxLength':10}", "{'type':'string','maxLength':5}", List.of(MAX_LENGTH_DECREASED), false, true),
                c("maxLength increased", "{'type':'string','maxLength':5}", "{'type':'string','maxLength':10}", List.of(MAX_LENGTH_INCREASED), true, false),
                c("maxLength added", "{'type':'string'}", "{'type':'string','maxLength':5}", List.of(MAX_LENGTH_ADDED), false, true),
                c("minLength increased", "{'type':'string','minLength':1}", "{'type':'string','minLength':3}", List.of(MIN_LENGTH_INCREASED), false, true),
                c("minLength removed", "{'type':'string','minLength':3}", "{'type':'string'}", List.of(MIN_LENGTH_REMOVED), true, false),
                c("pattern added", "{'type':'string'}", "{'type':'string','pattern':'^[0-9]+$'}", List.of(PATTERN_ADDED), false, true),
                c("pattern changed", "{'type':'string','pattern':'^a'}", "{'type':'string','pattern':'^b'}", List.of(PATTERN_CHANGED), false, false),
                c("pattern removed", "{'type':'string','pattern':'^a'}", "{'type':'string'}", List.of(PATTERN_REMOVED), true, false),
                c("format added", "{'type':'string'}", "{'type':'string','format':'email'}", List.of(FORMAT_ADDED), false, true),
                c("format changed", "{'type':'string','format':'date'}", "{'type':'string','format':'date-time'}", List.of(FORMAT_CHANGED), false, false),
                c("maximum decreased", "{'type':'number','maximum':10}", "{'type':'number','maximum':5}", List.of(MAXIMUM_DECREASED), false, true),
                c("minimum decreased", "{'type':'number','minimum':5}", "{'type':'number','minimum':0}", List.of(MINIMUM_DECREASED), true, false),
                c("minimum added", "{'type':'number'}", "{'type':'number','minimum':0}", List.of(MINIMUM_ADDED), false, true),
                c("exclusiveMaximum increased", "{'type':'number','exclusiveMaximum':5}", "{'type':'number','exclusiveMaximum':10}", List.of(EXCLUSIVE_MAXIMUM_INCREASED), true, false),
                c("exclusiveMinimum increased", "{'type':'number','exclusiveMinimum':0}", "{'type':'number','exclusiveMinimum':5}", List.of(EXCLUSIVE_MINIMUM_INCREASED), false, true),
                c("multipleOf expanded", "{'type':'integer','multipleOf':2}", "{'type':'integer','multipleOf':4}", List.of(MULTIPLE_OF_EXPANDED), false, true),
                c("multipleOf reduced", "{'type':'integer','multipleOf':4}", "{'type':'integer','multipleOf':2}", List.of(MULTIPLE_OF_REDUCED), true, false),
                c("multipleOf changed", "{'type':'integer','multipleOf':2}", "{'type':'integer','multipleOf':3}", List.of(MULTIPLE_OF_CHANGED), false, false),
                c("multipleOf added", "{'type':'number'}", "{'type':'number','multipleOf':0.5}", List.of(MULTIPLE_OF_ADDED), false, true),
                c("required added", "{'type':'object','properties':{'a':{'type':'string'}}}", "{'type':'object','properties':{'a':{'type':'string'}},'required':['a']}",
                        List.of(REQUIRED_ADDED), false, true),
                c("required with default added", "{'type':'object','properties':{'a':{'type':'string','default':'x'}}}",
                        "{'type':'object','properties':{'a':{'type':'string','default':'x'}},'required':['a']}", List.of(REQUIRED_WITH_DEFAULT_ADDED), true, true),
                c("required removed", "{'type':'object','properties':{'a':{'type':'string'}},'required':['a']}", "{'type':'object','properties':{'a':{'type':'string'}}}",
                        List.of(REQUIRED_REMOVED), true, false),
                c("nested property type changed", "{'type':'object','properties':{'a':{'type':'object','properties':{'b':{'type':'string'}}}}}",
                        "{'type':'object','properties':{'a':{'type':'object','properties':{'b':{'type':'integer'}}}}}", List.of(TYPE_CHANGED), false, false),
                c("items type narrowed", "{'type':'array','items':{'type':'number'}}", "{'type':'array','items':{'type':'integer'}}", List.of(TYPE_NARROWED), false, true),
                c("items nested object maxLength", "{'type':'array','items':{'type':'object','properties':{'id':{'type':'string'}}}}",
                        "{'type':'array','items':{'type':'object','properties':{'id':{'type':'string','maxLength':3}}}}", List.of(MAX_LENGTH_ADDED), false, true),
                c("tuple item changed", "{'type':'array','items':[{'type':'string'},{'type':'integer'}]}", "{'type':'array','items':[{'type':'string'},{'type':'string'}]}",
                        List.of(TYPE_CHANGED), false, false),
                c("maxItems decreased", "{'type':'array','maxItems':5}", "{'type':'array','maxItems':2}", List.of(MAX_ITEMS_DECREASED), false, true),
                c("minItems increased", "{'type':'array','minItems':0}", "{'type':'array','minItems':2}", List.of(MIN_ITEMS_INCREASED), false, true),
                c("minItems removed", "{'type':'array','minItems':2}", "{'type':'array'}", List.of(MIN_ITEMS_REMOVED), true, false),
                c("uniqueItems added", "{'type':'array','items':{'type':'integer'}}", "{'type':'array','items':{'type':'integer'},'uniqueItems':true}",
                        List.of(UNIQUE_ITEMS_ADDED), false, true),
                c("uniqueItems removed", "{'type':'array','uniqueItems':true}", "{'type':'array'}", List.of(UNIQUE_ITEMS_REMOVED), true, false),
                c("anyOf branch added", "{'anyOf':[{'type':'string'},{'type':'integer'}]}", "{'anyOf':[{'type':'string'},{'type':'integer'},{'type':'boolean'}]}",
                        List.of(BRANCH_ADDED), true, false),
                c("oneOf disjoint branch added", "{'oneOf':[{'type':'string'},{'type':'integer'}]}", "{'oneOf':[{'type':'string'},{'type':'integer'},{'type':'boolean'}]}",
                        List.of(BRANCH_ADDED), true, false),
                c("oneOf overlapping branch added (old integers now match twice)", "{'oneOf':[{'type':'string'},{'type':'integer'}]}",
                        "{'oneOf':[{'type':'string'},{'type':'integer'},{'type':'number'}]}", List.of(BRANCH_ADDED), false, false),
                c("oneOf branch removed", "{'oneOf':[{'type':'string'},{'type':'integer'},{'type':'boolean'}]}", "{'oneOf':[{'type':'string'},{'type':'integer'}]}",
                        List.of(BRANCH_REMOVED), false, true),
                c("allOf branch added", "{'allOf':[{'type':'string'}]}", "{'allOf':[{'type':'string'},{'maxLength':3}]}", List.of(BRANCH_ADDED), false, true),
                c("allOf branch removed", "{'allOf':[{'type':'string'},{'maxLength':3}]}", "{'allOf':[{'type':'string'}]}", List.of(BRANCH_REMOVED), true, false),
                c("anyOf branch narrowed", "{'anyOf':[{'type':'string','maxLength':9},{'type':'integer'}]}", "{'anyOf':[{'type':'string','maxLength':3},{'type':'integer'}]}",
                        List.of(MAX_LENGTH_DECREASED), false, true),
                c("schema wrapped in union", "{'type':'string'}", "{'anyOf':[{'type':'string'},{'type':'null'}]}", List.of(SCHEMA_WRAPPED_IN_UNION), true, false),
                c("schema unwrapped from union", "{'oneOf':[{'type':'string'},{'type':'null'}]}", "{'type':'string'}", List.of(SCHEMA_UNWRAPPED_FROM_UNION), false, true),
                c("definitions change through $ref", "{'type':'object','properties':{'a':{'$ref':'#/definitions/A'}},'definitions':{'A':{'type':'string','maxLength':9}}}",
                        "{'type':'object','properties':{'a':{'$ref':'#/definitions/A'}},'definitions':{'A':{'type':'string','maxLength':3}}}", List.of(MAX_LENGTH_DECREASED), false, true),
                c("$defs change through $ref", "{'$ref':'#/$defs/A','$defs':{'A':{'type':'integer'}}}", "{'$ref':'#/$defs/A','$defs':{'A':{'type':'number'}}}",
                        List.of(TYPE_WIDENED), true, false),
                c("recursive definition narrowed", RECURSIVE.replace("MAX", "9"), RECURSIVE.replace("MAX", "3"), List.of(MAX_LENGTH_DECREASED), false, true),
                c("additionalProperties false added", "{'type':'object','properties':{'a':{'type':'string'}}}",
                        "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}", List.of(ADDITIONAL_PROPERTIES_NARROWED), false, true),
                c("additionalProperties schema widened to true", "{'type':'object','additionalProperties':{'type':'string'}}", "{'type':'object'}",
                        List.of(ADDITIONAL_PROPERTIES_WIDENED), true, false),
                c("property added covered by patternProperties", "{'type':'object','patternProperties':{'^x_':{'type':'string'}},'additionalProperties':false}",
                        "{'type':'object','properties':{'x_a':{'type':'string'}},'patternProperties':{'^x_':{'type':'string'}},'additionalProperties':false}",
                        List.of(PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL), true, true),
                c("property added not covered by patternProperties", "{'type':'object','patternProperties':{'^x_':{'type':'string'}}}",
                        "{'type':'object','properties':{'x_a':{'type':'integer'}},'patternProperties':{'^x_':{'type':'string'}}}",
                        List.of(PROPERTY_ADDED_TO_PARTIALLY_OPEN_CONTENT_MODEL), false, true),
                c("property removed, was also governed by the same patternProperties", "{'type':'object','properties':{'x_a':{'type':'string','maxLength':3}},'patternProperties':{'^x_':{'type':'string'}}}",
                        "{'type':'object','patternProperties':{'^x_':{'type':'string'}}}", List.of(PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL), true, false),
                c("property removed, covered by schema-valued additionalProperties", "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':{'type':'string'}}",
                        "{'type':'object','additionalProperties':{'type':'string'}}", List.of(PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL), true, true),
                c("property removed, not covered by additionalProperties", "{'type':'object','properties':{'a':{'type':'integer'}},'additionalProperties':{'type':'string'}}",
                        "{'type':'object','additionalProperties':{'type':'string'}}", List.of(PROPERTY_REMOVED_FROM_PARTIALLY_OPEN_CONTENT_MODEL), false, false),
                c("empty-schema property added to open model", "{'type':'object'}", "{'type':'object','properties':{'a':{}}}", List.of(PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL), true, true),
                c("false property removed from closed model", "{'type':'object','properties':{'a':false},'additionalProperties':false}",
                        "{'type':'object','additionalProperties':false}", List.of(PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL), true, true),
                c("not added", "{'type':'string'}", "{'type':'string','not':{'const':'x'}}", List.of(KEYWORD_ADDED), false, true),
                c("annotations only", "{'type':'string','title':'a','description':'b','default':'x'}", "{'type':'string','title':'c','description':'d','default':'y'}",
                        List.of(ANNOTATION_CHANGED, ANNOTATION_CHANGED, DEFAULT_CHANGED), true, true),
                c("anchor $ref changed", "{'$ref':'#a','definitions':{'x':{'$id':'#a','type':'string'}}}", "{'$ref':'#b','definitions':{'x':{'$id':'#b','type':'string'}}}",
                        List.of(REFERENCE_CHANGED), false, false),
                c("remote $ref changed", "{'$ref':'https://example.com/a.json'}", "{'$ref':'https://example.com/b.json'}", List.of(REFERENCE_CHANGED), false, false),
                c("identical", "{'type':'object','properties':{'a':{'type':'string'}}}", "{'type':'object','properties':{'a':{'type':'string'}}}", List.of(), true, true));
    }

    static final String RECURSIVE = "{'$ref':'#/definitions/node','definitions':{'node':{'type':'object','properties':{'name':{'type':'string','maxLength':MAX},"
            + "'children':{'type':'array','items':{'$ref':'#/definitions/node'}}}}}}";

    private static Arguments c(String name, String old, String neu, List<ChangeKind> kinds, boolean backward, boolean forward) {
        return Arguments.of(name, old, neu, kinds, backward, forward);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesEachKind(String name, String old, String neu, List<ChangeKind> kinds, boolean backward, boolean forward) {
        JsonNode a = Json.of(old);
        JsonNode b = Json.of(neu);
        SchemaDiffReport report = SchemaDiff.compare(a, b);
        assertThat(report.changes()).extracting(SchemaChange::kind).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(report.isCompatible(CompatibilityMode.BACKWARD)).as("BACKWARD " + report.changes()).isEqualTo(backward);
        assertThat(report.isCompatible(CompatibilityMode.FORWARD)).as("FORWARD " + report.changes()).isEqualTo(forward);
        assertThat(report.isCompatible(CompatibilityMode.FULL)).isEqualTo(backward && forward);
        assertExamplesHold(a, b, report);
    }

    /** Every example is accepted by its writing schema and rejected by its reading schema. */
    static void assertExamplesHold(JsonNode old, JsonNode neu, SchemaDiffReport report) {
        for (SchemaChange change : report.changes()) {
            for (ChangeExample e : change.examples()) {
                JsonNode writer = e.direction() == CompatibilityMode.BACKWARD ? old : neu;
                JsonNode reader = e.direction() == CompatibilityMode.BACKWARD ? neu : old;
                assertThat(VALIDATOR.validate(writer, e.payload()).valid()).as("writer accepts " + e + " for " + change).isTrue();
                assertThat(VALIDATOR.validate(reader, e.payload()).valid()).as("reader rejects " + e + " for " + change).isFalse();
            }
        }
    }
}
