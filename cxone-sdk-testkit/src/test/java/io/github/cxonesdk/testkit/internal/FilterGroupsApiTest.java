package io.github.cxonesdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API.md: PUT adds members (idempotent, creates the group), DELETE removes one, and no addition is lost. */
class FilterGroupsApiTest {
    private static final String GROUP = "/api/v2/event-processing/filter-groups/{}/filters";
    private static final String MEMBER = GROUP + "/{}";

    private final Clock clock = Clock.systemUTC();
    private final Router router = new Router(new Tokens(clock), new FaultInjector(clock));
    private final FilterAudit audit = new FilterAudit(clock);
    private final Tokens.Issued principal = new Tokens(clock).issue("tester", Set.of(), Duration.ofHours(1));

    FilterGroupsApiTest() {
        new FilterGroupsApi(id -> id.startsWith("flt-"), audit).register(router);
    }

    private ApiResponse call(String method, String pattern, String body, String... vars) {
        return router.endpoint(method, pattern)
                .apply(new ApiRequest(method, GROUP, Map.of(), n -> null, body, List.of(vars), principal, "r"));
    }

    private ApiResponse add(String group, String... ids) {
        StringBuilder body = new StringBuilder("{\"filter_ids\":[");
        for (int i = 0; i < ids.length; i++) {
            body.append(i == 0 ? "\"" : ",\"").append(ids[i]).append('"');
        }
        return call("PUT", GROUP, body.append("]}").toString(), group);
    }

    private List<String> members(String group) {
        JsonNode page = call("GET", GROUP, "", group).body();
        List<String> ids = new ArrayList<>();
        page.get("filter_ids").forEach(id -> ids.add(id.stringValue()));
        return ids;
    }

    @Test
    void put_addsToTheMembers_idempotently_andCreatesTheGroup() {
        assertThat(add("g", "flt-1", "flt-2").status()).isEqualTo(204);
        assertThat(add("g", "flt-3", "flt-1").status()).isEqualTo(204);
        assertThat(add("g", "flt-2").status()).isEqualTo(204);

        assertThat(members("g")).containsExactly("flt-1", "flt-2", "flt-3");
    }

    @Test
    void concurrentAdditionsOfDifferentFilters_toOneGroup_loseNone() throws Exception {
        int writers = 16;
        int perWriter = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                for (int i = 0; i < perWriter; i++) {
                    expected.add("flt-" + writer + "-" + i);
                }
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        assertThat(add("shared", "flt-" + writer + "-" + i).status()).isEqualTo(204);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode page = call("GET", GROUP, "", "shared").body();
        assertThat(page.get("filter_ids").size()).isEqualTo(50); // default page size; read the rest below
        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, List<String>> query = cursor == null ? Map.of("page_size", List.of("100"))
                    : Map.of("page_size", List.of("100"), "cursor", List.of(cursor));
            ApiRequest request = new ApiRequest("GET", GROUP, query, n -> null, "", List.of("shared"), principal, "r");
            JsonNode body = router.endpoint("GET", GROUP).apply(request).body();
            body.get("filter_ids").forEach(id -> all.add(id.stringValue()));
            cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").stringValue();
        } while (cursor != null);
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void delete_removesOneMember_and404sWhenItIsNotOne() {
        add("g", "flt-1", "flt-2", "flt-3");

        assertThat(call("DELETE", MEMBER, "", "g", "flt-2").status()).isEqualTo(204);

        assertThat(members("g")).containsExactly("flt-1", "flt-3");
        assertThatThrownBy(() -> call("DELETE", MEMBER, "", "g", "flt-2"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> call("DELETE", MEMBER, "", "nope", "flt-1"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aFilterDeletedWhileItIsAdded_neverStaysAMember() throws Exception {
        Set<String> live = ConcurrentHashMap.newKeySet();
        live.add("flt-doomed");
        AtomicReference<FilterGroupsApi> api = new AtomicReference<>();
        AtomicReference<Thread> deleter = new AtomicReference<>();
        // the existence check starts a concurrent delete (store removal, then forget) and lets it run as far
        // as it can: to the end when the check holds no lock, or until it blocks on the group lock
        Predicate<String> exists = id -> {
            boolean found = live.contains(id);
            if (deleter.get() == null) {
                Thread delete = new Thread(() -> {
                    live.remove(id);
                    api.get().forget(id);
                });
                deleter.set(delete);
                delete.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> !delete.isAlive()
                        || delete.getState() == Thread.State.BLOCKED);
            }
            return found;
        };
        api.set(new FilterGroupsApi(exists, audit));
        Router own = new Router(new Tokens(clock), new FaultInjector(clock));
        api.get().register(own);

        own.endpoint("PUT", GROUP).apply(new ApiRequest("PUT", GROUP, Map.of(), n -> null,
                "{\"filter_ids\":[\"flt-doomed\"]}", List.of("g"), principal, "r"));
        deleter.get().join(30_000);

        JsonNode page = own.endpoint("GET", GROUP).apply(new ApiRequest("GET", GROUP, Map.of(), n -> null, "",
                List.of("g"), principal, "r")).body();
        assertThat(page.get("filter_ids")).isEmpty();
    }
}
