package io.github.cxonesdk.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cxonesdk.core.json.CxoneJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@link JsonBytesWriter} against the mapper it stands in for: every case, and several thousand
 * seeded random trees, must come out byte for byte as {@code CxoneJson.mapper().writeValueAsBytes}.
 */
class JsonBytesWriterTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long SEED = 0x15_0B_17E5L;
    private static final int RUNS = 4_000;

    static Stream<Arguments> cases() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        ObjectNode names = F.objectNode();
        names.put("", 1);
        names.put("quote\" back\\ nl\n tab\t nul\u0000 us\u001f", "v");
        names.put("caf\u00e9 \u2028 \ud83d\ude00 \ud800", "astral and lone surrogate");
        ObjectNode nested = F.objectNode();
        nested.putObject("a").putArray("b").add(1).addObject().put("c", "d");
        nested.putArray("empty");
        nested.putObject("emptyObject");
        nested.putNull("n");
        nested.set("missing", F.missingNode());
        return Stream.of(
                Arguments.of("empty object", F.objectNode()),
                Arguments.of("empty array", F.arrayNode()),
                Arguments.of("nested", nested),
                Arguments.of("field names needing escapes", names),
                Arguments.of("all control chars", F.stringNode(controls.toString())),
                Arguments.of("quote backslash slash DEL", F.stringNode("\"\\/\u007f")),
                Arguments.of("line and paragraph separators", F.stringNode("\u2028\u2029")),
                Arguments.of("BMP non-ASCII", F.stringNode("Gr\u00fc\u00dfe \u00e9\u0800\u07ff\uffff \u4e2d\u6587 \uFEFF")),
                Arguments.of("astral", F.stringNode("\ud83d\ude00 \ud800\udc00 \udbff\udfff")),
                Arguments.of("unpaired high", F.stringNode("a\ud800b\ud800")),
                Arguments.of("unpaired low", F.stringNode("\udc00a\udfff")),
                Arguments.of("reversed pair", F.stringNode("\ude00\ud83d")),
                Arguments.of("empty string", F.stringNode("")),
                Arguments.of("int min", F.numberNode(Integer.MIN_VALUE)),
                Arguments.of("int max", F.numberNode(Integer.MAX_VALUE)),
                Arguments.of("int zero", F.numberNode(0)),
                Arguments.of("long min", F.numberNode(Long.MIN_VALUE)),
                Arguments.of("long max", F.numberNode(Long.MAX_VALUE)),
                Arguments.of("short", F.numberNode((short) -32768)),
                Arguments.of("huge BigInteger", F.numberNode(new BigInteger("-" + "9".repeat(400)))),
                Arguments.of("BigDecimal 1E+2", F.numberNode(new BigDecimal("1E+2"))),
                Arguments.of("BigDecimal 1.50", F.numberNode(new BigDecimal("1.50"))),
                Arguments.of("BigDecimal 0.000001", F.numberNode(new BigDecimal("0.000001"))),
                Arguments.of("BigDecimal 1E-7", F.numberNode(new BigDecimal("1E-7"))),
                Arguments.of("BigDecimal -0.0", F.numberNode(new BigDecimal("-0.0"))),
                Arguments.of("BigDecimal 1E+400", F.numberNode(new BigDecimal("1E+400"))),
                Arguments.of("double", F.numberNode(0.1 + 0.2)),
                Arguments.of("double NaN", F.numberNode(Double.NaN)),
                Arguments.of("float", F.numberNode(1.1f)),
                Arguments.of("binary", F.binaryNode(new byte[] {0, 1, 2, (byte) 0xff})),
                Arguments.of("POJO", F.pojoNode(Map.of("k", List.of(1, 2)))),
                Arguments.of("missing", F.missingNode()),
                Arguments.of("true", F.booleanNode(true)),
                Arguments.of("false", F.booleanNode(false)),
                Arguments.of("null", F.nullNode()),
                Arguments.of("subclass", F.arrayNode().add(new StringNode("x") { })),
                Arguments.of("array of everything", F.arrayNode().add(1).add(2L).add("s").add(1.5).add(new BigDecimal("2.50"))
                        .addNull().add(true).add(F.missingNode()).add(F.pojoNode("p")).add(F.binaryNode(new byte[] {7}))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesWhatTheMapperWrites(String name, JsonNode node) {
        assertSameBytes(node, name);
    }

    @Test
    void readTreesKeepTheirNumberTypes() {
        JsonNode tree = CxoneJson.mapper().readTree("{\"a\":1.5e3,\"b\":2.0,\"c\":1E2,\"d\":-0.0,\"e\":12345678901234567890,"
                + "\"f\":-9223372036854775808,\"g\":[0.000001,1e-7]}");
        assertSameBytes(tree, "read tree");
    }

    @Test
    void oneMegabyteStrings() {
        Random random = new Random(SEED);
        String ascii = "a".repeat(1 << 20);
        StringBuilder mixed = new StringBuilder(1 << 20);
        while (mixed.length() < (1 << 20)) {
            // pairs land on every offset, so they straddle the writer's chunks and the mapper's segments
            mixed.append(random.nextInt(4) == 0 ? "\ud83d\ude00" : random.nextBoolean() ? "\u00e9" : "x\n\"");
        }
        assertSameBytes(F.stringNode(ascii), "1 MB ASCII");
        assertSameBytes(F.stringNode(mixed.toString()), "1 MB mixed");
        assertSameBytes(F.objectNode().put(mixed.toString(), ascii), "1 MB name");
    }

    @Test
    void randomTreesComeOutByteForByte() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            JsonNode tree = randomValue(random, random.nextInt(9));
            assertSameBytes(tree, "seed " + SEED + " run " + run);
        }
    }

    @Test
    void nestingAtTheMappersLimitIsWritten() {
        assertSameBytes(nestedArrays(500), "500 levels");
    }

    @Test
    void nestingPastTheLimitFailsAsTheMapperFails() {
        for (int depth : new int[] {501, 2_000, 100_000}) {
            JsonNode deep = nestedArrays(depth);
            Throwable expected = catchThrowable(() -> CxoneJson.mapper().writeValueAsBytes(deep));
            Throwable actual = catchThrowable(() -> JsonBytesWriter.write(deep));
            assertThat(expected).as("the mapper rejects %s levels", depth).isNotNull();
            assertThat(actual).as("%s levels", depth).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        }
    }

    @Test
    void deepObjectsPastTheLimitFailAsTheMapperFails() {
        JsonNode deep = F.objectNode();
        for (int i = 0; i < 2_000; i++) {
            ObjectNode parent = F.objectNode();
            parent.set(i % 2 == 0 ? "k" : "", i % 3 == 0 ? F.arrayNode().add(deep) : deep);
            deep = parent;
        }
        JsonNode tree = deep;
        Throwable expected = catchThrowable(() -> CxoneJson.mapper().writeValueAsBytes(tree));
        assertThat(expected).isNotNull();
        assertThat(catchThrowable(() -> JsonBytesWriter.write(tree))).isInstanceOf(expected.getClass())
                .hasMessage(expected.getMessage());
    }

    private static JsonNode nestedArrays(int depth) {
        JsonNode node = F.arrayNode();
        for (int i = 1; i < depth; i++) {
            node = F.arrayNode().add(node);
        }
        return node;
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 16 : 13);
        return switch (kind) {
            case 0, 1 -> F.stringNode(randomString(random));
            case 2 -> F.numberNode(random.nextInt());
            case 3 -> F.numberNode(random.nextLong() >> random.nextInt(64));
            case 4 -> F.numberNode((short) random.nextInt());
            case 5 -> F.numberNode(new BigInteger(random.nextInt(200) + 1, random).subtract(BigInteger.ONE.shiftLeft(100)));
            case 6 -> F.numberNode(new BigDecimal(new BigInteger(random.nextInt(100) + 1, random), random.nextInt(40) - 20));
            case 7 -> F.booleanNode(random.nextBoolean());
            case 8 -> F.nullNode();
            case 9 -> F.numberNode(Double.longBitsToDouble(random.nextLong()));
            case 10 -> F.numberNode(random.nextFloat() * 1e6f);
            case 11 -> random.nextInt(8) == 0 ? F.missingNode() : F.binaryNode(randomBytes(random));
            case 12 -> random.nextInt(20) == 0 ? F.pojoNode(List.of(random.nextInt(), "p")) : F.stringNode("");
            case 13, 14 -> randomObject(random, depth - 1);
            default -> randomArray(random, depth - 1);
        };
    }

    private static ObjectNode randomObject(Random random, int depth) {
        ObjectNode node = F.objectNode();
        for (int i = random.nextInt(8); i > 0; i--) {
            node.set(randomString(random), randomValue(random, depth));
        }
        return node;
    }

    private static ArrayNode randomArray(Random random, int depth) {
        ArrayNode node = F.arrayNode();
        for (int i = random.nextInt(8); i > 0; i--) {
            node.add(randomValue(random, depth));
        }
        return node;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Mostly short, sometimes long (past the writer's chunk); ASCII, controls, BMP, astral, lone surrogates. */
    private static String randomString(Random random) {
        int length = random.nextInt(50) == 0 ? random.nextInt(20_000) : random.nextInt(24);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(10)) {
                case 0 -> sb.append((char) random.nextInt(0x20));
                case 1 -> sb.append("\"\\/\u007f".charAt(random.nextInt(4)));
                case 2 -> sb.append((char) (0x80 + random.nextInt(0x800 - 0x80)));
                case 3 -> sb.append((char) random.nextInt(0x10000)); // any BMP unit, lone surrogates included
                case 4 -> sb.appendCodePoint(0x10000 + random.nextInt(0x110000 - 0x10000));
                default -> sb.append((char) (0x20 + random.nextInt(0x5f)));
            }
        }
        return sb.toString();
    }

    private static void assertSameBytes(JsonNode node, String label) {
        byte[] expected = CxoneJson.mapper().writeValueAsBytes(node);
        byte[] actual = JsonBytesWriter.write(node);
        int mismatch = Arrays.mismatch(actual, expected);
        assertThat(mismatch).as(() -> label + ": first difference at byte " + mismatch + "\n tree     " + cap(node.toString())
                + "\n expected " + cap(new String(expected, StandardCharsets.UTF_8))
                + "\n actual   " + cap(new String(actual, StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    private static String cap(String s) {
        return s.length() <= 2_000 ? s : s.substring(0, 2_000) + "... (" + s.length() + " chars)";
    }

    @Test
    void concurrentCallsDoNotShareState() throws InterruptedException {
        List<JsonNode> trees = new ArrayList<>();
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 200; i++) {
            trees.add(randomValue(random, 6));
        }
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (JsonNode tree : trees) {
                        assertSameBytes(tree, "concurrent");
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
