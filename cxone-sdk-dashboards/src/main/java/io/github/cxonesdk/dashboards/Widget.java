package io.github.cxonesdk.dashboards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One tile of a dashboard, serialised as
 * {@code {"type": "metric", "title": "...", "refreshInterval": 10, "layout": {...}, "visualization": {...}, "query": {...}}}.
 *
 * <pre>{@code
 * Widget widget = Widget.builder()
 *         .type(WidgetType.METRIC)
 *         .title("Real-Time Skill Performance")
 *         .refreshInterval(10)
 *         .layout(Position.of(0, 0, 2, 2))
 *         .visualization(Visualization.builder().type("line").yAxisLabel("Count").showLegend(true).build())
 *         .query(query)
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param type the widget kind
 * @param title the title, not blank
 * @param refreshInterval seconds between refreshes, positive; {@code null} inherits the dashboard's
 * @param layout the widget's place on the grid
 * @param visualization how it is drawn, or {@code null} for the service default
 * @param query what it shows
 */
public record Widget(
        @NotNull WidgetType type,
        @NotBlank String title,
        @Positive Integer refreshInterval,
        @NotNull @Valid Position layout,
        @Valid Visualization visualization,
        @NotNull @Valid WidgetQuery query) {

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this widget's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().type(type).title(title).refreshInterval(refreshInterval).layout(layout)
                .visualization(visualization).query(query);
    }

    /** Builds a {@link Widget}. Not thread-safe. */
    public static final class Builder {
        private WidgetType type = WidgetType.METRIC;
        private String title;
        private Integer refreshInterval;
        private Position layout;
        private Visualization visualization;
        private WidgetQuery query;

        private Builder() {
        }

        /**
         * Sets the kind; {@link WidgetType#METRIC} by default.
         *
         * @param type the kind
         * @return this builder
         */
        public Builder type(WidgetType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the refresh interval.
         *
         * @param refreshInterval seconds, or {@code null} to inherit the dashboard's
         * @return this builder
         */
        public Builder refreshInterval(Integer refreshInterval) {
            this.refreshInterval = refreshInterval;
            return this;
        }

        /**
         * Sets the place on the grid.
         *
         * @param layout the position
         * @return this builder
         */
        public Builder layout(Position layout) {
            this.layout = layout;
            return this;
        }

        /**
         * Sets how the widget is drawn.
         *
         * @param visualization the visualization, or {@code null}
         * @return this builder
         */
        public Builder visualization(Visualization visualization) {
            this.visualization = visualization;
            return this;
        }

        /**
         * Sets the query.
         *
         * @param query the query
         * @return this builder
         */
        public Builder query(WidgetQuery query) {
            this.query = query;
            return this;
        }

        /**
         * Builds the widget; rules are checked by {@link DashboardValidator}, not here.
         *
         * @return the widget
         */
        public Widget build() {
            return new Widget(type, title, refreshInterval, layout, visualization, query);
        }
    }
}
