/**
 * Event-processing filters: the {@link io.github.cxonesdk.eventbridge.FilterDefinition} model and
 * its parts, and client-side validation ({@link io.github.cxonesdk.eventbridge.FilterValidator}).
 * Filters are read from JSON or YAML one way: {@link io.github.cxonesdk.eventbridge.FilterYaml#read(String)}
 * for a list and {@link io.github.cxonesdk.eventbridge.FilterYaml#readDefinition(String)} for one filter,
 * both reporting every problem as a {@code ModelValidationException} with JSON paths.
 *
 * <p>The service side: {@link io.github.cxonesdk.eventbridge.FiltersClient} (lifecycle, groups,
 * metrics, audit), {@link io.github.cxonesdk.eventbridge.FilterYaml} and
 * {@link io.github.cxonesdk.eventbridge.FilterInfrastructure} (filters as code: deterministic YAML,
 * plan and apply), and {@link io.github.cxonesdk.eventbridge.FilterManager} (the whole deployment
 * flow in one call).
 */
package io.github.cxonesdk.eventbridge;
