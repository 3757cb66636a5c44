package io.github.cxonesdk.dashboards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A real-time monitoring dashboard as code, serialised exactly as the service's JSON
 * ({@code {"id", "name", "description", "refreshInterval", "layout", "widgets"}}).
 *
 * <pre>{@code
 * Dashboard dashboard = Dashboard.builder()
 *         .name("Agent Performance Monitor")
 *         .refreshInterval(15)
 *         .layout(Layout.grid(4))
 *         .widgets(widget)
 *         .build();
 * DashboardValidator.create(Clock.systemUTC()).validate(dashboard);
 * }</pre>
 *
 * <p>The constructor only copies lists (a {@code null} list reads as empty); the rules of the service
 * and of the grid are checked by {@link DashboardValidator}, so that one call reports every violation.
 * Instances are immutable and thread-safe.
 *
 * @param id the service-assigned id, {@code null} before creation
 * @param name the name, not blank
 * @param description a description, or {@code null}
 * @param refreshInterval seconds between refreshes, positive, or {@code null} for the service default
 * @param layout the grid
 * @param widgets the widgets, at most {@link DashboardLimits#MAX_WIDGETS}
 */
public record Dashboard(
        String id,
        @NotBlank String name,
        String description,
        @Positive Integer refreshInterval,
        @NotNull @Valid Layout layout,
        @Size(max = DashboardLimits.MAX_WIDGETS, message = "must have at most "
                + DashboardLimits.MAX_WIDGETS + " widgets (server limit)") List<@Valid Widget> widgets) {

    /**
     * Copies the widget list.
     *
     * @param id the service-assigned id, {@code null} before creation
     * @param name the name, not blank
     * @param description a description, or {@code null}
     * @param refreshInterval seconds between refreshes, positive, or {@code null} for the service default
     * @param layout the grid
     * @param widgets the widgets, at most {@link DashboardLimits#MAX_WIDGETS}
     * @throws NullPointerException if the list holds {@code null}
     */
    public Dashboard {
        widgets = widgets == null ? List.of() : List.copyOf(widgets);
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
     * Returns a builder holding this dashboard's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).description(description).refreshInterval(refreshInterval)
                .layout(layout).widgets(widgets);
    }

    /**
     * Returns a copy whose widget at {@code index} is replaced by {@code change} applied to it.
     *
     * @param index the widget's index
     * @param change the change
     * @return the changed dashboard
     * @throws IndexOutOfBoundsException if there is no widget at {@code index}
     */
    public Dashboard updateWidget(int index, UnaryOperator<Widget> change) {
        Objects.requireNonNull(change, "change == null");
        List<Widget> changed = new ArrayList<>(widgets);
        changed.set(index, Objects.requireNonNull(change.apply(widgets.get(index)), "change returned null"));
        return toBuilder().widgets(changed).build();
    }

    /** Builds a {@link Dashboard}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private String name;
        private String description;
        private Integer refreshInterval;
        private Layout layout;
        private List<Widget> widgets = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the id; leave unset when creating.
         *
         * @param id the id, or {@code null}
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description, or {@code null}
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the refresh interval.
         *
         * @param refreshInterval seconds, or {@code null}
         * @return this builder
         */
        public Builder refreshInterval(Integer refreshInterval) {
            this.refreshInterval = refreshInterval;
            return this;
        }

        /**
         * Sets the grid.
         *
         * @param layout the grid
         * @return this builder
         */
        public Builder layout(Layout layout) {
            this.layout = layout;
            return this;
        }

        /**
         * Replaces the widgets.
         *
         * @param widgets the widgets
         * @return this builder
         * @throws NullPointerException if the list is {@code null}
         */
        public Builder widgets(List<Widget> widgets) {
            this.widgets = new ArrayList<>(Objects.requireNonNull(widgets, "widgets == null"));
            return this;
        }

        /**
         * Replaces the widgets.
         *
         * @param widgets the widgets
         * @return this builder
         */
        public Builder widgets(Widget... widgets) {
            return widgets(Arrays.asList(widgets));
        }

        /**
         * Appends a widget.
         *
         * @param widget the widget
         * @return this builder
         */
        public Builder addWidget(Widget widget) {
            this.widgets.add(Objects.requireNonNull(widget, "widget == null"));
            return this;
        }

        /**
         * Builds the dashboard; rules are checked by {@link DashboardValidator}, not here.
         *
         * @return the dashboard
         * @throws NullPointerException if the widget list holds {@code null}
         */
        public Dashboard build() {
            return new Dashboard(id, name, description, refreshInterval, layout, widgets);
        }
    }
}
