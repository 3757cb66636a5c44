package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.Versioned;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.exception.ResourceModifiedException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.internal.UnifiedDiff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filters as infrastructure as code: export live filters to deterministic YAML, compare a desired
 * set with the live one ({@link #plan}) and carry out the differences ({@link #apply}).
 *
 * <pre>{@code
 * FilterInfrastructure iac = FilterInfrastructure.builder().client(filtersClient).build();
 * List<FilterDefinition> desired = FilterYaml.read(Files.readString(Path.of("filters.yaml")));
 * FilterPlan plan = iac.plan(desired, iac.live(knownIds));
 * System.out.println(plan.render());              // unified diff per changed filter
 * FilterApplyResult result = iac.apply(plan);     // creates and updates are awaited until ACTIVE
 * }</pre>
 *
 * <p>A filter's name is its identity: a desired filter without a live one of the same name is
 * created, one whose YAML differs is updated, and a live filter without a desired one is deleted.
 * The service has no "list all filters" call, so the caller says which live filters are managed
 * (their ids, for example from {@link FilterApplyResult#liveIds()} or a group's members).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FilterInfrastructure {
    private static final Logger LOG = LoggerFactory.getLogger(FilterInfrastructure.class);

    private final FiltersClient client;
    private final Duration activationTimeout;

    private FilterInfrastructure(Builder builder) {
        this.client = Objects.requireNonNull(builder.client, "client == null");
        this.activationTimeout = builder.activationTimeout;
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
     * Reads the live filters with the given ids; ids that no longer exist are skipped.
     *
     * @param filterIds the ids of the managed filters
     * @return the filters that exist, in the order of {@code filterIds}
     */
    public List<Filter> live(Collection<String> filterIds) {
        List<Filter> live = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(filterIds)) {
            try {
                live.add(client.get(id).value());
            } catch (NotFoundException e) {
                LOG.debug("filter {} no longer exists; left out of the live state", id);
            }
        }
        return List.copyOf(live);
    }

    /**
     * Reads the live filters that a filter group routes through.
     *
     * @param groupId the group's id
     * @return the filters that exist, in the group's order; members deleted meanwhile are left out
     * @throws NotFoundException if nothing was ever added to the group
     */
    public List<Filter> liveInGroup(String groupId) {
        return live(client.groups().members(groupId).stream().toList());
    }

    /**
     * Exports the live filters with the given ids as deterministic YAML.
     *
     * @param filterIds the ids of the filters to export
     * @return the YAML text; the same state always gives the same bytes
     */
    public String export(Collection<String> filterIds) {
        return FilterYaml.exportFilters(live(filterIds));
    }

    /**
     * Compares the desired filters with the live ones. Does not call the service.
     *
     * @param desired the definitions that should exist, for example from {@link FilterYaml#read(String)}
     * @param live the live filters under management, for example from {@link #live(Collection)}
     * @return the plan; empty when the live state matches
     * @throws ModelValidationException if a desired definition is invalid or two share a name
     * @throws IllegalArgumentException if two live filters share a name
     */
    public FilterPlan plan(Collection<FilterDefinition> desired, Collection<Filter> live) {
        List<FilterDefinition> wanted = List.copyOf(desired);
        FilterYaml.validateAll("Desired filters", "desired", wanted);
        Map<String, FilterDefinition> desiredByName = new TreeMap<>();
        wanted.forEach(d -> desiredByName.put(d.name(), d));
        Map<String, Filter> liveByName = new TreeMap<>();
        for (Filter filter : live) {
            Filter earlier = liveByName.putIfAbsent(filter.name(), filter);
            if (earlier != null) {
                throw new IllegalArgumentException("live filters " + earlier.id() + " and " + filter.id()
                        + " share the name '" + filter.name() + "'; names must be unique to plan");
            }
        }
        List<FilterChange> creates = new ArrayList<>();
        List<FilterChange> updates = new ArrayList<>();
        List<FilterChange> deletes = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        desiredByName.forEach((name, definition) -> {
            Filter current = liveByName.get(name);
            String wantedYaml = FilterYaml.render(asReadBack(definition));
            if (current == null) {
                creates.add(new FilterChange(FilterChange.Action.CREATE, name, null, null, definition,
                        UnifiedDiff.diff("/dev/null", "desired/" + name, "", wantedYaml)));
                return;
            }
            String liveYaml = FilterYaml.render(asReadBack(current.definition()));
            if (liveYaml.equals(wantedYaml)) {
                unchanged.add(current.id());
            } else {
                updates.add(new FilterChange(FilterChange.Action.UPDATE, name, current.id(),
                        requireEtag(current), definition,
                        UnifiedDiff.diff("live/" + name, "desired/" + name, liveYaml, wantedYaml)));
            }
        });
        liveByName.forEach((name, current) -> {
            if (!desiredByName.containsKey(name)) {
                deletes.add(new FilterChange(FilterChange.Action.DELETE, name, current.id(), current.etag(), null,
                        UnifiedDiff.diff("live/" + name, "/dev/null", FilterYaml.render(current.definition()), "")));
            }
        });
        List<FilterChange> changes = new ArrayList<>(creates);
        changes.addAll(updates);
        changes.addAll(deletes);
        return new FilterPlan(changes, unchanged);
    }

    /**
     * Carries out a plan: creates, then updates (with the planned ETag as {@code If-Match}), then
     * deletes. Each created or updated filter is awaited until {@link FilterStatus#ACTIVE} before
     * the next action, so a failure stops the apply at the filter that failed.
     *
     * @param plan the plan from {@link #plan}
     * @return what was done
     * @throws ModelValidationException if a planned definition is invalid (nothing is sent)
     * @throws ResourceModifiedException if a filter changed after the plan was made; plan again
     * @throws WaiterFailedException if a filter's activation FAILED
     * @throws WaiterTimeoutException if a filter did not become active in time
     */
    public FilterApplyResult apply(FilterPlan plan) {
        Objects.requireNonNull(plan, "plan == null");
        FilterYaml.validateAll("Planned filters", "changes", plan.changes().stream()
                .filter(c -> c.action() != FilterChange.Action.DELETE).map(FilterChange::desired).toList());
        List<Filter> created = new ArrayList<>();
        List<Filter> updated = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        TreeSet<String> liveIds = new TreeSet<>(plan.unchangedIds());
        for (FilterChange change : plan.changes()) {
            switch (change.action()) {
                case CREATE -> {
                    Filter filter = activate(client.create(change.desired()));
                    LOG.info("created filter {} ({})", change.name(), filter.id());
                    created.add(filter);
                    liveIds.add(filter.id());
                }
                case UPDATE -> {
                    Filter filter = activate(client.update(change.filterId(), change.desired(), change.etag()));
                    LOG.info("updated filter {} ({})", change.name(), filter.id());
                    updated.add(filter);
                    liveIds.add(filter.id());
                }
                case DELETE -> {
                    client.delete(change.filterId());
                    LOG.info("deleted filter {} ({})", change.name(), change.filterId());
                    deleted.add(change.filterId());
                }
                default -> throw new IllegalStateException("unknown action " + change.action());
            }
        }
        return new FilterApplyResult(created, updated, deleted, List.copyOf(liveIds));
    }

    private Filter activate(Versioned<Filter> written) {
        String id = written.value().id();
        client.awaitActive(id, activationTimeout);
        return client.get(id).value();
    }

    /**
     * Returns the definition as it reads back from the service's JSON, so that values equal on the
     * wire compare equal: a {@code BigDecimal} {@code 2.50} is sent as {@code 2.50} and read back as
     * the double {@code 2.5}; without this a plan would never converge.
     */
    private static FilterDefinition asReadBack(FilterDefinition definition) {
        JsonMapper json = CxoneJson.mapper();
        return json.readValue(json.writeValueAsBytes(definition), FilterDefinition.class);
    }

    private static String requireEtag(Filter filter) {
        if (filter.etag() == null) {
            throw new IllegalArgumentException("live filter " + filter.id() + " has no ETag; read it with FiltersClient.get");
        }
        return filter.etag();
    }

    /**
     * Builds a {@link FilterInfrastructure}.
     *
     * <p>This class is not thread-safe.
     */
    public static final class Builder {
        private FiltersClient client;
        private Duration activationTimeout = Duration.ofMinutes(2);

        private Builder() {
        }

        /**
         * Sets the filters client to read and write through (required).
         *
         * @param client the client
         * @return this builder
         */
        public Builder client(FiltersClient client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        /**
         * Sets how long {@link FilterInfrastructure#apply} waits for each created or updated filter to
         * become active.
         *
         * @param activationTimeout a positive duration; default two minutes
         * @return this builder
         */
        public Builder activationTimeout(Duration activationTimeout) {
            this.activationTimeout = Checks.positive(activationTimeout, "activationTimeout");
            return this;
        }

        /**
         * Builds the instance.
         *
         * @return the instance
         * @throws NullPointerException if no client was set
         */
        public FilterInfrastructure build() {
            return new FilterInfrastructure(this);
        }
    }
}
