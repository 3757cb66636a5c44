package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.CxoneHttp;
import java.time.Duration;
import java.util.List;

/** Definitions and a client shared by the tests. */
final class Filters {
    private Filters() {
    }

    static FilterDefinition platinumVoice(String name) {
        return FilterDefinition.builder()
                .name(name)
                .description("Platinum callers to the premium desk")
                .channel(Channel.VOICE)
                .matcher(AttributeMatcher.of("payload.customer.tier", Operator.EQUALS, "platinum"))
                .matcher(AttributeMatcher.of("payload.handleTime", Operator.GREATER_THAN, 300))
                .patternRule(PatternRule.of(PatternType.PREFIX, "payload.skillId", "skill_premium_"))
                .targetGroupId("grp_premium")
                .build();
    }

    static FilterDefinition chatInTiers(String name) {
        return FilterDefinition.builder()
                .name(name)
                .channel(Channel.CHAT)
                .matcher(AttributeMatcher.of("payload.customer.tier", Operator.IN, List.of("gold", "platinum")))
                .matcher(AttributeMatcher.of("payload.waitTime", Operator.LESS_THAN, "10"))
                .targetGroupId("grp_chat")
                .build();
    }

    /** A client over {@code http} that polls activation quickly, so the tests do not idle. */
    static FiltersClient quickClient(CxoneHttp http) {
        return FiltersClient.builder(http).pollDelays(Duration.ofMillis(20), Duration.ofMillis(200)).build();
    }
}
