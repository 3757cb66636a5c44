package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.audit.AuditEvent;
import io.github.cxonesdk.core.audit.AuditLog;
import io.github.cxonesdk.core.audit.AuditOutcome;
import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.dashboards.ConfigurationResult.Action;
import io.github.cxonesdk.dashboards.internal.CanonicalJson;
import io.github.cxonesdk.dashboards.query.OptimizedQuery;
import io.github.cxonesdk.dashboards.query.QueryChange;
import io.github.cxonesdk.dashboards.query.QueryDraft;
import io.github.cxonesdk.dashboards.query.QueryOptimizer;
import io.github.cxonesdk.dashboards.webhook.Subscription;
import io.github.cxonesdk.dashboards.webhook.SubscriptionsClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dashboards as code in one call: optimise the widget queries, validate, build the wire body, hash
 * it, create the dashboard or update it under optimistic locking, make sure the BI webhook
 * subscription exists, and append an audit record, for a failure as for a success, with the latency.
 *
 * <pre>{@code
 * DashboardConfigurator configurator = DashboardConfigurator.builder()
 *         .dashboards(DashboardsClient.create(http))
 *         .subscriptions(SubscriptionsClient.create(http))
 *         .subscription(Subscription.dashboardChanges("BI_Sync_Dashboard_Changes", hookUrl), Secret.of(hookSecret))
 *         .auditLog(JsonlAuditLog.builder().directory(Path.of("audit")).build())
 *         .actor("ci-pipeline")
 *         .build();
 * ConfigurationResult result = configurator.configure(dashboard);
 * }</pre>
 *
 * <p>The target is the dashboard's {@code id} when set, otherwise the first dashboard with the same
 * name, otherwise a new one. An update is a three-way merge
 * ({@link DashboardsClient#merge(String, Dashboard, Dashboard)}): the dashboard as read first is the
 * base, the desired content is ours, and the version current at write time is theirs; only the fields
 * and widgets (matched by title) that the desired content changes relative to the base are re-applied,
 * so an edit someone else makes between the read and the write survives. When both changed the same
 * field differently, {@link DashboardMergeConflictException} names the paths and nothing is written.
 * {@link ConfigurationResult#payloadSha256()} hashes the desired content; the stored dashboard also
 * carries the kept concurrent edits. This class is thread-safe.
 */
public final class DashboardConfigurator {
    /** The audit resource type. */
    public static final String RESOURCE_TYPE = "dashboard";

    private static final Logger LOG = LoggerFactory.getLogger(DashboardConfigurator.class);

    private final DashboardsClient dashboards;
    private final SubscriptionsClient subscriptions;
    private final Subscription subscriptionSpec;
    private final Secret subscriptionSecret;
    private final AuditLog auditLog;
    private final String actor;
    private final QueryOptimizer optimizer;
    private final DashboardValidator validator;
    private final Clock clock;
    private Subscription subscription; // guarded by this

    private DashboardConfigurator(Builder builder) {
        this.dashboards = Objects.requireNonNull(builder.dashboards, "dashboards == null");
        this.auditLog = Objects.requireNonNull(builder.auditLog, "auditLog == null");
        this.subscriptions = builder.subscriptions;
        this.subscriptionSpec = builder.subscriptionSpec;
        this.subscriptionSecret = builder.subscriptionSecret;
        if (subscriptionSpec != null && subscriptions == null) {
            throw new IllegalStateException("a subscription is configured but no SubscriptionsClient");
        }
        this.actor = builder.actor;
        this.optimizer = builder.optimizer;
        this.clock = builder.clock;
        this.validator = DashboardValidator.create(clock);
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
     * Runs the whole flow for {@code desired}; on failure an audit record with outcome
     * {@link AuditOutcome#FAILED} and the error is written before the exception is rethrown.
     *
     * @param desired the dashboard as it should be
     * @return what was done
     * @throws ModelValidationException if the optimised dashboard breaks a rule; nothing is written
     * @throws io.github.cxonesdk.core.exception.ResourceModifiedException if every locking attempt lost the race
     * @throws DashboardMergeConflictException if a concurrent edit changed a field the desired content
     *         also changes, to another value; nothing is written
     * @throws io.github.cxonesdk.core.exception.CxoneException if a call fails
     */
    public ConfigurationResult configure(Dashboard desired) {
        return configure(desired, List.of());
    }

    /**
     * Runs the whole flow for a dashboard whose queries the caller already optimised, typically with
     * {@link QueryOptimizer#optimize(QueryDraft)}: client-side predicates and raw extractions cannot
     * travel inside a {@link Dashboard}, so this configurator's own optimisation pass finds nothing left
     * to change in such queries. {@code upstreamChanges} (with widget paths, see
     * {@link QueryChange#prefixed(String)}) are reported first in {@link ConfigurationResult#changes()},
     * in the audit record's {@code optimizerChanges} count and in the log, followed by the changes of
     * this configurator's own pass.
     *
     * <pre>{@code
     * OptimizedQuery optimized = QueryOptimizer.create().optimize(draft);
     * Dashboard desired = dashboard.updateWidget(0, w -> w.toBuilder().query(optimized.query()).build());
     * configurator.configure(desired, optimized.changes().stream().map(c -> c.prefixed("widgets[0].query.")).toList());
     * }</pre>
     *
     * @param desired the dashboard as it should be
     * @param upstreamChanges what the caller's optimizer already changed
     * @return what was done
     * @throws ModelValidationException if the optimised dashboard breaks a rule; nothing is written
     * @throws io.github.cxonesdk.core.exception.ResourceModifiedException if every locking attempt lost the race
     * @throws DashboardMergeConflictException if a concurrent edit changed a field the desired content
     *         also changes, to another value; nothing is written
     * @throws io.github.cxonesdk.core.exception.CxoneException if a call fails
     */
    public ConfigurationResult configure(Dashboard desired, List<QueryChange> upstreamChanges) {
        Objects.requireNonNull(desired, "desired == null");
        Objects.requireNonNull(upstreamChanges, "upstreamChanges == null");
        long started = clock.millis();
        Run run = new Run(desired);
        run.changes.addAll(upstreamChanges);
        try {
            Dashboard optimised = optimizer.optimize(desired, run.changes);
            validator.validate(optimised);
            Dashboard body = optimised.toBuilder().id(null).build();
            run.hash = CanonicalJson.sha256(body);
            Versioned<Dashboard> stored = write(body, run);
            Subscription subscribed = subscribe();
            long latency = since(started);
            run.attributes.put("etag", stored.etag());
            if (subscribed != null) {
                run.attributes.put("subscriptionId", String.valueOf(subscribed.id()));
            }
            AuditRecord record = audit(run, AuditOutcome.SUCCESS, latency, null);
            LOG.info("dashboard {} {} in {} ms ({} optimizer changes)", run.resourceId, run.action, latency,
                    run.changes.size());
            return new ConfigurationResult(stored, run.action, run.hash, run.changes, subscribed, record, latency);
        } catch (RuntimeException e) {
            long latency = since(started);
            try {
                audit(run, AuditOutcome.FAILED, latency, e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
    }

    /** Milliseconds since {@code started}; never negative, since a wall clock can step back (NTP, VM resume). */
    private long since(long started) {
        return Math.max(0, clock.millis() - started);
    }

    private Versioned<Dashboard> write(Dashboard body, Run run) {
        Optional<String> target = Optional.ofNullable(run.desired.id())
                .or(() -> dashboards.list().stream().filter(d -> Objects.equals(d.name(), body.name()))
                        .map(Dashboard::id).filter(Objects::nonNull).findFirst());
        if (target.isEmpty()) {
            run.action = Action.CREATED;
            Versioned<Dashboard> created = dashboards.create(body);
            run.resourceId = created.value().id();
            return created;
        }
        String id = target.get();
        run.resourceId = id;
        run.action = Action.UPDATED;
        Versioned<Dashboard> current = dashboards.get(id);
        if (run.hash.equals(CanonicalJson.sha256(current.value().toBuilder().id(null).build()))) {
            run.action = Action.UNCHANGED;
            return current;
        }
        return dashboards.merge(id, current.value(), body.toBuilder().id(id).build());
    }

    private synchronized Subscription subscribe() {
        if (subscriptionSpec != null && subscription == null) {
            subscription = subscriptions.create(subscriptionSpec, subscriptionSecret);
        }
        return subscription;
    }

    private AuditRecord audit(Run run, AuditOutcome outcome, long latencyMillis, String error) {
        run.attributes.put("result", run.action == null ? "NONE" : run.action.name());
        run.attributes.put("optimizerChanges", String.valueOf(run.changes.size()));
        String action = run.action == Action.CREATED ? "CreateDashboard"
                : run.action == null ? "ConfigureDashboard" : "UpdateDashboard";
        return auditLog.append(AuditEvent.builder()
                .timestamp(clock.instant())
                .actor(actor)
                .action(action)
                .resourceType(RESOURCE_TYPE)
                .resourceId(run.resourceId)
                .outcome(outcome)
                .payloadSha256(run.hash)
                .latencyMillis(latencyMillis)
                .error(error)
                .attributes(run.attributes)
                .build());
    }

    /** The state of one {@code configure} call, for the audit record. */
    private static final class Run {
        final Dashboard desired;
        final List<QueryChange> changes = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        String resourceId;
        String hash;
        Action action;

        Run(Dashboard desired) {
            this.desired = desired;
            this.resourceId = desired.id();
            if (desired.name() != null) {
                attributes.put("name", desired.name());
            }
        }
    }

    /** Builds a {@link DashboardConfigurator}. Not thread-safe. */
    public static final class Builder {
        private DashboardsClient dashboards;
        private SubscriptionsClient subscriptions;
        private Subscription subscriptionSpec;
        private Secret subscriptionSecret;
        private AuditLog auditLog;
        private String actor = "cxone-sdk";
        private QueryOptimizer optimizer = QueryOptimizer.create();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the dashboards client (required).
         *
         * @param dashboards the client
         * @return this builder
         */
        public Builder dashboards(DashboardsClient dashboards) {
            this.dashboards = Objects.requireNonNull(dashboards, "dashboards == null");
            return this;
        }

        /**
         * Sets the subscriptions client; required when {@link #subscription(Subscription, Secret)} is set.
         *
         * @param subscriptions the client
         * @return this builder
         */
        public Builder subscriptions(SubscriptionsClient subscriptions) {
            this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions == null");
            return this;
        }

        /**
         * Sets the webhook subscription to create once, on the first successful {@code configure}.
         *
         * @param subscription the subscription
         * @param secret the signing secret, or {@code null} for unsigned deliveries
         * @return this builder
         */
        public Builder subscription(Subscription subscription, Secret secret) {
            this.subscriptionSpec = Objects.requireNonNull(subscription, "subscription == null");
            this.subscriptionSecret = secret;
            return this;
        }

        /**
         * Sets the audit log (required).
         *
         * @param auditLog the log
         * @return this builder
         */
        public Builder auditLog(AuditLog auditLog) {
            this.auditLog = Objects.requireNonNull(auditLog, "auditLog == null");
            return this;
        }

        /**
         * Sets who is recorded as acting; {@code "cxone-sdk"} by default.
         *
         * @param actor the actor, such as a pipeline or user name
         * @return this builder
         * @throws IllegalArgumentException if {@code actor} is blank
         */
        public Builder actor(String actor) {
            this.actor = Checks.notBlank(actor, "actor");
            return this;
        }

        /**
         * Sets the query optimizer; {@link QueryOptimizer#create()} by default.
         *
         * @param optimizer the optimizer
         * @return this builder
         */
        public Builder optimizer(QueryOptimizer optimizer) {
            this.optimizer = Objects.requireNonNull(optimizer, "optimizer == null");
            return this;
        }

        /**
         * Sets the clock for validation, audit timestamps and latency.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Builds the configurator.
         *
         * @return the configurator
         * @throws NullPointerException if the dashboards client or the audit log is missing
         * @throws IllegalStateException if a subscription is set without a subscriptions client
         */
        public DashboardConfigurator build() {
            return new DashboardConfigurator(this);
        }
    }
}
