package io.github.cxonesdk.eventbridge;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link FilterManager#deploy(FilterDefinition)}: the active filter, the group it
 * routes through, its YAML export, its hit-rate metrics and its audit trail.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param filter the filter as read after it became active
 * @param state the active state the waiter observed
 * @param groupId the filter group the filter was assigned to
 * @param groupMembers the group's filter ids after the assignment
 * @param yaml the filter's deterministic YAML export
 * @param metrics the filter's hit-rate metrics at the end of the deployment
 * @param auditEntries the filter's audit log at the end of the deployment
 */
public record FilterDeployment(Filter filter, FilterState state, String groupId, List<String> groupMembers,
                               String yaml, FilterMetrics metrics, List<AuditEntry> auditEntries) {
    /**
     * Checks the components and copies the lists.
     *
     * @param filter the filter as read after it became active
     * @param state the active state the waiter observed
     * @param groupId the filter group the filter was assigned to
     * @param groupMembers the group's filter ids after the assignment
     * @param yaml the filter's deterministic YAML export
     * @param metrics the filter's hit-rate metrics at the end of the deployment
     * @param auditEntries the filter's audit log at the end of the deployment
     * @throws NullPointerException if a component is {@code null}
     */
    public FilterDeployment {
        Objects.requireNonNull(filter, "filter == null");
        Objects.requireNonNull(state, "state == null");
        Objects.requireNonNull(groupId, "groupId == null");
        Objects.requireNonNull(yaml, "yaml == null");
        Objects.requireNonNull(metrics, "metrics == null");
        groupMembers = List.copyOf(groupMembers);
        auditEntries = List.copyOf(auditEntries);
    }
}
