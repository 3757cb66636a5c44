package io.github.cxonesdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The live-token map and the filter-group map stay bounded however long the simulator runs. */
class BoundedStateTest {
    private static final String GROUP = "/api/v2/event-processing/filter-groups/{}/filters";

    private final Clock clock = Clock.systemUTC();

    @Test
    void liveTokens_areCapped_theOldestIssuedGoesFirst() {
        Tokens tokens = new Tokens(clock, 3);
        List<Tokens.Issued> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issued.add(tokens.issue("client", Set.of("s"), Duration.ofHours(1)));
        }
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.lookup(issued.get(0).value())).isNull();
        assertThat(tokens.lookup(issued.get(1).value())).isNull();
        assertThat(tokens.lookup(issued.get(4).value())).isSameAs(issued.get(4));
        assertThat(Tokens.MAX_LIVE).isEqualTo(10_000);
    }

    @Test
    void groups_areCapped_theLeastRecentlyAssignedGoesFirst() {
        FaultInjector faults = new FaultInjector(clock);
        Router router = new Router(new Tokens(clock), faults);
        new FilterGroupsApi(id -> true, new FilterAudit(clock), 2).register(router);
        Tokens.Issued principal = new Tokens(clock).issue("tester", Set.of(), Duration.ofHours(1));
        Router.Endpoint put = router.endpoint("PUT", GROUP);
        Router.Endpoint get = router.endpoint("GET", GROUP);
        for (String group : List.of("a", "b", "a", "c")) {
            assertThat(put.apply(new ApiRequest("PUT", GROUP, Map.of(), n -> null, "{\"filter_ids\":[\"flt-1\"]}",
                    List.of(group), principal, "r")).status()).isEqualTo(204);
        }
        assertThat(get.apply(new ApiRequest("GET", GROUP, Map.of(), n -> null, "", List.of("a"), principal, "r"))
                .status()).isEqualTo(200);
        assertThat(get.apply(new ApiRequest("GET", GROUP, Map.of(), n -> null, "", List.of("c"), principal, "r"))
                .status()).isEqualTo(200);
        assertThatThrownBy(() -> get.apply(new ApiRequest("GET", GROUP, Map.of(), n -> null, "", List.of("b"), principal, "r")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(FilterGroupsApi.MAX_GROUPS).isEqualTo(10_000);
    }
}
