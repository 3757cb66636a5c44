package io.github.cxonesdk.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.cxonesdk.core.json.CxoneJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The byte-level reader against Jackson's {@code readTree}: it must accept exactly the same
 * documents (stricter only on invalid UTF-8) and read the same value at every planned path.
 */
class JsonScannerTest {
    private static final List<String> PATHS = List.of("a", "b", "a.b", "a.c", "name", "x", "a[0]", "b[1].a", "ab", "é",
            "a.b.c", "items[2]", "items[0].id", "c.a.b", "v", "callDuration", "aVeryLongFieldNameIndeed", "a\u0000b", "abcdefgh", "a.abcdefghi");
    private static final List<FieldPath> PARSED = PATHS.stream().map(FieldPath::parse).toList();
    private static final SourcePlan PLAN = SourcePlan.of(PARSED);

    /** Jackson's tree, or null when it rejects the document (an empty document is a rejection too). */
    private static JsonNode jackson(byte[] doc) {
        try {
            JsonNode n = CxoneJson.mapper().readTree(doc);
            return n == null || n.isMissingNode() ? null : n;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static JsonNode[] ours(byte[] doc) {
        try {
            return scan(doc, 0, doc.length);
        } catch (JsonScanner.MalformedJsonException e) {
            return null;
        }
    }

    private static JsonNode[] scan(byte[] doc, int from, int to) {
        int[] spans = new int[PLAN.slots() * 3];
        JsonScanner.scan(doc, from, to, PLAN, spans);
        JsonNode[] slots = new JsonNode[PLAN.slots()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = Span.node(doc, spans, i);
        }
        return slots;
    }

    private static void assertSameAsJackson(byte[] doc, String what) {
        JsonNode tree = jackson(doc);
        JsonNode[] slots = ours(doc);
        String shown = what + ": " + new String(doc, StandardCharsets.UTF_8);
        if ((tree == null) != (slots == null)) {
            fail((tree == null ? "Jackson rejects, the scanner accepts " : "Jackson accepts, the scanner rejects ") + shown);
        }
        if (tree != null) {
            for (int i = 0; i < PATHS.size(); i++) {
                assertThat(slots[PLAN.slotOf(i)]).as("%s at %s", shown, PATHS.get(i)).isEqualTo(PARSED.get(i).get(tree));
            }
        }
    }

    @Test
    void randomDocumentsReadTheSameValuesAsAParsedTree() {
        RandomJsonText gen = new RandomJsonText(20261129L);
        for (int i = 0; i < 20_000; i++) {
            byte[] doc = gen.document().getBytes(StandardCharsets.UTF_8);
            assertSameAsJackson(doc, "seed 20261129 document " + i);
        }
    }

    @Test
    void mutatedDocumentsAreAcceptedExactlyWhenJacksonAcceptsThem() {
        RandomJsonText gen = new RandomJsonText(42L);
        int rejected = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] doc = gen.mutated(gen.document());
            assertSameAsJackson(doc, "seed 42 mutation " + i);
            rejected += ours(doc) == null ? 1 : 0;
        }
        assertThat(rejected).as("the mutations must mostly produce malformed input").isGreaterThan(25_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1 2", "{} x", "{\"a\":1,}", "[1,]", "01", "-01", "1.", ".5", "-", "+1", "1e", "1e+", "[-]",
        "NaN", "Infinity", "nul", "truex", "{\"a\"}", "{\"a\":}", "{,}", "{\"a\":1 \"b\":2}", "[1 2]", "\"\\x\"", "\"\\U0041\"",
        "\"\\u00\"", "\"\\uGGGG\"", "\"a\tb\"", "\"unterminated", "{\"a\":1", "[", "'a'", "{a:1}", "1e9999999999",
        "1e-2147483648", "1.5e-2147483647", "{\"a\":1}/", "\u0001", "[1]]", "{\"a\":{\"b\":[1,{\"c\":}]}}"})
    void malformedDocumentsAreRejectedLikeJackson(String doc) {
        byte[] b = doc.getBytes(StandardCharsets.UTF_8);
        assertThat(jackson(b)).as("Jackson rejects [%s]", doc).isNull();
        assertThat(ours(b)).as("the scanner rejects [%s]", doc).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "1", "-0", "\"\"", "null", " {\"a\" : 1 , \"b\":[ ] } \n", "1e2147483647", "1.5E+2147483647",
        "0.0e-0", "\"\\uD800\"", "\"\\uDC00\\uD800\"", "{\"a\\u0062\":1}", "[\"\\/\"]", "\"\u2028\"", "\uFEFF{}"})
    void wellFormedDocumentsAreAcceptedLikeJackson(String doc) {
        assertSameAsJackson(doc.getBytes(StandardCharsets.UTF_8), "table");
    }

