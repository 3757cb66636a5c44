package io.github.cxonesdk.testkit.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook subscriptions. Secrets are kept server-side and never answered back. Scopes:
 * {@code webhook:write} to create and delete, {@code event:subscribe} to read.
 */
public final class SubscriptionsApi {
    private static final String WHAT = "subscription";
    private static final String BASE = "/api/v2/events/subscriptions";

    /**
     * Where and how one subscription receives deliveries.
     *
     * @param id              subscription id
     * @param url             delivery URL
     * @param secret          signing secret or null
     * @param maxRetries      retries after the first attempt
     * @param backoffStrategy exponential, linear or fixed
     */
    record Target(String id, String url, String secret, int maxRetries, String backoffStrategy) {
    }

    private final ResourceStore store;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    public SubscriptionsApi(Clock clock, WebhookDeliverer deliverer) {
        this.store = new ResourceStore("sub-", clock, 1_000);
        deliverer.subscriptions(this);
    }

    public void register(Router router) {
        router.route("POST", BASE, "webhook:write", this::create)
                .route("GET", BASE, "event:subscribe", this::list)
                .route("GET", BASE + "/{}", "event:subscribe", this::get)
                .route("DELETE", BASE + "/{}", "webhook:write", this::delete);
    }

    private ApiResponse create(ApiRequest request) {
        ObjectNode body = request.jsonBody();
        String secret = extractSecret(body);
        validate(body);
        if (!body.has("active")) {
            body.put("active", true);
        }
        ResourceStore.Entry entry = store.create(body);
        if (secret != null) {
            secrets.put(entry.id(), secret);
        }
        return ApiResponse.of(201, answer(entry)).header("ETag", entry.etag());
    }

    private ApiResponse list(ApiRequest request) {
        ResourceStore.Page page = store.page(request.queryParam("cursor"), request.pageSize());
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("items");
        page.items().forEach(e -> items.add(answer(e)));
        body.put("next_cursor", page.nextCursor());
        return ApiResponse.ok(body);
    }

    private ApiResponse get(ApiRequest request) {
        ResourceStore.Entry entry = store.get(request.var(0), WHAT);
        return ApiResponse.ok(answer(entry)).header("ETag", entry.etag());
    }

    private ApiResponse delete(ApiRequest request) {
        store.delete(request.var(0), WHAT);
        secrets.remove(request.var(0));
        return ApiResponse.noContent();
    }

    private ObjectNode answer(ResourceStore.Entry entry) {
        ObjectNode body = entry.body().deepCopy();
        body.put("hasSecret", secrets.containsKey(entry.id()));
        return body;
    }

    private static String extractSecret(ObjectNode body) {
        JsonNode top = body.remove("secret");
        JsonNode delivery = body.path("delivery");
        JsonNode nested = delivery.isObject() ? ((ObjectNode) delivery).remove("secret") : null;
        JsonNode secret = top != null ? top : nested;
        return secret != null && secret.isString() && !secret.stringValue().isEmpty() ? secret.stringValue() : null;
    }

    private static void validate(ObjectNode body) {
        String name = Json.string(body, "name");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("invalid_request", "name: must not be blank");
        }
        JsonNode filters = body.path("eventFilters");
        if (!filters.isArray() || filters.isEmpty()) {
            throw ApiException.badRequest("invalid_request", "eventFilters: at least one filter is required");
        }
        for (int i = 0; i < filters.size(); i++) {
            String type = Json.string(filters.get(i), "eventType");
            if (type == null || type.isBlank()) {
                throw ApiException.badRequest("invalid_request", "eventFilters[" + i + "].eventType: must not be blank");
            }
        }
        JsonNode delivery = body.path("delivery");
        if (!"webhook".equals(Json.string(delivery, "type"))) {
            throw ApiException.badRequest("invalid_request", "delivery.type: must be 'webhook'");
        }
        String url = Json.string(delivery, "url");
        if (url == null || !validUrl(url)) {
            throw ApiException.badRequest("invalid_request", "delivery.url: an absolute http or https URL is required");
        }
        JsonNode retries = delivery.path("retryPolicy").path("maxRetries");
        if (!retries.isMissingNode() && (!retries.isIntegralNumber() || retries.intValue() < 0 || retries.intValue() > 10)) {
            throw ApiException.badRequest("invalid_request", "delivery.retryPolicy.maxRetries: must be 0..10");
        }
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Returns the delivery targets of active subscriptions that match the event. */
    List<Target> targets(String eventType, String entityId) {
        List<Target> targets = new ArrayList<>();
        for (ResourceStore.Entry entry : store.all()) {
            ObjectNode sub = entry.body();
            if (sub.path("active").isBoolean() && !sub.path("active").booleanValue()) {
                continue;
            }
            if (matches(sub.path("eventFilters"), eventType, entityId)) {
                JsonNode delivery = sub.path("delivery");
                JsonNode policy = delivery.path("retryPolicy");
                targets.add(new Target(entry.id(), Json.string(delivery, "url"), secrets.get(entry.id()),
                        policy.path("maxRetries").intValue(0),
                        policy.path("backoffStrategy").asString("exponential")));
            }
        }
        return targets;
    }

    private static boolean matches(JsonNode filters, String eventType, String entityId) {
        for (JsonNode filter : filters) {
            String type = Json.string(filter, "eventType");
            String entity = Json.string(filter, "entityId");
            boolean typeOk = "*".equals(type) || eventType.equals(type);
            boolean entityOk = entity == null || "*".equals(entity) || entity.equals(entityId);
            if (typeOk && entityOk) {
                return true;
            }
        }
        return false;
    }
}
