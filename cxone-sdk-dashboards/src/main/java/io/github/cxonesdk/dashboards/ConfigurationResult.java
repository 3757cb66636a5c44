package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.audit.AuditRecord;
import io.github.cxonesdk.dashboards.query.QueryChange;
import io.github.cxonesdk.dashboards.webhook.Subscription;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DashboardConfigurator#configure(Dashboard)} did.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param dashboard the dashboard as stored, with its ETag
 * @param action whether it was created, updated or already as desired
 * @param payloadSha256 the SHA-256 (hex) of the canonical JSON of the desired dashboard, without its id
 * @param changes what the query optimizer changed, with widget paths
 * @param subscription the webhook subscription, or {@code null} when none is configured
 * @param auditRecord the audit record written
 * @param latencyMillis how long the whole flow took
 */
public record ConfigurationResult(Versioned<Dashboard> dashboard, Action action, String payloadSha256,
                                  List<QueryChange> changes, Subscription subscription, AuditRecord auditRecord,
                                  long latencyMillis) {

    /** What happened to the dashboard. */
    public enum Action {
        /** No dashboard with the id or name existed; it was created. */
        CREATED,
        /** The dashboard existed with other content; it was updated. */
        UPDATED,
        /** The dashboard already had the desired content; nothing was written. */
        UNCHANGED
    }

    /**
     * Checks and copies the fields.
     *
     * @param dashboard the dashboard as stored, with its ETag
     * @param action whether it was created, updated or already as desired
     * @param payloadSha256 the SHA-256 (hex) of the canonical JSON of the desired dashboard, without its id
     * @param changes what the query optimizer changed, with widget paths
     * @param subscription the webhook subscription, or {@code null} when none is configured
     * @param auditRecord the audit record written
     * @param latencyMillis how long the whole flow took
     * @throws NullPointerException if a field other than {@code subscription} is {@code null}
     */
    public ConfigurationResult {
        Objects.requireNonNull(dashboard, "dashboard == null");
        Objects.requireNonNull(action, "action == null");
        Objects.requireNonNull(payloadSha256, "payloadSha256 == null");
        changes = List.copyOf(changes);
        Objects.requireNonNull(auditRecord, "auditRecord == null");
    }

    /**
     * Returns the subscription, when one is configured.
     *
     * @return the subscription, or empty
     */
    public Optional<Subscription> webhookSubscription() {
        return Optional.ofNullable(subscription);
    }
}
