package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Event-processing filters: validate, CRUD with ETags (409 on a stale If-Match), the lifecycle
 * DRAFT → PENDING_ACTIVATION → ACTIVE (or FAILED with a reason), and matching of streamed events
 * against ACTIVE filters for the metrics.
 */
public final class FiltersApi implements AutoCloseable {
    private static final String WHAT = "filter";
    private static final String BASE = "/api/v2/event-processing/filters";
    private static final List<String> SERVER_FIELDS = List.of("id", "etag", "status", "reason", "version",
            "created_at", "updated_at");

    /**
     * The lifecycle state of one filter. {@code generation} numbers its activations: a scheduled
     * "activation finished" step applies only to the generation it was scheduled for. {@code matcher}
     * is set exactly when the status is ACTIVE, so the set of filters counted in the metrics is
     * derived from the same state the status endpoint answers.
     */
    private record State(String status, String reason, long generation, FilterMatcher matcher) {
    }

    /** Runs a task after a delay; injectable so tests can order the scheduled steps themselves. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private final ResourceStore store;
    private final Duration activationDelay;
    private final FaultInjector faults;
    private final FilterAudit audit;
    private final FilterMetrics metrics;
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Map<String, String> failReasons = new ConcurrentHashMap<>();
    /** The ACTIVE filters' matchers, rebuilt from {@code states} under the lock on every transition. */
    private volatile Map<String, FilterMatcher> active = Map.of();
    private final ScheduledExecutorService executor;
    private final Scheduler scheduler;
    private final FilterGroupsApi groups;

    public FiltersApi(Clock clock, Duration activationDelay, FaultInjector faults) {
        this(clock, activationDelay, faults, null);
    }

