package io.github.cxonesdk.eventbridge;

import java.util.List;
import java.util.Objects;

/**
 * What {@link FilterInfrastructure#apply(FilterPlan)} would do to turn live filters into the
 * desired ones: creates, then updates, then deletes, each with a diff. An empty plan means the
 * live state already matches.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param changes the actions, creates first, then updates, then deletes, each group sorted by name
 * @param unchangedIds ids of live filters that already match their desired definition
 */
public record FilterPlan(List<FilterChange> changes, List<String> unchangedIds) {
    /**
     * Copies the lists.
     *
     * @param changes the actions, creates first, then updates, then deletes, each group sorted by name
     * @param unchangedIds ids of live filters that already match their desired definition
     * @throws NullPointerException if a list or an element is {@code null}
     */
    public FilterPlan {
        changes = List.copyOf(changes);
        unchangedIds = List.copyOf(unchangedIds);
    }

    /**
     * Tells whether there is nothing to do.
     *
     * @return {@code true} when the live state matches the desired state
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Returns the actions of one kind.
     *
     * @param action the kind
     * @return the matching actions in plan order
     */
    public List<FilterChange> changes(FilterChange.Action action) {
        Objects.requireNonNull(action, "action == null");
        return changes.stream().filter(c -> c.action() == action).toList();
    }

    /**
     * Renders the plan for a human: a summary line, then each action with its diff.
     *
     * @return the text, such as {@code "Plan: 1 to create, 0 to update, 0 to delete."} followed by diffs
     */
    public String render() {
        StringBuilder out = new StringBuilder("Plan: ")
                .append(changes(FilterChange.Action.CREATE).size()).append(" to create, ")
                .append(changes(FilterChange.Action.UPDATE).size()).append(" to update, ")
                .append(changes(FilterChange.Action.DELETE).size()).append(" to delete.\n");
        for (FilterChange change : changes) {
            out.append('\n').append(change.action().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(change.name()).append(change.filterId() == null ? "" : " (" + change.filterId() + ")")
                    .append('\n').append(change.diff());
        }
        return out.toString();
    }
}
