package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.core.internal.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call for the whole life of a new filter: validate locally and remotely, create, await
 * {@link FilterStatus#ACTIVE}, add it to its filter group, export it as YAML, read its hit-rate
 * metrics and its audit log.
 *
 * <pre>{@code
 * FilterManager manager = FilterManager.builder()
 *         .client(FiltersClient.create(http))
 *         .activationTimeout(Duration.ofMinutes(2))
 *         .build();
 * FilterDeployment deployment = manager.deploy(definition);
 * System.out.println(deployment.filter().id() + " is " + deployment.state().status());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FilterManager {
    private static final Logger LOG = LoggerFactory.getLogger(FilterManager.class);
    private static final FilterValidator VALIDATOR = FilterValidator.create();

    private final FiltersClient client;
    private final Duration activationTimeout;
    private final Duration metricsInterval;
    private final Duration metricsLookback;

    private FilterManager(Builder builder) {
        this.client = Objects.requireNonNull(builder.client, "client == null");
        this.activationTimeout = builder.activationTimeout;
        this.metricsInterval = builder.metricsInterval;
        this.metricsLookback = builder.metricsLookback;
    }

    /**
     * Returns a new builder; {@link Builder#client(FiltersClient)} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Deploys a filter into the group its {@link FilterDefinition#targetGroupId()} names.
     *
     * @param definition the filter to deploy
     * @return what was deployed, with its export, metrics and audit trail
     * @throws ModelValidationException if the definition is invalid locally (nothing is sent)
     * @throws IllegalArgumentException if the definition has no target group
     * @throws BadRequestException if the service rejects the definition (nothing is created)
     * @throws WaiterFailedException if the activation FAILED; the reason is in the message
     * @throws WaiterTimeoutException if the filter is not active within the activation timeout
     */
    public FilterDeployment deploy(FilterDefinition definition) {
        Objects.requireNonNull(definition, "definition == null");
        VALIDATOR.validate(definition);
        if (definition.targetGroupId() == null || definition.targetGroupId().isBlank()) {
            throw new IllegalArgumentException("filter '" + definition.name() + "' has no target_group_id to deploy into");
        }
        return deploy(definition, definition.targetGroupId());
    }

    /**
     * Deploys a filter into a given filter group.
     *
     * @param definition the filter to deploy
     * @param groupId the filter group to add the filter to; other members stay (the service adds
     *                atomically, so concurrent deploys into one group lose no member), and a group
     *                that does not exist yet is created
     * @return what was deployed, with its export, metrics and audit trail
     * @throws ModelValidationException if the definition is invalid locally (nothing is sent)
     * @throws BadRequestException if the service rejects the definition (nothing is created)
     * @throws WaiterFailedException if the activation FAILED; the reason is in the message
     * @throws WaiterTimeoutException if the filter is not active within the activation timeout
     */
    public FilterDeployment deploy(FilterDefinition definition, String groupId) {
        Objects.requireNonNull(definition, "definition == null");
        Objects.requireNonNull(groupId, "groupId == null");
        VALIDATOR.validate(definition);
        client.validateRemotely(definition);
        String id = client.create(definition).value().id();
        LOG.info("created filter {} ({}); awaiting activation", definition.name(), id);
        FilterState state = client.awaitActive(id, activationTimeout);
        client.groups().add(groupId, List.of(id));
        List<String> members = client.groups().members(groupId).stream().toList();
        Filter filter = client.get(id).value();
        String yaml = FilterYaml.exportFilters(List.of(filter));
        FilterMetrics metrics = client.metrics(id, metricsInterval, metricsLookback);
        List<AuditEntry> audit = client.auditLog(id).stream().toList();
        LOG.info("filter {} ({}) is ACTIVE in group {} with {} audit entries", definition.name(), id, groupId,
                audit.size());
        return new FilterDeployment(filter, state, groupId, members, yaml, metrics, audit);
    }

    /**
     * Builds a {@link FilterManager}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private FiltersClient client;
        private Duration activationTimeout = Duration.ofMinutes(2);
        private Duration metricsInterval = Duration.ofMinutes(5);
        private Duration metricsLookback = Duration.ofHours(1);

        private Builder() {
        }

        /**
         * Sets the filters client every step goes through (required).
         *
         * @param client the client; the caller keeps owning its {@code CxoneHttp}
         * @return this builder
         */
        public Builder client(FiltersClient client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        /**
         * Sets how long to wait for activation.
         *
         * @param activationTimeout a positive duration; default two minutes
         * @return this builder
         */
        public Builder activationTimeout(Duration activationTimeout) {
            this.activationTimeout = Checks.positive(activationTimeout, "activationTimeout");
            return this;
        }

        /**
         * Sets the interval of the metrics series.
         *
         * @param metricsInterval a positive duration; default five minutes
         * @return this builder
         */
        public Builder metricsInterval(Duration metricsInterval) {
            this.metricsInterval = Checks.positive(metricsInterval, "metricsInterval");
            return this;
        }

        /**
         * Sets how far back the metrics reach.
         *
         * @param metricsLookback a positive duration; default one hour
         * @return this builder
         */
        public Builder metricsLookback(Duration metricsLookback) {
            this.metricsLookback = Checks.positive(metricsLookback, "metricsLookback");
            return this;
        }

        /**
         * Builds the manager.
         *
         * @return the manager
         * @throws NullPointerException if no client was set
         */
        public FilterManager build() {
            return new FilterManager(this);
        }
    }
}
