package io.github.cxonesdk.benchmarks;

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
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic (seeded) filters and events for the benchmarks, using only what both the cxone
 * engine and event-ruler express identically: exact string equality, anything-of ({@code in}),
 * prefix, numeric ranges on JSON numbers and IPv4 CIDR blocks. No filtered path crosses an array
 * (event-ruler would match array elements; the cxone semantics call such a path missing).
 *
 * <p>Thread-safe (stateless).
 */
public final class Workload {
    private static final Channel[] CHANNELS = {Channel.VOICE, Channel.CHAT, Channel.EMAIL, Channel.SMS, Channel.WEB};
    private static final String[] SKILL_FAMILIES = {"premium", "standard", "basic", "vip", "support"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Workload() {
    }

    /**
     * Generates filters; each has a channel and one to three conditions on distinct fields.
     *
     * @param count how many
     * @param seed the random seed
     * @return the filters by id, in generation order
     */
    public static Map<String, FilterDefinition> filters(int count, long seed) {
        Random random = new Random(seed);
        Map<String, FilterDefinition> filters = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("f%04d", i);
            FilterDefinition.Builder filter = FilterDefinition.builder().name(id)
                    .channel(CHANNELS[random.nextInt(CHANNELS.length)]).targetGroupId("grp_" + random.nextInt(20));
            List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
            int conditions = 1 + random.nextInt(3);
            for (int c = 0; c < conditions; c++) {
                addCondition(filter, kinds.remove(random.nextInt(kinds.size())), random);
            }
            filters.put(id, filter.build());
        }
        return filters;
    }