    @Test
    void limitsAreJacksonsDefaults() {
        assertSameAsJackson(("[".repeat(500) + "]".repeat(500)).getBytes(StandardCharsets.US_ASCII), "depth 500");
        assertSameAsJackson(("[".repeat(501) + "]".repeat(501)).getBytes(StandardCharsets.US_ASCII), "depth 501");
        assertSameAsJackson(("{\"a\":".repeat(501) + "1" + "}".repeat(501)).getBytes(StandardCharsets.US_ASCII), "object depth 501");
        assertSameAsJackson(("1" + "0".repeat(999)).getBytes(StandardCharsets.US_ASCII), "1,000 digits");
        assertSameAsJackson(("-1" + "0".repeat(999)).getBytes(StandardCharsets.US_ASCII), "1,000 digits and a sign");
        assertSameAsJackson(("1" + "0".repeat(1000)).getBytes(StandardCharsets.US_ASCII), "1,001 digits");
        assertSameAsJackson(("1." + "0".repeat(998)).getBytes(StandardCharsets.US_ASCII), "1,000-character decimal");
        assertSameAsJackson(("{\"" + "a".repeat(50_000) + "\":1}").getBytes(StandardCharsets.US_ASCII), "50,000-byte name");
        assertSameAsJackson(("{\"" + "a".repeat(50_001) + "\":1}").getBytes(StandardCharsets.US_ASCII), "50,001-byte name");
    }

