package io.github.cxonesdk.testkit.internal;

import io.github.cxonesdk.testkit.DeliveryAttempt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Delivers webhook events with real HTTP POSTs, signs them when the subscription has a secret,
 * and retries non-2xx answers per the subscription's retry policy. Keeps the last attempts (bounded).
 */
public final class WebhookDeliverer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);
    private static final int MAX_LOG = 10_000;

    private final Clock clock;
    private final Duration backoff;
    private final AtomicLong eventIds = new AtomicLong();
    private final Deque<DeliveryAttempt> attempts = new ArrayDeque<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cxone-sim-webhooks");
        t.setDaemon(true);
        return t;
    });
    private HttpClient http;
    private volatile SubscriptionsApi subscriptions;

    public WebhookDeliverer(Clock clock, Duration backoff) {
        this.clock = clock;
        this.backoff = backoff;
    }

    void subscriptions(SubscriptionsApi subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Queues a delivery of the event to every active subscription whose filters match it. */
    public void publish(String eventType, String entityId, JsonNode payload) {
        SubscriptionsApi subs = subscriptions;
        if (subs == null) {
            return;
        }
        ObjectNode event = Json.object();
        event.put("eventId", "whe-" + eventIds.incrementAndGet());
        event.put("eventType", eventType);
        event.put("entityId", entityId);
        event.put("timestamp", clock.instant().toString());
        event.set("payload", payload.deepCopy());
        String body = Json.write(event);
        for (SubscriptionsApi.Target target : subs.targets(eventType, entityId)) {
            Delivery delivery = new Delivery(target, event.get("eventId").stringValue(), eventType, entityId, body);
            executor.execute(() -> attempt(delivery, 1));
        }
    }

    private record Delivery(SubscriptionsApi.Target target, String eventId, String eventType, String entityId,
                            String body) {
    }

    private void attempt(Delivery d, int attempt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(d.target().url()))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("X-CXone-Event-Id", d.eventId())
                .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8));
        if (d.target().secret() != null) {
            request.header("X-CXone-Signature", "sha256=" + hmac(d.target().secret(), d.body()));
        }
        http().sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            int status = response == null ? 0 : response.statusCode();
            String error = failure == null ? null : failure.getClass().getSimpleName();
            record(new DeliveryAttempt(d.target().id(), d.eventId(), d.eventType(), d.entityId(), attempt, status, error));
            boolean ok = status >= 200 && status < 300;
            if (!ok && attempt <= d.target().maxRetries() && !executor.isShutdown()) {
                long delay = delayMillis(d.target().backoffStrategy(), attempt);
                executor.schedule(() -> attempt(d, attempt + 1), delay, TimeUnit.MILLISECONDS);
            } else if (!ok) {
                LOG.debug("webhook delivery {} to subscription {} gave up after {} attempts", d.eventId(),
                        d.target().id(), attempt);
            }
        });
    }

    /** Creates the HTTP client on first use: most simulators never deliver a webhook. */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        }
        return http;
    }

    private long delayMillis(String strategy, int attempt) {
        long base = Math.max(1, backoff.toMillis());
        if ("exponential".equalsIgnoreCase(strategy)) {
            return base << Math.min(attempt - 1, 10);
        }
        if ("linear".equalsIgnoreCase(strategy)) {
            return base * attempt;
        }
        return base;
    }

    /** Returns the hex HMAC-SHA256 of the body under the secret. */
    public static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private void record(DeliveryAttempt attempt) {
        synchronized (attempts) {
            if (attempts.size() == MAX_LOG) {
                attempts.removeFirst();
            }
            attempts.addLast(attempt);
        }
    }

    public List<DeliveryAttempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(new ArrayList<>(attempts));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
