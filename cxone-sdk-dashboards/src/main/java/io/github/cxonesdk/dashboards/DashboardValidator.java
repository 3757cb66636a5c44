package io.github.cxonesdk.dashboards;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.validation.ModelValidator;
import io.github.cxonesdk.dashboards.internal.DashboardRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Checks a {@link Dashboard} against every server limit of API.md and the grid rules, before any
 * request, and reports every violation at once with its path (such as {@code widgets[2].query.groupBy}).
 *
 * <p>Rules: a non-blank name and widget titles; at most {@value DashboardLimits#MAX_WIDGETS} widgets;
 * positive refresh intervals; per widget query a date range whose start is before its end, of at most
 * 30 days, that ends at most 1 hour after now (by the injected {@link Clock}), at most {@value DashboardLimits#MAX_GROUP_BY} non-blank
 * {@code groupBy} dimensions, at least one metric, each with a name and a known aggregation, and
 * well-formed filters ({@code in} takes a non-empty list, {@code between} a list of two); widgets of a
 * known type whose positions fit the grid ({@code x + w <= columns}, at most
 * {@value DashboardLimits#MAX_COLUMNS} columns; {@code y + h <= }{@value DashboardLimits#MAX_ROWS}) and do not
 * overlap, all computed without {@code int} overflow. Problems in a JSON or YAML document are reported
 * by {@link Dashboards} when it is read.
 *
 * <pre>{@code
 * DashboardValidator validator = DashboardValidator.create(Clock.systemUTC());
 * List<Violation> problems = validator.violations(dashboard); // or validator.validate(dashboard)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DashboardValidator {
    private final Clock clock;

    private DashboardValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Returns a validator that judges "in the future" by {@code clock}.
     *
     * @param clock the clock; tests inject a fixed one
     * @return the validator
     * @throws NullPointerException if {@code clock} is {@code null}
     */
    public static DashboardValidator create(Clock clock) {
        return new DashboardValidator(clock);
    }

    /**
     * Returns a validator on the system UTC clock.
     *
     * @return the validator
     */
    public static DashboardValidator create() {
        return create(Clock.systemUTC());
    }

    /**
     * Returns every violation of {@code dashboard}, sorted by path.
     *
     * @param dashboard the dashboard
     * @return the violations, empty when the dashboard is valid
     * @throws NullPointerException if {@code dashboard} is {@code null}
     */
    public List<Violation> violations(Dashboard dashboard) {
        Objects.requireNonNull(dashboard, "dashboard == null");
        // A set: annotations on record components can surface through more than one element.
        LinkedHashSet<Violation> found = new LinkedHashSet<>(ModelValidator.shared().violations(dashboard));
        List<Violation> extra = new ArrayList<>();
        DashboardRules.check(dashboard, clock.instant(), extra);
        found.addAll(extra);
        return found.stream().sorted().toList();
    }

    /**
     * Returns every violation of one widget query, with paths relative to the query
     * (such as {@code groupBy}).
     *
     * @param query the query
     * @return the violations, empty when the query is valid
     * @throws NullPointerException if {@code query} is {@code null}
     */
    public List<Violation> violations(WidgetQuery query) {
        Objects.requireNonNull(query, "query == null");
        LinkedHashSet<Violation> found = new LinkedHashSet<>(ModelValidator.shared().violations(query));
        List<Violation> extra = new ArrayList<>();
        DashboardRules.checkQuery(query, "", clock.instant(), extra);
        found.addAll(extra);
        return found.stream().sorted().toList();
    }

    /**
     * Throws when {@code dashboard} breaks any rule.
     *
     * @param dashboard the dashboard
     * @throws ModelValidationException listing every violation
     * @throws NullPointerException if {@code dashboard} is {@code null}
     */
    public void validate(Dashboard dashboard) {
        ModelValidator.throwIfAny("Dashboard", violations(dashboard));
    }
}