    @Test
    void byteOrderMarkOnlyAtTheStart() {
        assertSameAsJackson(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}, "BOM");
        assertSameAsJackson(new byte[] {' ', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'}, "BOM after a space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c080", "c1bf", "e08080", "eda080", "edbfbf", "f4908080", "f5808080", "f8808080", "80", "bf", "c3",
        "e282", "f09f98", "ff", "fe"})
    void invalidUtf8IsRejectedEverywhere(String hex) {
        byte[] seq = HexFormat.of().parseHex(hex);
        for (String shape : List.of("\"%s\"", "{\"%s\":1}", "[1,\"x%sy\"]", "{\"name\":\"%s\"}")) {
            String[] parts = shape.split("%s");
            byte[] doc = concat(parts[0].getBytes(StandardCharsets.US_ASCII), seq, parts[1].getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> JsonScanner.validate(doc)).as("%s in %s", hex, shape)
                    .isInstanceOf(JsonScanner.MalformedJsonException.class).hasMessageContaining("UTF-8");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"c280", "dfbf", "e0a080", "e282ac", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f09f9880", "f48fbfbf"})
    void validUtf8IsReadAsJacksonReadsIt(String hex) {
        byte[] seq = HexFormat.of().parseHex(hex);
        assertSameAsJackson(concat("{\"name\":\"<".getBytes(StandardCharsets.US_ASCII), seq, ">\"}".getBytes(StandardCharsets.US_ASCII)), hex);
        assertSameAsJackson(concat("{\"".getBytes(StandardCharsets.US_ASCII), seq, "\":1,\"x\":2}".getBytes(StandardCharsets.US_ASCII)), hex);
    }

    @Test
    void aDuplicateKeyReplacesWhatTheFirstOneHeld() {
        for (String doc : List.of("{\"a\":{\"b\":1,\"c\":2},\"a\":5}", "{\"a\":{\"b\":1},\"a\":{\"c\":2}}", "{\"c\":{\"a\":{\"b\":1}},\"c\":{\"a\":3}}",
                "{\"a\":[9],\"a\":{\"b\":1}}", "{\"items\":[1,2,3],\"items\":[{\"id\":1}]}", "{\"b\":[0,{\"a\":1}],\"b\":[0]}",
                "{\"a\\u0062\":1,\"ab\":2}", "{\"é\":1,\"\\u00e9\":2}")) {
            assertSameAsJackson(doc.getBytes(StandardCharsets.UTF_8), "duplicate keys");
        }
    }

    @Test
    void keysOfEveryLengthAroundTheWordAndLengthFilterBoundariesAreFound() {
        int[] lengths = {1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 70, 200};
        List<FieldPath> paths = new ArrayList<>();
        for (int length : lengths) {
            paths.add(FieldPath.parse("k".repeat(length - 1) + "z"));
        }
        SourcePlan plan = SourcePlan.of(paths);
        StringBuilder doc = new StringBuilder("{");
        for (int length = 1; length <= 210; length++) {
            // every length, the planned name and a near miss that differs in its last byte
            doc.append("\"").append("k".repeat(length - 1)).append("y\":0,");
            doc.append("\"").append("k".repeat(length - 1)).append("z\":").append(length).append(',');
        }
        doc.setCharAt(doc.length() - 1, '}');
        byte[] bytes = doc.toString().getBytes(StandardCharsets.US_ASCII);
        int[] spans = plan.scan(bytes);
        for (int i = 0; i < lengths.length; i++) {
            JsonNode value = Span.node(bytes, spans, plan.slotOf(i));
            assertThat(value).as("%s-byte key", lengths[i]).isNotNull();
            assertThat(value.intValue()).as("%s-byte key", lengths[i]).isEqualTo(lengths[i]);
        }
        // at the very end of the input, where no word can be read past the key
        byte[] tail = "{\"z\":1}".getBytes(StandardCharsets.US_ASCII);
        SourcePlan one = SourcePlan.of(List.of(FieldPath.parse("z")));
        assertThat(Span.node(tail, one.scan(tail), one.slotOf(0)).intValue()).isEqualTo(1);
    }

    @Test
    void aDuplicateKeyClearsWhatItHeldBeyondTheFirst64ObjectsPathsEnter() {
        // parent nodes past the 64th have no bit of their own and clear on every entry
        List<FieldPath> paths = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            paths.add(FieldPath.parse("p" + i + ".x"));
        }
        SourcePlan plan = SourcePlan.of(paths);
        StringBuilder doc = new StringBuilder("{");
        for (int i = 0; i < 80; i++) {
            doc.append("\"p").append(i).append("\":{\"x\":").append(i).append("},");
        }
        for (int i = 0; i < 80; i += 3) {
            doc.append("\"p").append(i).append("\":{\"y\":0},");
        }
        doc.append("\"p1\":{\"x\":\"again\"}}");
        byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
        int[] spans = plan.scan(bytes);
        JsonNode tree = CxoneJson.mapper().readTree(bytes);
        for (int i = 0; i < 80; i++) {
            JsonNode expected = paths.get(i).get(tree);
            assertThat(Span.node(bytes, spans, plan.slotOf(i))).as("p%s.x", i).isEqualTo(expected);
            assertThat(expected == null).isEqualTo(i % 3 == 0);
        }
    }

    @Test
    void hostileInputFailsCleanlyOrIsReadInOnePass() {
        byte[] deep = "[".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> JsonScanner.validate(deep)).hasMessageContaining("nesting deeper than 500");
        byte[] deepObjects = "{\"a\":".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> JsonScanner.validate(deepObjects)).hasMessageContaining("nesting deeper than 500");
        byte[] bigString = ("{\"x\":\"" + "ab\\n€".repeat(2_000_000) + "\",\"name\":\"n\"}").getBytes(StandardCharsets.UTF_8);
        JsonNode[] slots = scan(bigString, 0, bigString.length);
        assertThat(slots[PLAN.slotOf(PATHS.indexOf("name"))].stringValue()).isEqualTo("n");
        assertThat(slots[PLAN.slotOf(PATHS.indexOf("x"))].stringValue()).hasSize(8_000_000);
        byte[] manyValues = ("[" + "1,".repeat(1_000_000) + "1]").getBytes(StandardCharsets.US_ASCII);
        JsonScanner.validate(manyValues);
        byte[] unterminated = ("\"" + "a".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> JsonScanner.validate(unterminated)).hasMessageContaining("unterminated string");
    }

    @Test
    void errorsNameTheOffsetButNeverTheContent() {
        byte[] doc = "{\"token\":\"Bearer s3cr3t-value\",\"x\":tru}".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> JsonScanner.validate(doc))
                .isInstanceOf(JsonScanner.MalformedJsonException.class)
                .hasMessage("malformed JSON at byte 35: expected a value")
                .satisfies(e -> assertThat(((JsonScanner.MalformedJsonException) e).offset()).isEqualTo(35))
                .message().doesNotContain("s3cr3t");
    }

    @Test
    void aSliceOfABiggerArrayIsReadOnItsOwn() {
        byte[] doc = "xx{\"a\":1}yy".getBytes(StandardCharsets.US_ASCII);
        JsonNode[] slots = scan(doc, 2, 9);
        assertThat(slots[PLAN.slotOf(0)].intValue()).isEqualTo(1);
        assertThatThrownBy(() -> scan(doc, 2, 10))
                .hasMessageContaining("unexpected content after the JSON value");
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
