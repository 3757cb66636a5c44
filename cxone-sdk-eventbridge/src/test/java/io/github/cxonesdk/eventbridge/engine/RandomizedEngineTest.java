package io.github.cxonesdk.eventbridge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.AttributeMatcher;
import io.github.cxonesdk.eventbridge.Channel;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.Operator;
import io.github.cxonesdk.eventbridge.PatternRule;
import io.github.cxonesdk.eventbridge.PatternType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cross-checks the engine (indexes, streaming extraction) against {@link ReferenceMatcher} on
 * seeded random filters and events full of edge cases: numeric strings, decimals, booleans,
 * nulls, arrays, nested objects, IPv4, IPv6 and IPv4-mapped addresses.
 */
class RandomizedEngineTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] PATHS = {"payload.a", "payload.b", "payload.c.d", "payload.tags", "x", "payload.c"};
    private static final Object[] VALUES = {"alpha", "beta", "al", "alphabet", "10", "10.0", "7.5", "-3", "1e1", "",
        10, new BigDecimal("10.00"), 7.5, -3, 0, 300L, true, false, 1234567890123456789L, new BigDecimal("1E+30"),
        "1000000000000000000000000000000", new BigDecimal("123456789012345678.5"), "1e999999999", -0.0,
        new BigDecimal("0.000000000000000000001")};
    private static final String[] IPS = {"10.1.2.3", "10.255.0.1", "192.168.1.1", "2001:db8::1", "::ffff:10.0.0.1",
        "fe80::1", "not-an-ip", "10.1.2", "1.2.3.4"};
    private static final String[] REGEXES = {"^al", "ph", "a.*t$", "^1", "0$"};
    private static final String[] PREFIXES = {"al", "10", "be", "1"};
    private static final String[] BLOCKS = {"10.0.0.0/8", "10.1.0.0/16", "192.168.0.0/16", "2001:db8::/32",
        "::ffff:0:0/96", "0.0.0.0/0", "::/0", "10.1.2.3/32"};
    private static final Channel[] CHANNELS = {Channel.VOICE, Channel.CHAT, Channel.WEB};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void engineAgreesWithTheReferenceMatcher(long seed) {
        Random random = new Random(seed);
        Map<String, FilterDefinition> filters = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            filters.put("f" + i, filter(random, "f" + i));
        }
        FilterEngine engine = FilterEngine.compile(filters);
        int matchesSeen = 0;
        for (int e = 0; e < 400; e++) {
            ObjectNode event = event(random);
            List<String> expected = new ArrayList<>();
            filters.forEach((id, filter) -> {
                if (ReferenceMatcher.matches(filter, event)) {
                    expected.add(id);
                }
            });
            matchesSeen += expected.size();
            byte[] bytes = CxoneJson.mapper().writeValueAsBytes(event);
            assertThat(engine.evaluate(bytes).filterIds()).as("bytes %s", event).isEqualTo(expected);
            assertThat(engine.evaluate(event).filterIds()).as("tree %s", event).isEqualTo(expected);
            assertThat(engine.explain(bytes).matchedIds()).as("explain %s", event).isEqualTo(expected);
        }
        assertThat(matchesSeen).as("the generator produces matches").isGreaterThan(100);
    }

    private static FilterDefinition filter(Random random, String name) {
        FilterDefinition.Builder builder = FilterDefinition.builder().name(name)
                .channel(CHANNELS[random.nextInt(CHANNELS.length)]).targetGroupId("g" + random.nextInt(5));
        int conditions = 1 + random.nextInt(3);
        for (int c = 0; c < conditions; c++) {
            if (random.nextInt(3) == 0) {
                builder.patternRule(rule(random));
            } else {
                builder.matcher(matcher(random));
            }
        }
        return builder.build();
    }

    private static AttributeMatcher matcher(Random random) {
        String path = PATHS[random.nextInt(PATHS.length)];
        Operator operator = Operator.values()[random.nextInt(6)];
        Object value = VALUES[random.nextInt(VALUES.length)];
        switch (operator) {
            case IN -> value = List.of(VALUES[random.nextInt(VALUES.length)], VALUES[random.nextInt(VALUES.length)]);
            case GREATER_THAN, LESS_THAN -> value = new Object[] {10, "7.5", -3, 0, new BigDecimal("9.99"), "1e1",
                1234567890123456788L, "1e30", new BigDecimal("123456789012345678.4")}[random.nextInt(9)];
            default -> { }
        }
        return AttributeMatcher.of(path, operator, value);
    }

    private static PatternRule rule(Random random) {
        PatternType type = PatternType.values()[random.nextInt(3)];
        String pattern = switch (type) {
            case REGEX -> REGEXES[random.nextInt(REGEXES.length)];
            case PREFIX -> PREFIXES[random.nextInt(PREFIXES.length)];
            default -> BLOCKS[random.nextInt(BLOCKS.length)];
        };
        String field = type == PatternType.CIDR && random.nextBoolean() ? "payload.ip" : PATHS[random.nextInt(PATHS.length)];
        return PatternRule.of(type, field, pattern);
    }

    private static ObjectNode event(Random random) {
        ObjectNode event = NODES.objectNode();
        if (random.nextInt(10) > 0) {
            event.put("channel", random.nextInt(10) > 0 ? CHANNELS[random.nextInt(CHANNELS.length)].wireValue() : "VOICE");
        }
        ObjectNode payload = event.putObject("payload");
        putRandom(random, payload, "a");
        putRandom(random, payload, "b");
        putRandom(random, payload, "tags");
        if (random.nextBoolean()) {
            ObjectNode c = payload.putObject("c");
            putRandom(random, c, "d");
        } else {
            putRandom(random, payload, "c");
        }
        if (random.nextInt(4) > 0) {
            payload.put("ip", IPS[random.nextInt(IPS.length)]);
        }
        putRandom(random, event, "x");
        event.put("padding", "ignored");
        return event;
    }

    private static void putRandom(Random random, ObjectNode parent, String name) {
        switch (random.nextInt(8)) {
            case 0 -> { }
            case 1 -> parent.putNull(name);
            case 2 -> {
                ArrayNode array = parent.putArray(name);
                for (int k = random.nextInt(3); k >= 0; k--) {
                    array.add(scalar(VALUES[random.nextInt(VALUES.length)]));
                }
            }
            case 3 -> parent.put(name, IPS[random.nextInt(IPS.length)]);
            default -> parent.set(name, scalar(VALUES[random.nextInt(VALUES.length)]));
        }
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(BigDecimal.valueOf(d));
        }
        return NODES.numberNode(((Number) value).longValue());
    }
}
