package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.CxoneResponse;
import io.github.cxonesdk.core.OptimisticLocking;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.core.paging.Paged;
import io.github.cxonesdk.dashboards.internal.DashboardPage;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Creates, reads, lists, updates and deletes dashboards ({@code /api/v2/dashboards}). Every write is
 * validated first by {@link DashboardValidator}, so an invalid dashboard fails with
 * {@link ModelValidationException} before any request. Updates are conditional ({@code If-Match});
 * {@link #update(String, UnaryOperator)} re-reads and re-applies the change when someone else
 * updated the dashboard in between, so no edit is lost.
 *
 * <pre>{@code
 * try (DashboardsClient dashboards = DashboardsClient.create(http)) {
 *     Versioned<Dashboard> created = dashboards.create(dashboard);
 *     dashboards.update(created.value().id(), d -> d.toBuilder().refreshInterval(30).build());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It does not own the {@link CxoneHttp} it is given:
 * {@link #close()} leaves it open.
 */
public final class DashboardsClient implements AutoCloseable {
    /** The default page size of {@link #list()}. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final CxoneHttp http;
    private final DashboardValidator validator;
    private final int maxUpdateAttempts;

    private DashboardsClient(Builder builder) {
        this.http = Objects.requireNonNull(builder.http, "http == null");
        this.validator = DashboardValidator.create(builder.clock);
        this.maxUpdateAttempts = builder.maxUpdateAttempts;
    }

    /**
     * Returns a client over {@code http} with the system clock and
     * {@link OptimisticLocking#DEFAULT_MAX_ATTEMPTS} update attempts.
     *
     * @param http the HTTP pipeline
     * @return the client
     * @throws NullPointerException if {@code http} is {@code null}
     */
    public static DashboardsClient create(CxoneHttp http) {
        return builder().http(http).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates and creates a dashboard ({@code POST /api/v2/dashboards}).
     *
     * @param dashboard the dashboard; its {@code id} is ignored by the service
     * @return the created dashboard, with its id, and its ETag
     * @throws ModelValidationException if the dashboard breaks a rule; nothing is sent
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Versioned<Dashboard> create(Dashboard dashboard) {
        validator.validate(dashboard);
        CxoneRequest request = CxoneRequest.post("/api/v2/dashboards").operation("CreateDashboard")
                .body(dashboard).build();
        return versioned(http.execute(request, Dashboard.class), "CreateDashboard");
    }

    /**
     * Reads a dashboard ({@code GET /api/v2/dashboards/{id}}).
     *
     * @param id the dashboard id
     * @return the dashboard and its ETag
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Versioned<Dashboard> get(String id) {
        Objects.requireNonNull(id, "id == null");
        CxoneRequest request = CxoneRequest.get("/api/v2/dashboards/{}", id).operation("GetDashboard").build();
        return versioned(http.execute(request, Dashboard.class), "GetDashboard");
    }

    /**
     * Lists every dashboard, {@value #DEFAULT_PAGE_SIZE} per page, fetching pages lazily.
     *
     * @return the lazy listing
     */
    public Paged<Dashboard> list() {
        return list(DEFAULT_PAGE_SIZE);
    }

    /**
     * Lists every dashboard, fetching a page of {@code pageSize} only when the previous one is used up.
     *
     * @param pageSize dashboards per page, at least 1
     * @return the lazy listing; each walk starts at the first page
     * @throws IllegalArgumentException if {@code pageSize} is below 1
     */
    public Paged<Dashboard> list(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize < 1: " + pageSize);
        }
        return Paged.of(cursor -> {
            CxoneRequest request = CxoneRequest.get("/api/v2/dashboards").operation("ListDashboards")
                    .query("page_size", pageSize).query("cursor", cursor).build();
            DashboardPage page = http.execute(request, DashboardPage.class).body();
            if (page == null) {
                throw new CxoneClientException("ListDashboards returned no body");
            }
            return new Page<>(page.items(), page.nextCursor());
        });
    }

    /**
     * Validates and replaces a dashboard if it still has {@code etag}
     * ({@code PUT /api/v2/dashboards/{id}} with {@code If-Match}).
     *
     * @param id the dashboard id
     * @param dashboard the new content; its id is set to {@code id}
     * @param etag the ETag the content was derived from
     * @return the stored dashboard and its new ETag
     * @throws ModelValidationException if the dashboard breaks a rule; nothing is sent
     * @throws ResourceModifiedException if the dashboard changed since {@code etag} (412)
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Versioned<Dashboard> update(String id, Dashboard dashboard, String etag) {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(dashboard, "dashboard == null");
        Objects.requireNonNull(etag, "etag == null");
        Dashboard body = id.equals(dashboard.id()) ? dashboard : dashboard.toBuilder().id(id).build();
        validator.validate(body);
        CxoneRequest request = CxoneRequest.put("/api/v2/dashboards/{}", id).operation("UpdateDashboard")
                .header("If-Match", etag).body(body).build();
        return versioned(http.execute(request, Dashboard.class), "UpdateDashboard");
    }

    /**
     * Reads the dashboard, applies {@code change} and writes the result conditionally; when someone
     * else updated it in between (412), reads again and re-applies {@code change} to the fresh
     * version, so both edits survive.
     *
     * @param id the dashboard id
     * @param change the change; may run several times and must not have side effects
     * @return the stored dashboard and its new ETag
     * @throws ResourceModifiedException if every attempt lost the race
     * @throws ModelValidationException if the changed dashboard breaks a rule; nothing is sent
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if a call fails
     */
    public Versioned<Dashboard> update(String id, UnaryOperator<Dashboard> change) {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(change, "change == null");
        return OptimisticLocking.update(() -> get(id), (changed, etag) -> update(id, changed, etag),
                change, maxUpdateAttempts);
    }

    /**
     * Deletes a dashboard ({@code DELETE /api/v2/dashboards/{id}}).
     *
     * @param id the dashboard id
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public void delete(String id) {
        Objects.requireNonNull(id, "id == null");
        http.execute(CxoneRequest.delete("/api/v2/dashboards/{}", id).operation("DeleteDashboard").build(), Void.class);
    }

    /** Does nothing: the {@link CxoneHttp} belongs to the caller. */
    @Override
    public void close() {
        // The pipeline is shared and owned by whoever built it.
    }

    private static Versioned<Dashboard> versioned(CxoneResponse<Dashboard> response, String operation) {
        Dashboard body = response.body();
        if (body == null) {
            throw new CxoneClientException(operation + " returned no body (HTTP " + response.status() + ")");
        }
        String etag = response.etag().orElseThrow(() -> new CxoneClientException(operation
                + " returned no ETag (HTTP " + response.status() + ")"));
        return new Versioned<>(body, etag);
    }

    /** Builds a {@link DashboardsClient}. Not thread-safe. */
    public static final class Builder {
        private CxoneHttp http;
        private Clock clock = Clock.systemUTC();
        private int maxUpdateAttempts = OptimisticLocking.DEFAULT_MAX_ATTEMPTS;

        private Builder() {
        }

        /**
         * Sets the HTTP pipeline (required); the caller keeps owning it.
         *
         * @param http the pipeline
         * @return this builder
         */
        public Builder http(CxoneHttp http) {
            this.http = Objects.requireNonNull(http, "http == null");
            return this;
        }

        /**
         * Sets the clock the "ends at most 1 hour in the future" rule uses.
         *
         * @param clock the clock; default UTC system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets how many read-modify-write cycles {@link DashboardsClient#update(String, UnaryOperator)} tries
         * before it gives up on concurrent edits (default {@link OptimisticLocking#DEFAULT_MAX_ATTEMPTS}).
         *
         * @param maxUpdateAttempts at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxUpdateAttempts} is below 1
         */
        public Builder maxUpdateAttempts(int maxUpdateAttempts) {
            if (maxUpdateAttempts < 1) {
                throw new IllegalArgumentException("maxUpdateAttempts < 1: " + maxUpdateAttempts);
            }
            this.maxUpdateAttempts = maxUpdateAttempts;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws NullPointerException if no HTTP pipeline was set
         */
        public DashboardsClient build() {
            return new DashboardsClient(this);
        }
    }
}
