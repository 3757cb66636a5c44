package io.github.cxonesdk.dashboards;

import jakarta.validation.constraints.NotBlank;

/**
 * How a widget draws its data, serialised as
 * {@code {"type": "line", "yAxisLabel": "Count", "showLegend": true}}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param type the chart type, such as {@code "line"}, {@code "bar"} or {@code "table"}
 * @param yAxisLabel the label of the y axis, or {@code null}
 * @param showLegend whether to show a legend, or {@code null} for the service default
 */
public record Visualization(@NotBlank String type, String yAxisLabel, Boolean showLegend) {

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this visualization's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().type(type).yAxisLabel(yAxisLabel).showLegend(showLegend);
    }

    /** Builds a {@link Visualization}. Not thread-safe. */
    public static final class Builder {
        private String type;
        private String yAxisLabel;
        private Boolean showLegend;

        private Builder() {
        }

        /**
         * Sets the chart type.
         *
         * @param type the type, such as {@code "line"}
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the y axis label.
         *
         * @param yAxisLabel the label, or {@code null}
         * @return this builder
         */
        public Builder yAxisLabel(String yAxisLabel) {
            this.yAxisLabel = yAxisLabel;
            return this;
        }

        /**
         * Sets whether a legend is shown.
         *
         * @param showLegend the flag, or {@code null} for the service default
         * @return this builder
         */
        public Builder showLegend(Boolean showLegend) {
            this.showLegend = showLegend;
            return this;
        }

        /**
         * Builds the visualization.
         *
         * @return the visualization
         */
        public Visualization build() {
            return new Visualization(type, yAxisLabel, showLegend);
        }
    }
}