    private static void addCondition(FilterDefinition.Builder filter, int kind, Random random) {
        switch (kind) {
            case 0 -> filter.matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, tier(random)));
            case 1 -> filter.matcher(AttributeMatcher.of("payload.campaignId", Operator.IN,
                    List.of(campaign(random), campaign(random), campaign(random), campaign(random))));
            case 2 -> filter.matcher(AttributeMatcher.of("payload.queue", Operator.EQUALS, queue(random)));
            case 3 -> filter.patternRule(PatternRule.of(PatternType.PREFIX, "payload.skillId",
                    "skill_" + SKILL_FAMILIES[random.nextInt(SKILL_FAMILIES.length)] + "_" + random.nextInt(4)));
            case 4 -> {
                int low = random.nextInt(900);
                filter.matcher(AttributeMatcher.of("payload.handleTime", Operator.GREATER_THAN, low));
                if (random.nextBoolean()) {
                    filter.matcher(AttributeMatcher.of("payload.handleTime", Operator.LESS_THAN, low + 50 + random.nextInt(300)));
                }
            }
            case 5 -> filter.matcher(AttributeMatcher.of("payload.waitTime", Operator.LESS_THAN,
                    new BigDecimal(random.nextInt(3000)).movePointLeft(1)));
            default -> filter.patternRule(PatternRule.of(PatternType.CIDR, "payload.customer.ip", random.nextBoolean()
                    ? "10." + random.nextInt(64) + ".0.0/16" : "10." + random.nextInt(64) + "." + random.nextInt(8) + ".0/24"));
        }
    }

    /**
     * Expresses a filter as an event-ruler rule (JSON).
     *
     * @param filter a filter made by {@link #filters(int, long)}
     * @return the rule
     */
    public static String rulerRule(FilterDefinition filter) {
        Map<String, List<Object>> byPath = new LinkedHashMap<>();
        Map<String, List<Object>> ranges = new LinkedHashMap<>();
        byPath.put("channel", List.of(filter.channel().wireValue()));
        for (AttributeMatcher m : filter.matchers()) {
            switch (m.operator()) {
                case EQUALS -> byPath.put(m.attribute(), List.of(m.value()));
                case IN -> byPath.put(m.attribute(), new ArrayList<>((List<?>) m.value()));
                case GREATER_THAN, LESS_THAN -> {
                    List<Object> range = ranges.computeIfAbsent(m.attribute(), k -> new ArrayList<>());
                    range.add(m.operator() == Operator.GREATER_THAN ? ">" : "<");
                    range.add(m.value());
                }
                default -> throw new IllegalArgumentException("not expressible: " + m.operator());
            }
        }
        ranges.forEach((path, range) -> byPath.put(path, List.of(Map.of("numeric", range))));
        for (PatternRule r : filter.patternRules()) {
            byPath.put(r.field(), List.of(Map.of(r.type() == PatternType.CIDR ? "cidr" : "prefix", r.pattern())));
        }
        ObjectNode rule = NODES.objectNode();
        byPath.forEach((path, values) -> {
            ObjectNode parent = rule;
            String[] names = path.split("\\.");
            for (int k = 0; k < names.length - 1; k++) {
                parent = parent.has(names[k]) ? (ObjectNode) parent.get(names[k]) : parent.putObject(names[k]);
            }
            parent.set(names[names.length - 1], CxoneJson.mapper().valueToTree(values));
        });
        return rule.toString();
    }

    /**
     * Generates events shaped like the API.md event stream example, padded to about 900 bytes.
     *
     * @param count how many
     * @param seed the random seed
     * @return the events as UTF-8 JSON
     */
    public static List<byte[]> events(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(CxoneJson.mapper().writeValueAsBytes(event(random, i)));
        }
        return events;
    }

    private static ObjectNode event(Random random, int i) {
        ObjectNode event = NODES.objectNode();
        event.put("eventId", "e-" + (100_000 + i));
        event.put("sequence", 4711 + i);
        event.put("type", "interaction.completed");
        event.put("timestamp", "2026-05-20T14:03:" + (10 + i % 50) + "Z");
        event.put("channel", CHANNELS[random.nextInt(CHANNELS.length)].wireValue());
        event.put("tenantId", "tenant-7f3a9c2e");
        ObjectNode payload = event.putObject("payload");
        payload.put("interactionId", "i-" + Long.toHexString(random.nextLong()));
        payload.put("campaignId", campaign(random));
        payload.put("handleTime", new BigDecimal(random.nextInt(12_000)).movePointLeft(1));
        payload.put("waitTime", new BigDecimal(random.nextInt(3_000)).movePointLeft(1));
        payload.put("completionTime", "2026-05-20T14:03:11Z");
        payload.put("skillId", "skill_" + SKILL_FAMILIES[random.nextInt(SKILL_FAMILIES.length)] + "_" + random.nextInt(40));
        payload.put("queue", queue(random));
        payload.put("agentId", "team" + random.nextInt(50) + "-u" + random.nextInt(500));
        ObjectNode customer = payload.putObject("customer");
        customer.put("tier", tier(random));
        customer.put("ip", random.nextInt(4) == 0 ? "192.168." + random.nextInt(256) + "." + random.nextInt(256)
                : "10." + random.nextInt(64) + "." + random.nextInt(8) + "." + random.nextInt(256));
        customer.put("region", "region-" + random.nextInt(30));
        customer.put("customerId", "c-" + Long.toHexString(random.nextLong()));
        ObjectNode context = event.putObject("context");
        context.put("userAgent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36");
        context.put("sessionId", "s-" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
        context.put("referrer", "https://www.example.com/support/contact");
        context.putArray("labels").add("inbound").add("priority-" + random.nextInt(5)).add("auto-routed");
        ObjectNode metrics = event.putObject("metrics");
        metrics.put("holdTime", random.nextInt(120));
        metrics.put("transfers", random.nextInt(3));
        metrics.put("sentimentScore", new BigDecimal(random.nextInt(200) - 100).movePointLeft(2));
        metrics.put("surveyOffered", random.nextBoolean());
        metrics.put("recordingUrl", "https://recordings.example.com/2026/05/20/" + Long.toHexString(random.nextLong()) + ".wav");
        return event;
    }

    private static String tier(Random random) {
        return "tier_" + random.nextInt(20);
    }

    private static String campaign(Random random) {
        return String.format("camp_%03d", random.nextInt(200));
    }

    private static String queue(Random random) {
        return "queue_" + random.nextInt(50);
    }
}
