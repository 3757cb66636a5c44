package io.github.cxonesdk.testkit.internal;

import java.net.URI;
import java.time.Clock;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Dashboards CRUD with ETags, server-side limits, cursor pages and webhook events. */
public final class DashboardsApi {
    private static final String WHAT = "dashboard";
    private static final String BASE = "/api/v2/dashboards";

    private final ResourceStore store;
    private final DashboardLimits limits;
    private final WebhookDeliverer webhooks;
    private final FaultInjector faults;
    private final Supplier<URI> baseUrl;

    public DashboardsApi(Clock clock, WebhookDeliverer webhooks, FaultInjector faults, Supplier<URI> baseUrl) {
        this.store = new ResourceStore("db-", clock, 10_000);
        this.limits = new DashboardLimits(clock);
        this.webhooks = webhooks;
        this.faults = faults;
        this.baseUrl = baseUrl;
    }

    public void register(Router router) {
        router.route("POST", BASE, "dashboard:write", this::create)
                .route("GET", BASE, "dashboard:read", this::list)
                .route("GET", BASE + "/{}", "dashboard:read", this::get)
                .route("PUT", BASE + "/{}", "dashboard:write", this::update)
                .route("DELETE", BASE + "/{}", "dashboard:write", this::delete);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = request.jsonBody();
        limits.check(body);
        ResourceStore.Entry entry = store.create(body);
        webhooks.publish("dashboard.created", entry.id(), entry.body());
        return versioned(201, entry).header("Location", baseUrl.get().resolve(BASE + "/" + entry.id()).toString());
    }

    private ApiResponse list(ApiRequest request) {
        ResourceStore.Page page = store.page(request.queryParam("cursor"), request.pageSize());
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        page.items().forEach(e -> items.add(e.body().deepCopy()));
        body.put("next_cursor", page.nextCursor());
        return ApiResponse.ok(body);
    }

    private ApiResponse get(ApiRequest request) {
        return versioned(200, store.get(request.var(0), WHAT));
    }

    private ApiResponse update(ApiRequest request) {
        String id = request.var(0);
        ObjectNode body = request.jsonBody();
        limits.check(body);
        store.get(id, WHAT);
        if (request.header("If-Match") != null && faults.takeConcurrentEdit()) {
            ResourceStore.Entry edited = store.modify(id, current -> current.put("description",
                    "edited concurrently by the simulator"));
            webhooks.publish("dashboard.updated", id, edited.body());
        }
        ResourceStore.Entry entry = store.replace(id, WHAT, request.header("If-Match"), 412, body);
        webhooks.publish("dashboard.updated", id, entry.body());
        return versioned(200, entry);
    }

    private ApiResponse delete(ApiRequest request) {
        ResourceStore.Entry removed = store.delete(request.var(0), WHAT);
        webhooks.publish("dashboard.deleted", removed.id(), removed.body());
        return ApiResponse.noContent();
    }

    private static ApiResponse versioned(int status, ResourceStore.Entry entry) {
        return ApiResponse.of(status, entry.body().deepCopy()).header("ETag", entry.etag());
    }
}
