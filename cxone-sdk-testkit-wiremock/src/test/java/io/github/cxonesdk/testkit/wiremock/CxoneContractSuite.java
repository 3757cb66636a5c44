package io.github.cxonesdk.testkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.CxoneResponse;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.auth.ClientAuthentication;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.CxoneServiceException;
import io.github.cxonesdk.core.exception.ForbiddenException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.core.spi.CallInfo;
import io.github.cxonesdk.core.spi.CxoneListener;
import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardsClient;
import io.github.cxonesdk.dashboards.webhook.Subscription;
import io.github.cxonesdk.dashboards.webhook.SubscriptionsClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The SDK's own calls of every REST endpoint of API.md, written once and run against both fakes (the
 * simulator and the WireMock stubs), so neither can drift from the other or from API.md. Assertions
 * hold for a stateful server and for canned answers alike: shapes, statuses, headers, the flows both
 * fakes can play, and the faults both can inject.
 */
abstract class CxoneContractSuite {
    /** The configuration of the default client (client credentials, every scope). */
    protected abstract CxoneConfig config();

    /** The access key id and secret the fake accepts (password grant with the default client). */
    protected abstract String[] accessKey();

    /** Makes filters named {@code filterName} end FAILED with {@code reason}; called before creating one. */
    protected abstract void failActivation(String filterName, String reason);

    /** Makes the next update of {@code dashboardId} meet one concurrent edit (412, then fine after a re-read). */
    protected abstract void conflictOnNextUpdate(String dashboardId);

    /** The next {@code count} API calls answer 429 with {@code Retry-After} of {@code retryAfter}. */
    protected abstract void throttle(int count, Duration retryAfter);

    /** The next {@code count} API calls answer {@code status}. */
    protected abstract void serverErrors(int count, int status);

    /** Every token issued so far expires. */
    protected abstract void expireTokens();

    /** Returns a configuration whose token lacks {@code scope}. */
    protected abstract CxoneConfig configLacking(String scope);

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void clientCredentials_inTheBodyOrAsBasic_authoriseApiCalls() {
        for (ClientAuthentication auth : ClientAuthentication.values()) {
            try (CxoneHttp http = CxoneHttp.create(config().toBuilder().clientAuthentication(auth).build())) {
                assertThat(DashboardsClient.create(http).list(2).byPage().next().items()).isNotNull();
            }
        }
    }

    @Test
    void accessKey_foundThroughOidcDiscovery_authorisesApiCalls() {
        URI discovered;
        try (HttpTransport transport = HttpTransport.of(HttpClient.newHttpClient())) {
            discovered = TokenProviders.discoverTokenUrl(config().baseUrl(), transport, Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(discovered).isEqualTo(config().tokenUrl());
        CxoneConfig accessKey = config().toBuilder().tokenUrl(discovered)
                .accessKeyId(accessKey()[0]).accessKeySecret(Secret.of(accessKey()[1])).build();
        try (CxoneHttp http = CxoneHttp.create(accessKey)) {
            assertThat(DashboardsClient.create(http).list(2).byPage().next().items()).isNotNull();
        }
    }

    @Test
    void wrongClientSecret_failsAsInvalidClient() {
        try (CxoneHttp http = CxoneHttp.create(config().toBuilder().clientSecret(Secret.of("wrong")).build())) {
            assertThatThrownBy(() -> DashboardsClient.create(http).get("db-1"))
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.getMessage()).contains("401").contains("invalid_client"));
        }
    }

    @Test
    void dashboards_createReadUpdateDelete_withQuotedEtagsLocationAndRequestIds() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            Dashboard desired = ContractFixtures.dashboard(unique("Contract"));

            CxoneResponse<JsonNode> raw = http.execute(CxoneRequest.post("/api/v2/dashboards")
                    .operation("CreateDashboard").body(desired).build(), JsonNode.class);
            assertThat(raw.status()).isEqualTo(201);
            assertThat(raw.etag()).hasValueSatisfying(CxoneContractSuite::assertQuoted);
            assertThat(raw.requestId()).isPresent();
            String rawId = raw.body().get("id").stringValue();
            assertThat(raw.header("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/api/v2/dashboards/" + rawId));

