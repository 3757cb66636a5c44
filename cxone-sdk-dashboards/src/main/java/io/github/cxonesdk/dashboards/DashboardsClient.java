package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.OptimisticLocking;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.core.paging.Paged;
import io.github.cxonesdk.dashboards.internal.DashboardMerge;
import io.github.cxonesdk.dashboards.internal.DashboardPage;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Creates, reads, lists, updates and deletes dashboards ({@code /api/v2/dashboards}). Every write is
 * validated first by {@link DashboardValidator}, so an invalid dashboard fails with
 * {@link ModelValidationException} before any request. Updates are conditional ({@code If-Match});
 * {@link #update(String, UnaryOperator)} re-reads and re-applies the change when someone else
 * updated the dashboard in between, and {@link #merge(String, Dashboard, Dashboard)} re-applies only
 * what the caller changed (a three-way merge), so no edit is lost.
 *
 * <pre>{@code
 * DashboardsClient dashboards = DashboardsClient.create(http);
 * Versioned<Dashboard> created = dashboards.create(dashboard);
 * dashboards.update(created.value().id(), d -> d.toBuilder().refreshInterval(30).build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. It owns nothing (the {@link CxoneHttp} stays the
 * caller's), so it is not {@link AutoCloseable}.
 */
public final class DashboardsClient {
    /** The default page size of {@link #list()}. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final CxoneHttp http;
    private final DashboardValidator validator;
    private final int maxUpdateAttempts;

    private DashboardsClient(Builder builder) {
        this.http = builder.http;
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
        return builder(http).build();
    }

    /**
     * Returns a builder of a client over {@code http}, for a clock or an update attempt count.
     *
     * @param http the HTTP pipeline; the caller keeps owning it
     * @return the builder
     * @throws NullPointerException if {@code http} is {@code null}
     */
    public static Builder builder(CxoneHttp http) {
        return new Builder(http);
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
        return http.execute(request, Dashboard.class).versioned();
    }

    /**
     * Reads a dashboard ({@code GET /api/v2/dashboards/{id}}).
     *
     * @param dashboardId the dashboard id
     * @return the dashboard and its ETag
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Versioned<Dashboard> get(String dashboardId) {
        Objects.requireNonNull(dashboardId, "dashboardId == null");
        CxoneRequest request = CxoneRequest.get("/api/v2/dashboards/{}", dashboardId).operation("GetDashboard")
                .build();
        return http.execute(request, Dashboard.class).versioned();
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
        Checks.atLeast(pageSize, 1, "pageSize");
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
     * @param dashboardId the dashboard id
     * @param dashboard the new content; its id is set to {@code dashboardId}
     * @param etag the ETag the content was derived from
     * @return the stored dashboard and its new ETag
     * @throws ModelValidationException if the dashboard breaks a rule; nothing is sent
     * @throws ResourceModifiedException if the dashboard changed since {@code etag} (412)
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public Versioned<Dashboard> update(String dashboardId, Dashboard dashboard, String etag) {
        Objects.requireNonNull(dashboardId, "dashboardId == null");
        Objects.requireNonNull(dashboard, "dashboard == null");
        Objects.requireNonNull(etag, "etag == null");
        Dashboard body = withId(dashboard, dashboardId);
        validator.validate(body);
        CxoneRequest request = CxoneRequest.put("/api/v2/dashboards/{}", dashboardId).operation("UpdateDashboard")
                .header("If-Match", etag).body(body).build();
        return http.execute(request, Dashboard.class).versioned();
    }

    /**
     * Reads the dashboard, applies {@code change} and writes the result conditionally; when someone
     * else updated it in between (412), reads again and re-applies {@code change} to the fresh
     * version, so both edits survive.
     *
     * @param dashboardId the dashboard id
     * @param change the change; may run several times and must not have side effects
     * @return the stored dashboard and its new ETag
     * @throws ResourceModifiedException if every attempt lost the race
     * @throws ModelValidationException if the changed dashboard breaks a rule; nothing is sent
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if a call fails
     */
    public Versioned<Dashboard> update(String dashboardId, UnaryOperator<Dashboard> change) {
        Objects.requireNonNull(dashboardId, "dashboardId == null");
        Objects.requireNonNull(change, "change == null");
        return OptimisticLocking.update(() -> get(dashboardId), (changed, etag) -> update(dashboardId, changed, etag),
                change, maxUpdateAttempts);
    }

    /**
     * Writes the changes that turn {@code base} into {@code desired} onto the current dashboard, keeping
     * what anyone else changed since {@code base}: a three-way merge, field by field and widget by widget
     * (widgets matched by title), re-applied to the freshest version whenever the write loses a race (412).
     *
     * <pre>{@code
     * Versioned<Dashboard> read = dashboards.get(id);
     * Dashboard desired = read.value().toBuilder().refreshInterval(30).build();
     * // ... meanwhile someone renames a widget ...
     * dashboards.merge(id, read.value(), desired); // both the interval and the rename survive
     * }</pre>
     *
     * @param dashboardId the dashboard id
     * @param base the version {@code desired} was derived from, typically as read with {@link #get(String)}
     * @param desired the dashboard as the caller wants it
     * @return the stored dashboard and its new ETag
     * @throws DashboardMergeConflictException if someone else changed a field this update also changes,
     *         to a different value; nothing is written
     * @throws ResourceModifiedException if every attempt lost the race
     * @throws ModelValidationException if the merged dashboard breaks a rule; nothing is sent
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if a call fails
     */
    public Versioned<Dashboard> merge(String dashboardId, Dashboard base, Dashboard desired) {
        Objects.requireNonNull(dashboardId, "dashboardId == null");
        Dashboard from = withId(Objects.requireNonNull(base, "base == null"), dashboardId);
        Dashboard ours = withId(Objects.requireNonNull(desired, "desired == null"), dashboardId);
        return update(dashboardId, theirs -> DashboardMerge.merge(from, ours, withId(theirs, dashboardId)));
    }

    /**
     * Deletes a dashboard ({@code DELETE /api/v2/dashboards/{id}}).
     *
     * @param dashboardId the dashboard id
     * @throws NotFoundException if there is no such dashboard
     * @throws io.github.cxonesdk.core.exception.CxoneException if the call fails
     */
    public void delete(String dashboardId) {
        Objects.requireNonNull(dashboardId, "dashboardId == null");
        http.execute(CxoneRequest.delete("/api/v2/dashboards/{}", dashboardId).operation("DeleteDashboard").build(),
                Void.class);
    }

    private static Dashboard withId(Dashboard dashboard, String dashboardId) {
        return dashboardId.equals(dashboard.id()) ? dashboard : dashboard.toBuilder().id(dashboardId).build();
    }

    /** Builds a {@link DashboardsClient}; obtain one from {@link DashboardsClient#builder(CxoneHttp)}. Not thread-safe. */
    public static final class Builder {
        private final CxoneHttp http;
        private Clock clock = Clock.systemUTC();
        private int maxUpdateAttempts = OptimisticLocking.DEFAULT_MAX_ATTEMPTS;

        private Builder(CxoneHttp http) {
            this.http = Objects.requireNonNull(http, "http == null");
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
            this.maxUpdateAttempts = Checks.atLeast(maxUpdateAttempts, 1, "maxUpdateAttempts");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         */
        public DashboardsClient build() {
            return new DashboardsClient(this);
        }
    }
}