    /** Creates the endpoint group with an injected scheduler (a private single thread when null). */
    FiltersApi(Clock clock, Duration activationDelay, FaultInjector faults, Scheduler scheduler) {
        if (scheduler == null) {
            this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cxone-sim-filters");
                t.setDaemon(true);
                return t;
            });
            this.scheduler = (task, delay) -> executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            this.executor = null;
            this.scheduler = scheduler;
        }
        this.store = new ResourceStore("flt-", clock, 10_000);
        this.activationDelay = activationDelay;
        this.faults = faults;
        this.audit = new FilterAudit(clock);
        this.metrics = new FilterMetrics(clock, store::exists);
        this.groups = new FilterGroupsApi(store::exists, audit);
    }

    public void register(Router router) {
        router.route("POST", BASE + "/validate", "event-processing:read", this::validate)
                .route("POST", BASE, "event-processing:write", this::create)
                .route("GET", BASE + "/{}", "event-processing:read", this::get)
                .route("GET", BASE + "/{}/status", "event-processing:read", this::status)
                .route("PUT", BASE + "/{}", "event-processing:write", this::update)
                .route("DELETE", BASE + "/{}", "event-processing:write", this::delete);
        groups.register(router);
        metrics.register(router);
        audit.register(router);
    }

    public void failActivation(String name, String reason) {
        failReasons.put(name, reason);
    }

    /** Returns whether a filter exists (not deleted). */
    boolean exists(String id) {
        return store.exists(id);
    }

    /** Returns the ids of the filters the metrics currently count (the ACTIVE ones). */
    java.util.Set<String> activeFilterIds() {
        return active.keySet();
    }

    /** Counts one streamed event against the ACTIVE filters (for the hit-rate metrics). */
    public void observe(JsonNode event) {
        Map<String, FilterMatcher> snapshot = active;
        List<String> matched = new ArrayList<>(2);
        for (Map.Entry<String, FilterMatcher> e : snapshot.entrySet()) {
            if (e.getValue().matches(event)) {
                matched.add(e.getKey());
            }
        }
        metrics.count(matched);
    }

    private ApiResponse validate(ApiRequest request) {
        FilterValidator.validate(request.jsonBody());
        ObjectNode body = Json.object();
        body.put("valid", true);
        return ApiResponse.ok(body);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = userFields(request.jsonBody());
        FilterValidator.validate(body);
        ResourceStore.Entry entry = store.create(body);
        synchronized (this) {
            if (store.exists(entry.id())) { // not deleted between the store write and this lock
                states.put(entry.id(), new State("DRAFT", null, 0, null));
            }
        }
        audit.record(request.actor(), "created", entry.id(), details(entry));
        ApiResponse answer = versioned(201, entry, false);
        startActivation(entry.id());
        return answer;
    }

    private ApiResponse get(ApiRequest request) {
        boolean export = "true".equalsIgnoreCase(request.queryParam("export_state"));
        return versioned(200, store.get(request.var(0), WHAT), export);
    }

    private ApiResponse status(ApiRequest request) {
        // one read of the state: a separate existence check could see a filter a concurrent delete
        // removes before the state read (a 500); the state map holds exactly the live filters
        String id = request.var(0);
        State state = states.get(id);
        if (state == null) {
            throw ApiException.notFound(WHAT, id);
        }
        ObjectNode body = Json.object();
        body.put("status", state.status());
        body.put("reason", state.reason());
        return ApiResponse.ok(body);
    }

    private ApiResponse update(ApiRequest request) {
        String id = request.var(0);
        ObjectNode body = userFields(request.jsonBody());
        FilterValidator.validate(body);
        store.get(id, WHAT);
        if (request.header("If-Match") != null && faults.takeConcurrentEdit()) {
            ResourceStore.Entry edited = store.modify(id, c -> c.put("description", "edited concurrently by the simulator"));
            audit.record("simulator", "updated", id, details(edited));
        }
        ResourceStore.Entry entry = store.replace(id, WHAT, request.header("If-Match"), 409, body);
        audit.record(request.actor(), "updated", id, details(entry));
        startActivation(id);
        return versioned(200, entry, false);
    }

    private ApiResponse delete(ApiRequest request) {
        String id = request.var(0);
        store.delete(id, WHAT);
        synchronized (this) {
            if (states.remove(id) != null) {
                refreshActive();
            }
        }
        groups.forget(id);
        metrics.forget(id);
        audit.record(request.actor(), "deleted", id, null);
        return ApiResponse.noContent();
    }

    /** Starts a new activation generation; every lifecycle transition holds this object's lock. */
    private synchronized void startActivation(String id) {
        State current = states.get(id);
        if (current == null) {
            return; // deleted meanwhile
        }
        State next = new State("PENDING_ACTIVATION", null, current.generation() + 1, null);
        states.put(id, next);
        refreshActive();
        audit.record("system", "status_changed", id, statusDetails(next));
        long generation = next.generation();
        scheduler.schedule(() -> finishActivation(id, generation), activationDelay);
    }

    /** Ends the activation it was scheduled for; a stale generation or a deleted filter is left alone. */
    private synchronized void finishActivation(String id, long generation) {
        State current = states.get(id);
        if (current == null || current.generation() != generation || !"PENDING_ACTIVATION".equals(current.status())) {
            return;
        }
        ResourceStore.Entry entry;
        try {
            entry = store.get(id, WHAT);
        } catch (ApiException gone) {
            return;
        }
        String reason = failReasons.get(Json.string(entry.body(), "name"));
        State done = reason == null ? new State("ACTIVE", null, generation, FilterMatcher.compile(entry.body()))
                : new State("FAILED", reason, generation, null);
        states.put(id, done);
        refreshActive();
        audit.record("system", "status_changed", id, statusDetails(done));
    }

    /** Rebuilds the matcher snapshot from the states; called with the lock held after every transition. */
    private void refreshActive() {
        Map<String, FilterMatcher> next = new LinkedHashMap<>();
        states.forEach((id, state) -> {
            if (state.matcher() != null) {
                next.put(id, state.matcher());
            }
        });
        active = Map.copyOf(next);
    }

    private ApiResponse versioned(int status, ResourceStore.Entry entry, boolean export) {
        ObjectNode body = entry.body().deepCopy();
        body.put("etag", entry.etag());
        State state = states.getOrDefault(entry.id(), new State("DRAFT", null, 0, null));
        body.put("status", status == 201 ? "DRAFT" : state.status());
        if (export) {
            body.put("reason", state.reason());
            body.put("version", entry.version());
            body.put("created_at", entry.created().toString());
            body.put("updated_at", entry.updated().toString());
        }
        return ApiResponse.of(status, body).header("ETag", entry.etag());
    }

    private static ObjectNode userFields(ObjectNode body) {
        SERVER_FIELDS.forEach(body::remove);
        return body;
    }

    private static ObjectNode details(ResourceStore.Entry entry) {
        ObjectNode details = Json.object();
        details.put("name", Json.string(entry.body(), "name"));
        details.put("etag", entry.etag());
        details.put("version", entry.version());
        return details;
    }

    private static ObjectNode statusDetails(State state) {
        ObjectNode details = Json.object();
        details.put("status", state.status());
        if (state.reason() != null) {
            details.put("reason", state.reason());
        }
        return details;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
