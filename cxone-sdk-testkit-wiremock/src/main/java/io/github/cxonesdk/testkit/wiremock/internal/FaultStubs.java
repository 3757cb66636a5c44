package io.github.cxonesdk.testkit.wiremock.internal;

import static io.github.cxonesdk.testkit.wiremock.internal.Stub.EXTRAS;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.FAULT;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.api;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.build;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.ArrayList;
import java.util.List;

/** Fault stubs: answers that take precedence over every API call, a counted number of times or until removed. */
public final class FaultStubs {
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    /** Every API call. */
    private static final String ALL_CALLS = "/api/.*";

    private FaultStubs() {
    }

    /**
     * Answers the next {@code count} API calls with {@code answer}, then lets the others answer again.
     *
     * @param name   a name unique among the faults of one server
     * @param count  how many calls, at least 1
     * @param answer the fault's answer
     * @return the stubs, one per call, chained in a scenario of their own
     */
    public static List<StubMapping> next(String name, int count, ResponseDefinitionBuilder answer) {
        List<StubMapping> stubs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String state = i == 0 ? Scenario.STARTED : "FAULT-" + i;
            stubs.add(build(name + "-" + (i + 1), FAULT, EXTRAS, api("ANY", ALL_CALLS).inScenario(name)
                    .whenScenarioStateIs(state).willSetStateTo(i + 1 == count ? "OVER" : "FAULT-" + (i + 1))
                    .willReturn(answer)));
        }
        return stubs;
    }

    /**
     * Answers 429 with {@code Retry-After}.
     *
     * @param retryAfter the header value (delta-seconds or HTTP-date template)
     * @return the response builder
     */
    public static ResponseDefinitionBuilder throttled(String retryAfter) {
        return Stub.error(429, "too_many_requests", "rate limit exceeded").withHeader("Retry-After", retryAfter);
    }

    /**
     * Returns the {@code Retry-After} HTTP-date template (RFC 9110 IMF-fixdate), rendered when the answer
     * is sent. WireMock formats dates in the JVM's default locale, so day and month names are picked
     * from their numbers here, never formatted: a German JVM would otherwise send "So., 29 Nov. 2026".
     *
     * @param seconds how far after the answer
     * @return the template
     */
    public static String httpDate(long seconds) {
        String now = "now offset='" + seconds + " seconds' timezone='GMT' format=";
        StringBuilder date = new StringBuilder();
        for (int i = 0; i < DAYS.size(); i++) {
            date.append(pick(now + "'u'", Integer.toString(i + 1), DAYS.get(i)));
        }
        date.append(", {{").append(now).append("'dd'}} ");
        for (int i = 0; i < MONTHS.size(); i++) {
            date.append(pick(now + "'MM'", String.format(java.util.Locale.ROOT, "%02d", i + 1), MONTHS.get(i)));
        }
        return date.append(" {{").append(now).append("'yyyy HH:mm:ss'}} GMT").toString();
    }

    private static String pick(String field, String value, String name) {
        return "{{#if (matches (" + field + ") '" + value + "')}}" + name + "{{/if}}";
    }

    /**
     * Answers 403 {@code insufficient_scope} to every call that needs {@code scope}.
     *
     * @param name  a name unique among the faults of one server
     * @param scope the scope the token lacks
     * @return the stubs, one per call that needs the scope (none for a scope no call needs)
     */
    public static List<StubMapping> insufficientScope(String name, String scope) {
        List<StubMapping> stubs = new ArrayList<>();
        for (Route route : Route.ALL) {
            if (route.scope().equals(scope)) {
                stubs.add(build(name + "-" + route.name(), FAULT, EXTRAS, api(route).willReturn(Stub.json(403,
                        "{\"error\": \"insufficient_scope\", \"message\": \"the token lacks scope '" + scope + "'\","
                                + " \"scope\": \"" + scope + "\", \"requestId\": \"" + Stub.REQUEST_ID + "\"}"))));
            }
        }
        return stubs;
    }

    /**
     * Returns a 200 whose JSON body is cut off.
     *
     * @return the response builder
     */
    public static ResponseDefinitionBuilder malformed() {
        return Stub.json(200, "{\"items\": [{\"id\": \"db-000");
    }
}
