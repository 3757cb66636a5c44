package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.CxoneResponse;
import io.github.cxonesdk.core.OptimisticLocking;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.ErrorDetails;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.paging.Paged;
import io.github.cxonesdk.core.waiter.Waiter;
import io.github.cxonesdk.eventbridge.internal.FilterJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Client for the event-processing filter endpoints: validate, create, read, await activation,
 * update with optimistic locking, delete, route through filter groups, and read hit-rate metrics
 * and the audit log.
 *
 * <pre>{@code
 * try (FiltersClient filters = FiltersClient.create(http)) {
 *     Versioned<Filter> created = filters.create(definition);      // validated locally first
 *     filters.awaitActive(created.value().id(), Duration.ofMinutes(2));
 *     filters.update(created.value().id(), d -> d.toBuilder().description("tuned").build());
 * }
 * }</pre>
 *
 * <p>Every write validates the definition locally with {@link FilterValidator} first, so an
 * invalid model fails with {@link ModelValidationException} before any network call.
 *
 * <p>This class is immutable and thread-safe. It does not own the {@link CxoneHttp} it is given:
 * {@link #close()} leaves it open.
 */
public final class FiltersClient implements AutoCloseable {
    static final String FILTERS = "/api/v2/event-processing/filters";
    static final String GROUPS = "/api/v2/event-processing/filter-groups";
    static final String METRICS = "/api/v2/analytics/event-processing/filter-metrics";
    static final String AUDIT = "/api/v2/event-processing/audit-logs";
    /** The default page size of {@link #groupMembers(String)} and {@link #auditLog(String)}. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private final CxoneHttp http;
    private final FilterJson json;
    private final Clock clock;
    private final Duration pollInitialDelay;
    private final Duration pollMaxDelay;
    private final int maxUpdateAttempts;

    private FiltersClient(Builder builder) {
        this.http = Objects.requireNonNull(builder.http, "http == null");
        this.json = new FilterJson(http.json());
        this.clock = builder.clock;
        this.pollInitialDelay = builder.pollInitialDelay;
        this.pollMaxDelay = builder.pollMaxDelay;
        this.maxUpdateAttempts = builder.maxUpdateAttempts;
    }

    /**
     * Returns a client over {@code http} with the system clock, the default activation polling and
     * {@link OptimisticLocking#DEFAULT_MAX_ATTEMPTS} update attempts.
     *
     * @param http the HTTP pipeline
     * @return the client
     * @throws NullPointerException if {@code http} is {@code null}
     */
    public static FiltersClient create(CxoneHttp http) {
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
     * Asks the service whether a definition is valid, without creating anything.
     *
     * @param definition the definition to check
     * @throws BadRequestException if the service rejects it; the message names the offending field
     */
    public void validateRemotely(FilterDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        CxoneResponse<JsonNode> response;
        try {
            response = http.execute(CxoneRequest.post(FILTERS + "/validate").operation("ValidateFilter")
                    .body(definition).idempotent(true).build(), JsonNode.class);
        } catch (BadRequestException e) {
            String reason = e.details().serviceMessage() == null ? e.getMessage() : e.details().serviceMessage();
            String requestId = e.details().requestId() == null ? "" : " [requestId=" + e.details().requestId() + "]";
            BadRequestException rejected = new BadRequestException("ValidateFilter: the service rejected filter '"
                    + definition.name() + "': " + reason + requestId, e.details());
            rejected.initCause(e);
            throw rejected;
        }
        JsonNode body = response.body();
        if (body != null && body.has("valid") && !body.get("valid").asBoolean()) {
            String reason = body.path("message").asString("no reason given");
            throw new BadRequestException("ValidateFilter: the service rejected filter '" + definition.name()
                    + "': " + reason, new ErrorDetails(400, "invalid_filter", reason,
                    response.requestId().orElse(null), null, null, 1));
        }
    }

    /**
     * Creates a filter; it starts in {@link FilterStatus#DRAFT} and activates on its own.
     *
     * @param definition the definition
     * @return the created filter with its id and ETag
     * @throws ModelValidationException if the definition is invalid (no request is sent)
     */
    public Versioned<Filter> create(FilterDefinition definition) {
        FilterValidator.validate(definition);
        return versioned(http.execute(CxoneRequest.post(FILTERS).operation("CreateFilter")
                .body(definition).build(), JsonNode.class), null);
    }

    /**
     * Reads a filter with its ETag.
     *
     * @param filterId the filter's id
     * @return the filter and its ETag
     * @throws NotFoundException if there is no such filter
     */
    public Versioned<Filter> get(String filterId) {
        Objects.requireNonNull(filterId, "filterId == null");
        return versioned(http.execute(CxoneRequest.get(FILTERS + "/{}", filterId).operation("GetFilter")
                .build(), JsonNode.class), filterId);
    }

    /**
     * Reads a filter's lifecycle state.
     *
     * @param filterId the filter's id
     * @return the state; an unknown status reads as {@link FilterStatus#UNKNOWN}
     * @throws NotFoundException if there is no such filter
     */
    public FilterState status(String filterId) {
        Objects.requireNonNull(filterId, "filterId == null");
        JsonNode body = http.execute(CxoneRequest.get(FILTERS + "/{}/status", filterId)
                .operation("GetFilterStatus").build(), JsonNode.class).body();
        return json.state(filterId, body == null ? http.json().createObjectNode() : body);
    }

    /**
     * Polls the filter's status with backoff until it is {@link FilterStatus#ACTIVE}.
     *
     * @param filterId the filter's id
     * @param timeout how long to wait at most
     * @return the active state
     * @throws WaiterFailedException if the filter ends {@link FilterStatus#FAILED}; its
     *         {@code reason()} is the service's reason as sent ({@code null} when it gave none), its
     *         {@code lastState(FilterState.class)} the FAILED state
     * @throws WaiterTimeoutException if it is not active in time; carries the last {@link FilterState}
     */
    public FilterState awaitActive(String filterId, Duration timeout) {
        Objects.requireNonNull(filterId, "filterId == null");
        Objects.requireNonNull(timeout, "timeout == null");
        Waiter<FilterState> waiter = Waiter.<FilterState>builder()
                .description("filter " + filterId + " ACTIVE")
                .poll(() -> status(filterId))
                .success(FilterState::isActive)
                .failure(FilterState::isFailed, FilterState::reason)
                .timeout(timeout)
                .backoff(Backoff.exponential(pollInitialDelay, pollMaxDelay))
                .clock(clock)
                .build();
        try {
            return waiter.await();
        } catch (WaiterFailedException e) {
            // reason() stays the service's own text (null when it gave none); the message reads well either way
            String reason = e.reason();
            WaiterFailedException failed = new WaiterFailedException("filter " + filterId + " activation FAILED"
                    + (reason == null ? " (the service gave no reason)" : ": " + reason), reason,
                    e.lastState(FilterState.class).orElse(null));
            failed.initCause(e);
            throw failed;
        }
    }

    /**
     * Replaces a filter's definition if nobody changed it since {@code etag} was read.
     *
     * @param filterId the filter's id
     * @param definition the new definition
     * @param etag the ETag read with the filter, sent as {@code If-Match}
     * @return the updated filter and its new ETag
     * @throws ModelValidationException if the definition is invalid (no request is sent)
     * @throws ResourceModifiedException if the filter changed since {@code etag} (HTTP 409)
     */
    public Versioned<Filter> update(String filterId, FilterDefinition definition, String etag) {
        Objects.requireNonNull(filterId, "filterId == null");
        Objects.requireNonNull(etag, "etag == null");
        FilterValidator.validate(definition);
        return versioned(http.execute(CxoneRequest.put(FILTERS + "/{}", filterId).operation("UpdateFilter")
                .header("If-Match", etag).body(definition).idempotent(true).build(), JsonNode.class), filterId);
    }

    /**
     * Reads the filter, applies {@code change} and writes the result with {@code If-Match}; when
     * someone else changed the filter meanwhile (409), re-reads it and re-applies {@code change}
     * to the fresh definition, so the other edit is kept, never overwritten.
     *
     * @param filterId the filter's id
     * @param change computes the new definition from the current one; may run several times
     * @return the updated filter and its new ETag
     * @throws ModelValidationException if a changed definition is invalid
     * @throws ResourceModifiedException if every attempt met a concurrent edit
     */
    public Versioned<Filter> update(String filterId, UnaryOperator<FilterDefinition> change) {
        Objects.requireNonNull(filterId, "filterId == null");
        Objects.requireNonNull(change, "change == null");
        return OptimisticLocking.update(
                () -> get(filterId),
                (filter, etag) -> update(filterId, filter.definition(), etag),
                filter -> filter.withDefinition(
                        Objects.requireNonNull(change.apply(filter.definition()), "change returned null")),
                maxUpdateAttempts);
    }

    /**
     * Deletes a filter.
     *
     * @param filterId the filter's id
     * @throws NotFoundException if there is no such filter
     */
    public void delete(String filterId) {
        Objects.requireNonNull(filterId, "filterId == null");
        http.execute(CxoneRequest.delete(FILTERS + "/{}", filterId).operation("DeleteFilter")
                .idempotent(true).build(), Void.class);
    }

    /**
     * Sets the filters of a filter group; the list replaces the group's membership.
     *
     * @param groupId the group's id
     * @param filterIds the filters the group routes through, in order
     */
    public void assignToGroup(String groupId, Collection<String> filterIds) {
        Objects.requireNonNull(groupId, "groupId == null");
        List<String> ids = List.copyOf(filterIds);
        http.execute(CxoneRequest.put(GROUPS + "/{}/filters", groupId).operation("AssignFiltersToGroup")
                .body(Map.of("filter_ids", ids)).idempotent(true).build(), Void.class);
    }

    /**
     * Lists the filters of a group, {@value #DEFAULT_PAGE_SIZE} per page, fetching pages lazily.
     *
     * @param groupId the group's id
     * @return the filter ids; pages are fetched as the listing is consumed
     * @throws NotFoundException while consuming, if no filter was ever assigned to the group
     */
    public Paged<String> groupMembers(String groupId) {
        return groupMembers(groupId, DEFAULT_PAGE_SIZE);
    }

    /**
     * Lists the filters of a group, fetching pages lazily.
     *
     * @param groupId the group's id
     * @param pageSize how many ids to ask for per page, at least 1
     * @return the filter ids; pages are fetched as the listing is consumed
     * @throws NotFoundException while consuming, if no filter was ever assigned to the group
     */
    public Paged<String> groupMembers(String groupId, int pageSize) {
        Objects.requireNonNull(groupId, "groupId == null");
        requirePageSize(pageSize);
        return Paged.of(cursor -> json.memberPage(body(http.execute(
                CxoneRequest.get(GROUPS + "/{}/filters", groupId).operation("ListGroupFilters")
                        .query("page_size", pageSize).query("cursor", cursor).build(), JsonNode.class))));
    }

    /**
     * Reads a filter's hit-rate series over the last {@code lookback}, up to now.
     *
     * @param filterId the filter's id
     * @param interval the length of each interval, such as {@code Duration.ofMinutes(5)}
     * @param lookback how far back to start, such as {@code Duration.ofHours(1)}
     * @return the series
     */
    public FilterMetrics metrics(String filterId, Duration interval, Duration lookback) {
        Checks.positive(lookback, "lookback");
        // seconds as in API.md's "-PT3600S", with a fraction rather than truncating 500 ms to "-PT0S"
        String seconds = BigDecimal.valueOf(lookback.getSeconds())
                .add(BigDecimal.valueOf(lookback.getNano(), 9)).stripTrailingZeros().toPlainString();
        return metrics(filterId, interval, "-PT" + seconds + "S", clock.instant().toString());
    }

    /**
     * Reads a filter's hit-rate series between two instants.
     *
     * @param filterId the filter's id
     * @param interval the length of each interval, such as {@code Duration.ofMinutes(5)}
     * @param start the start of the range, inclusive
     * @param end the end of the range, after {@code start}
     * @return the series
     */
    public FilterMetrics metrics(String filterId, Duration interval, Instant start, Instant end) {
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " is not after start " + start);
        }
        return metrics(filterId, interval, start.toString(), end.toString());
    }

    private FilterMetrics metrics(String filterId, Duration interval, String start, String end) {
        Objects.requireNonNull(filterId, "filterId == null");
        Checks.positive(interval, "interval");
        JsonNode body = body(http.execute(CxoneRequest.get(METRICS).operation("GetFilterMetrics")
                .query("filter_id", filterId).query("interval", interval.toString())
                .query("metrics", "hit_count,throughput_rate,match_ratio")
                .query("start_time", start).query("end_time", end).build(), JsonNode.class));
        return json.metrics(filterId, interval, body);
    }

    /**
     * Lists a filter's audit entries, {@value #DEFAULT_PAGE_SIZE} per page, fetching pages lazily.
     *
     * @param filterId the filter's id
     * @return the entries in the service's order
     */
    public Paged<AuditEntry> auditLog(String filterId) {
        return auditLog(filterId, DEFAULT_PAGE_SIZE);
    }

    /**
     * Lists a filter's audit entries, fetching pages lazily.
     *
     * @param filterId the filter's id
     * @param pageSize how many entries to ask for per page, at least 1
     * @return the entries in the service's order
     */
    public Paged<AuditEntry> auditLog(String filterId, int pageSize) {
        Objects.requireNonNull(filterId, "filterId == null");
        requirePageSize(pageSize);
        return Paged.of(cursor -> json.auditPage(body(http.execute(CxoneRequest.get(AUDIT)
                .operation("ListFilterAuditLog").query("filter_id", filterId).query("page_size", pageSize)
                .query("cursor", cursor).build(), JsonNode.class))));
    }

    /** Does nothing: the {@link CxoneHttp} belongs to the caller. */
    @Override
    public void close() {
        // The pipeline is shared and owned by whoever built it.
    }

    private Versioned<Filter> versioned(CxoneResponse<JsonNode> response, String knownId) {
        String headerEtag = response.etag().orElse(null);
        Filter filter = json.filter(response.body(), headerEtag, knownId);
        if (filter.etag() == null) {
            throw new io.github.cxonesdk.core.exception.CxoneClientException(
                    "filter " + filter.id() + ": the response carried no ETag");
        }
        return new Versioned<>(filter, filter.etag());
    }

    private JsonNode body(CxoneResponse<JsonNode> response) {
        return response.body() == null ? http.json().createObjectNode() : response.body();
    }

    private static void requirePageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize < 1: " + pageSize);
        }
    }

    /** Builds a {@link FiltersClient}. Not thread-safe. */
    public static final class Builder {
        private CxoneHttp http;
        private Clock clock = Clock.systemUTC();
        private Duration pollInitialDelay = Duration.ofMillis(100);
        private Duration pollMaxDelay = Duration.ofSeconds(5);
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
         * Sets the clock used by the activation waiter and for the end of a metrics lookback.
         *
         * @param clock the clock; default UTC system clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Sets the first and the largest delay between two activation polls.
         *
         * @param initialDelay the first delay, default 100 ms
         * @param maxDelay the largest delay after backoff, default 5 s
         * @return this builder
         */
        public Builder pollDelays(Duration initialDelay, Duration maxDelay) {
            Checks.positive(initialDelay, "initialDelay");
            Checks.positive(maxDelay, "maxDelay");
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("maxDelay " + maxDelay + " < initialDelay " + initialDelay);
            }
            this.pollInitialDelay = initialDelay;
            this.pollMaxDelay = maxDelay;
            return this;
        }

        /**
         * Sets how many read-modify-write cycles {@link FiltersClient#update(String, UnaryOperator)} tries
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
        public FiltersClient build() {
            return new FiltersClient(this);
        }
    }
}
