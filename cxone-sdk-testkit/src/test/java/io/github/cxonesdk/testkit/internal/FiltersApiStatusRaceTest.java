package io.github.cxonesdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the filter endpoints directly to interleave a delete with a status read deterministically. */
class FiltersApiStatusRaceTest {
    private static final String BASE = "/api/v2/event-processing/filters";
    private static final String BODY = "{\"name\":\"racy\",\"channel\":\"voice\",\"matchers\":[],\"pattern_rules\":[]}";

    private final Clock clock = Clock.systemUTC();
    private final FaultInjector faults = new FaultInjector(clock);
    private final FiltersApi api = new FiltersApi(clock, Duration.ofHours(1), faults);
    private final Router router = new Router(new Tokens(clock), faults);
    private final Tokens.Issued principal = new Tokens(clock).issue("tester", Set.of(), Duration.ofHours(1));

    FiltersApiStatusRaceTest() {
        api.register(router);
    }

    @AfterEach
    void close() {
        api.close();
    }

    private ApiResponse call(String method, String pattern, List<String> vars, String body) {
        ApiRequest request = new ApiRequest(method, BASE, Map.of(), name -> null, body, vars, principal, "req-1");
        return router.endpoint(method, pattern).apply(request);
    }

    @Test
    void status_ofAFilterDeletedWhileItIsRead_answersTheStateOr404_neverFails() {
        String id = call("POST", BASE, List.of(), BODY).body().get("id").stringValue();
        // the path variable list deletes the filter as soon as the handler looks the id up a second time,
        // i.e. between its existence check and its state read
        List<String> deletingVars = new AbstractList<>() {
            private int reads;

            @Override
            public String get(int index) {
                if (++reads == 2) {
                    call("DELETE", BASE + "/{}", List.of(id), "");
                }
                return id;
            }

            @Override
            public int size() {
                return 1;
            }
        };
        try {
            ApiResponse status = call("GET", BASE + "/{}/status", deletingVars, "");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.body().get("status").stringValue()).isEqualTo("PENDING_ACTIVATION");
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(404);
        }
        if (api.exists(id)) {
            call("DELETE", BASE + "/{}", List.of(id), "");
        }
        assertThatThrownBy(() -> call("GET", BASE + "/{}/status", List.of(id), ""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