            Versioned<Dashboard> created = dashboards.create(desired);
            String id = created.value().id();
            assertThat(id).isNotBlank();
            assertQuoted(created.etag());
            assertThat(created.value().toBuilder().id(null).build()).isEqualTo(desired);

            Versioned<Dashboard> read = dashboards.get(id);
            assertThat(read.value().id()).isEqualTo(id);
            assertQuoted(read.etag());

            Versioned<Dashboard> updated = dashboards.update(id, read.value().toBuilder().refreshInterval(30).build(),
                    read.etag());
            assertThat(updated.value().refreshInterval()).isEqualTo(30);
            assertQuoted(updated.etag());
            assertThat(updated.etag()).isNotEqualTo(read.etag());

            assertThatThrownBy(() -> dashboards.update(id, read.value(), "\"stale-etag\""))
                    .isInstanceOfSatisfying(ResourceModifiedException.class, e -> assertThat(e.status()).isEqualTo(412));
            assertThatThrownBy(() -> http.execute(CxoneRequest.put("/api/v2/dashboards/{}", id)
                    .operation("UpdateDashboard").body(read.value()).build(), JsonNode.class))
                    .isInstanceOfSatisfying(CxoneServiceException.class, e -> assertThat(e.status()).isEqualTo(428));

            dashboards.delete(id);
            assertThatThrownBy(() -> dashboards.get(unique("unknown")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.errorCode()).hasValue("not_found");
                        assertThat(e.requestId()).isPresent();
                    });
        }
    }

    @Test
    void dashboards_listInCursorPages() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            for (int i = 0; i < 5; i++) {
                dashboards.create(ContractFixtures.dashboard(unique("Listed")));
            }
            List<Page<Dashboard>> pages = new ArrayList<>();
            Iterator<Page<Dashboard>> byPage = dashboards.list(2).byPage();
            while (byPage.hasNext() && pages.size() < 100) {
                pages.add(byPage.next());
            }
            assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
            assertThat(pages).allSatisfy(page -> assertThat(page.items()).hasSizeBetween(1, 2)
                    .allSatisfy(d -> assertThat(d.id()).isNotBlank()));
            assertThat(pages.get(pages.size() - 1).next()).isEmpty();
            assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Dashboard::id)).doesNotHaveDuplicates();
        }
    }

    @Test
    void dashboards_updateMeetsAConcurrentEdit_rereadsAndSucceeds() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(ContractFixtures.dashboard(unique("Raced"))).value().id();
            conflictOnNextUpdate(id);
            AtomicInteger applied = new AtomicInteger();

            Versioned<Dashboard> result = dashboards.update(id, d -> {
                applied.incrementAndGet();
                return d.toBuilder().refreshInterval(45).build();
            });

            assertThat(applied).hasValue(2);
            assertThat(result.value().refreshInterval()).isEqualTo(45);
            assertThat(result.value().description()).startsWith("edited concurrently");
        }
    }

    @Test
    void subscriptions_createReadDelete() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            SubscriptionsClient subscriptions = SubscriptionsClient.create(http);
            Subscription desired = Subscription.dashboardChanges("BI_Sync_Dashboard_Changes",
                    URI.create("https://bi.example.com/hooks/cxone"));
            Subscription created = subscriptions.create(desired, Secret.of("webhook-signing-secret"));
            assertThat(created.id()).isNotBlank();
            assertThat(created.name()).isEqualTo(desired.name());
            assertThat(created.eventFilters()).isEqualTo(desired.eventFilters());
            assertThat(subscriptions.get(created.id()).id()).isEqualTo(created.id());
            subscriptions.delete(created.id());
            assertThatThrownBy(() -> subscriptions.get(unique("unknown"))).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void ingestion_acceptsOneEvent() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            CxoneResponse<JsonNode> accepted = http.execute(CxoneRequest.post("/api/v2/events").operation("IngestEvent")
                    .body(ContractFixtures.event()).build(), JsonNode.class);
            assertThat(accepted.status()).isEqualTo(202);
            assertThat(accepted.body().get("status").stringValue()).isEqualTo("accepted");
            assertThat(accepted.body().get("id").stringValue()).isNotBlank();
        }
    }

    @Test
    void filters_validateCreateReadUpdateDelete() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            FilterCalls filters = new FilterCalls(http);
            Map<String, Object> filter = ContractFixtures.filter(unique("platinum_voice_routing"));
            assertThat(filters.validate(filter).body().get("valid").booleanValue()).isTrue();
            Map<String, Object> fax = new java.util.HashMap<>(filter);
            fax.put("channel", "fax");
            assertThatThrownBy(() -> filters.validate(fax)).isInstanceOfSatisfying(BadRequestException.class,
                    e -> assertThat(e.getMessage()).contains("channel"));

            CxoneResponse<JsonNode> created = filters.create(filter);
            assertThat(created.status()).isEqualTo(201);
            String id = created.body().get("id").stringValue();
            assertThat(created.body().get("status").stringValue()).isEqualTo("DRAFT");
            assertThat(created.etag()).hasValueSatisfying(CxoneContractSuite::assertQuoted);
            assertThat(created.body().get("etag").stringValue()).isEqualTo(created.etag().orElseThrow());
            assertThat(created.body().get("name").stringValue()).isEqualTo(filter.get("name"));

            CxoneResponse<JsonNode> read = filters.get(id, false);
            assertThat(read.body().get("id").stringValue()).isEqualTo(id);
            assertThat(read.etag()).hasValueSatisfying(CxoneContractSuite::assertQuoted);
            JsonNode exported = filters.get(id, true).body();
            assertThat(exported.has("version")).isTrue();
            assertThat(exported.has("created_at")).isTrue();

            String etag = read.etag().orElseThrow();
            CxoneResponse<JsonNode> updated = filters.update(id, filter, etag);
            assertThat(updated.etag()).hasValueSatisfying(e -> assertThat(e).isNotEqualTo(etag));
            assertThatThrownBy(() -> filters.update(id, filter, "\"stale-etag\""))
                    .isInstanceOfSatisfying(ResourceModifiedException.class, e -> assertThat(e.status()).isEqualTo(409));

            filters.delete(id);
            assertThatThrownBy(() -> filters.get(unique("unknown"), false)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void filters_activateOverSuccessiveStatusPolls() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            FilterCalls filters = new FilterCalls(http);
            String id = filters.create(ContractFixtures.filter(unique("activating"))).body().get("id").stringValue();
            List<String> seen = pollUntil(filters, id, "ACTIVE");
            assertThat(List.of("DRAFT", "PENDING_ACTIVATION", "ACTIVE")).containsSubsequence(seen);
        }
    }

    @Test
    void filters_failedActivation_reportsTheReason() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            FilterCalls filters = new FilterCalls(http);
            String name = unique("failing");
            failActivation(name, "target group unavailable");
            String id = filters.create(ContractFixtures.filter(name)).body().get("id").stringValue();
            List<String> seen = pollUntil(filters, id, "FAILED");
            assertThat(List.of("DRAFT", "PENDING_ACTIVATION", "FAILED")).containsSubsequence(seen);
            assertThat(filters.status(id).get("reason").stringValue()).isEqualTo("target group unavailable");
        }
    }

    @Test
    void filterGroups_addListAndRemoveMembers() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            FilterCalls filters = new FilterCalls(http);
            String id = filters.create(ContractFixtures.filter(unique("grouped"))).body().get("id").stringValue();
            String group = unique("grp");
            assertThat(filters.addToGroup(group, List.of(id)).status()).isEqualTo(204);
            assertThat(filters.addToGroup(group, List.of(id)).status()).isEqualTo(204);
            List<String> members = new ArrayList<>();
            String cursor = null;
            for (int pages = 0; pages < 100; pages++) {
                JsonNode page = filters.groupPage(group, 2, cursor);
                page.get("filter_ids").forEach(m -> members.add(m.stringValue()));
                cursor = page.path("next_cursor").isString() ? page.get("next_cursor").stringValue() : null;
                if (cursor == null || cursor.isEmpty()) {
                    break;
                }
            }
            assertThat(members).contains(id).doesNotHaveDuplicates();
            assertThat(filters.removeFromGroup(group, id).status()).isEqualTo(204);
            assertThatThrownBy(() -> filters.removeFromGroup(group, unique("unknown")))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void filterMetricsAndAuditPages() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            FilterCalls filters = new FilterCalls(http);
            String id = filters.create(ContractFixtures.filter(unique("audited"))).body().get("id").stringValue();

            JsonNode metrics = filters.metrics(id, Instant.now().toString());
            assertThat(metrics.get("filter_id").stringValue()).isEqualTo(id);
            assertThat(metrics.get("interval").stringValue()).isEqualTo("PT5M");
            assertThat(metrics.get("series")).isNotEmpty().allSatisfy(point -> {
                assertThat(point.get("start").stringValue()).isNotBlank();
                assertThat(point.get("hit_count").isNumber()).isTrue();
                assertThat(point.get("throughput_rate").isNumber()).isTrue();
                assertThat(point.get("match_ratio").isNumber()).isTrue();
            });

            List<JsonNode> entries = new ArrayList<>();
            String cursor = null;
            for (int pages = 0; pages < 100; pages++) {
                JsonNode page = filters.auditPage(id, cursor);
                page.get("entries").forEach(entries::add);
                cursor = page.path("next_cursor").isString() ? page.get("next_cursor").stringValue() : null;
                if (cursor == null || cursor.isEmpty()) {
                    break;
                }
            }
            assertThat(entries).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry.get("filter_id").stringValue()).isEqualTo(id);
                for (String field : List.of("id", "timestamp", "actor", "action")) {
                    assertThat(entry.get(field).stringValue()).as(field).isNotBlank();
                }
            });
            assertThat(entries).extracting(e -> e.get("action").stringValue()).contains("created");
        }
    }

    @Test
    void throttling_isRiddenOutHonouringRetryAfter() {
        List<Duration> advertised = new CopyOnWriteArrayList<>();
        List<Duration> slept = new CopyOnWriteArrayList<>();
        CxoneListener listener = new CxoneListener() {
            @Override
            public void onThrottled(CallInfo call, Duration retryAfter) {
                advertised.add(retryAfter);
            }
        };
        try (CxoneHttp http = CxoneHttp.builder().config(config()).listener(listener).sleeper(slept::add).build()) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(ContractFixtures.dashboard(unique("Throttled"))).value().id();
            throttle(2, Duration.ofSeconds(2));
            assertThat(dashboards.get(id).value().id()).isEqualTo(id);
        }
        assertThat(advertised).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(slept).contains(Duration.ofSeconds(2));
    }

    @Test
    void serviceUnavailableStorm_isRiddenOutByRetries() {
        try (CxoneHttp http = CxoneHttp.builder().config(config()).sleeper(d -> { }).build()) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(ContractFixtures.dashboard(unique("Storm"))).value().id();
            serverErrors(2, 503);
            assertThat(dashboards.get(id).value().id()).isEqualTo(id);
        }
    }

    @Test
    void expiredToken_isRefreshedAndTheCallReplayed() {
        try (CxoneHttp http = CxoneHttp.create(config())) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            String id = dashboards.create(ContractFixtures.dashboard(unique("Expiring"))).value().id();
            expireTokens();
            assertThat(dashboards.get(id).value().id()).isEqualTo(id);
        }
    }

    @Test
    void missingScope_failsNamingTheScope() {
        try (CxoneHttp http = CxoneHttp.create(configLacking("dashboard:write"))) {
            assertThatThrownBy(() -> DashboardsClient.create(http).create(ContractFixtures.dashboard(unique("Denied"))))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.errorCode()).hasValue("insufficient_scope");
                        assertThat(e.missingScope()).hasValue("dashboard:write");
                    });
        }
    }

    private static List<String> pollUntil(FilterCalls filters, String id, String last) {
        List<String> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = filters.status(id).get("status").stringValue();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            return status.equals(last);
        });
        return seen;
    }

    static void assertQuoted(String etag) {
        assertThat(etag).matches("\"[^\"]+\"");
    }
}
