package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.CxoneResponse;
import io.github.cxonesdk.core.OptimisticLocking;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.core.paging.Paged;
import io.github.cxonesdk.core.waiter.Waiter;
import io.github.cxonesdk.eventbridge.internal.Wire;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Client for the event-processing filter endpoints: validate, create, read, await activation,
 * update with optimistic locking, delete, read hit-rate metrics and the audit log; {@link #groups()}
 * routes filters through filter groups.
 *
 * <pre>{@code
 * FiltersClient filters = FiltersClient.create(http);
 * Versioned<Filter> created = filters.create(definition);      // validated locally first
 * filters.awaitActive(created.value().id(), Duration.ofMinutes(2));
 * filters.update(created.value().id(), d -> d.toBuilder().description("tuned").build());
 * filters.groups().add("grp_downstream_processor_01", List.of(created.value().id()));
 * }</pre>
 *
 * <p>Every write validates the definition locally with {@link FilterValidator} first, so an
 * invalid model fails with {@link ModelValidationException} before any network call.
 *
 * <p>Response bodies are bound to records with the shared JSON mapper; a 2xx response whose body
 * cannot be bound is a {@link CxoneClientException} naming the JSON path, with the binding problem as
 * its cause.
 *
 * <p>This class is immutable and thread-safe. It owns nothing (the {@link CxoneHttp} stays the
 * caller's), so it is not {@link AutoCloseable}.
 */
public final class FiltersClient {
    static final String FILTERS = "/api/v2/event-processing/filters";
    static final String METRICS = "/api/v2/analytics/event-processing/filter-metrics";
    static final String AUDIT = "/api/v2/event-processing/audit-logs";
    /** The default page size of {@link #auditLog(String)} and {@link FilterGroups#members(String)}. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    private static final FilterValidator VALIDATOR = FilterValidator.create();

    private final CxoneHttp http;
    private final Clock clock;
    private final Backoff pollBackoff;
    private final int maxUpdateAttempts;
    private final FilterGroups groups;

    private FiltersClient(Builder builder) {
        this.http = builder.http;
        this.clock = builder.clock;
        this.pollBackoff = builder.pollBackoff;
        this.maxUpdateAttempts = builder.maxUpdateAttempts;
        this.groups = new FilterGroups(builder.http);
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
        return builder(http).build();
    }

    /**
     * Returns a new builder over {@code http}, to change the clock, the activation polling or the
     * update attempts.
     *
     * @param http the HTTP pipeline; the caller keeps owning it
     * @return the builder
     * @throws NullPointerException if {@code http} is {@code null}
     */
    public static Builder builder(CxoneHttp http) {
        return new Builder(http);
    }

    /**
     * Asks the service whether a definition is valid, without creating anything.
     *
     * @param definition the definition to check
     * @throws BadRequestException if the service rejects it; the message names the offending field
     * @throws CxoneClientException if the service answers 2xx with anything but {@code {"valid": true}}
     */
    public void validateRemotely(FilterDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        CxoneResponse<JsonNode> response;
        try {
            response = http.execute(CxoneRequest.post(FILTERS + "/validate").operation("ValidateFilter")
                    .body(definition).idempotent(true).build(), JsonNode.class);
        } catch (BadRequestException e) {
            String reason = e.details().serviceMessage() == null ? e.getMessage() : e.details().serviceMessage();
            String requestId = e.details().requestId() == null ? ""
                    : " [requestId=" + Redaction.text(e.details().requestId()) + "]";
            throw new BadRequestException("ValidateFilter: the service rejected filter '"
                    + Redaction.text(definition.name()) + "': " + Redaction.text(reason) + requestId, e.details(), e);
        }
        Wire.ValidationBody answer = ModelBinding.response(response.body(), Wire.ValidationBody.class, "ValidateFilter");
        if (!Boolean.TRUE.equals(answer.valid())) {
            // API.md answers an invalid filter with 400; a 2xx that does not say valid is no usable answer
            throw new CxoneClientException("ValidateFilter: the service answered " + response.status()
                    + " without \"valid\": true for filter '" + Redaction.text(definition.name()) + "'"
                    + (answer.message() == null ? "" : ": " + Redaction.text(answer.message()))
                    + response.requestId().map(id -> " [requestId=" + Redaction.text(id) + "]").orElse(""));
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
        VALIDATOR.validate(definition);
        return Wire.filter(http.execute(CxoneRequest.post(FILTERS).operation("CreateFilter")
                .body(definition).build(), JsonNode.class), null, "CreateFilter");
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
        return Wire.filter(http.execute(CxoneRequest.get(FILTERS + "/{}", filterId).operation("GetFilter")
                .build(), JsonNode.class), filterId, "GetFilter");
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
        Wire.StatusBody state = ModelBinding.response(body, Wire.StatusBody.class, "GetFilterStatus");
        return new FilterState(filterId, state.status(), state.reason());
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
                .backoff(pollBackoff)
                .clock(clock)
                .build();
        try {
            return waiter.await();
        } catch (WaiterFailedException e) {
            // reason() stays the service's own text (null when it gave none); the message reads well either way
            String reason = e.reason();
            throw new WaiterFailedException("filter " + filterId + " activation FAILED"
                    + (reason == null ? " (the service gave no reason)" : ": " + Redaction.text(reason)), reason,
                    e.lastState(FilterState.class).orElse(null), e);
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
        VALIDATOR.validate(definition);
        return Wire.filter(http.execute(CxoneRequest.put(FILTERS + "/{}", filterId).operation("UpdateFilter")
                .header("If-Match", etag).body(definition).build(), JsonNode.class), filterId, "UpdateFilter");
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
        http.execute(CxoneRequest.delete(FILTERS + "/{}", filterId).operation("DeleteFilter").build(), Void.class);
    }

    /**
     * Returns the filter-group calls (add filters to a group, remove one, list the members), over
     * the same {@link CxoneHttp}.
     *
     * @return the group calls; the same instance on every call
     */
    public FilterGroups groups() {
        return groups;
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
        JsonNode body = http.execute(CxoneRequest.get(METRICS).operation("GetFilterMetrics")
                .query("filter_id", filterId).query("interval", interval.toString())
                .query("metrics", "hit_count,throughput_rate,match_ratio")
                .query("start_time", start).query("end_time", end).build(), JsonNode.class).body();
        Wire.MetricsBody metrics = ModelBinding.response(body, Wire.MetricsBody.class, "GetFilterMetrics");
        return new FilterMetrics(metrics.filterId() == null ? filterId : metrics.filterId(),
                metrics.interval() == null ? interval : metrics.interval(), metrics.series());
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
        Checks.atLeast(pageSize, 1, "pageSize");
        return Paged.of(cursor -> {
            Wire.AuditPage page = ModelBinding.response(http.execute(CxoneRequest.get(AUDIT)
                    .operation("ListFilterAuditLog").query("filter_id", filterId).query("page_size", pageSize)
                    .query("cursor", cursor).build(), JsonNode.class).body(), Wire.AuditPage.class,
                    "ListFilterAuditLog");
            return new Page<>(page.entries(), page.nextCursor());
        });
    }

    /** Builds a {@link FiltersClient}. Not thread-safe. */
    public static final class Builder {
        private final CxoneHttp http;
        private Clock clock = Clock.systemUTC();
        private Backoff pollBackoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5));
        private int maxUpdateAttempts = OptimisticLocking.DEFAULT_MAX_ATTEMPTS;

        private Builder(CxoneHttp http) {
            this.http = Objects.requireNonNull(http, "http == null");
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
         * Sets the limits of the activation waiter's {@link Backoff}: exponential with full jitter, so the
         * wait before poll {@code n + 1} is a random duration between 0 and
         * {@code min(maxDelay, initialDelay * 2^(n-1))}.
         *
         * @param initialDelay the ceiling of the first wait, positive; default 100 ms
         * @param maxDelay the largest ceiling, at least {@code initialDelay} and at most one day; default 5 s
         * @return this builder
         * @throws NullPointerException if a duration is {@code null}
         * @throws IllegalArgumentException if a duration is not positive, {@code maxDelay < initialDelay} or
         *         {@code maxDelay} is over a day
         */
        public Builder pollDelays(Duration initialDelay, Duration maxDelay) {
            Checks.positive(initialDelay, "initialDelay");
            Checks.positive(maxDelay, "maxDelay");
            this.pollBackoff = Backoff.exponential(initialDelay, maxDelay); // checks the order and the ceiling
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
            this.maxUpdateAttempts = Checks.atLeast(maxUpdateAttempts, 1, "maxUpdateAttempts");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         */
        public FiltersClient build() {
            return new FiltersClient(this);
        }
    }
}
