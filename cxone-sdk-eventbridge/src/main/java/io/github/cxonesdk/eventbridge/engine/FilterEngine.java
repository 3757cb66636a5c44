package io.github.cxonesdk.eventbridge.engine;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.validation.ModelValidator;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterValidator;
import io.github.cxonesdk.eventbridge.engine.internal.CompiledEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A local engine that evaluates event-processing filters against JSON events exactly as the
 * service does (API.md "Filter semantics"), without a network call: to test filters before
 * deploying them, to route events in-process, or to predict hit rates.
 *
 * <p>Filters are validated and compiled once. Evaluation reads an event as a token stream and
 * extracts only the paths the filters reference (it never builds a tree), picks the filters of the
 * event's channel, and consults equality, prefix, CIDR and numeric-bound indexes so that only
 * plausible candidates are verified: cost grows slowly with the number of filters.
 *
 * <pre>{@code
 * FilterEngine engine = FilterEngine.compile(List.of(platinumVoice, longCalls));   // keyed by name
 * EvaluationResult result = engine.evaluate(eventBytes);
 * result.filterIds();          // [platinum_voice_routing]
 * result.targetGroupIds();     // [grp_downstream_processor_01]
 * engine.explain(eventBytes).filter("long_calls").orElseThrow().firstFailure();
 * //  matchers[0] payload.handleTime greater_than 300: actual 245 -> FAIL
 * ReplayReport report = engine.replay(sampleOfEvents);                  // hit count and ratio per filter
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: one instance may evaluate events from many threads
 * at once (each thread keeps its own small scratch buffers).
 */
public final class FilterEngine {
    private final Map<String, FilterDefinition> filters;
    private final CompiledEngine compiled;

    private FilterEngine(Map<String, FilterDefinition> filters) {
        this.filters = filters;
        this.compiled = new CompiledEngine(filters);
    }

    /**
     * Validates and compiles filters keyed by an id of the caller's choice (a server id, a name).
     * Results list filters in the map's iteration order.
     *
     * @param filtersById the filters; use a {@link LinkedHashMap} for a stable order
     * @return the engine
     * @throws ModelValidationException listing every violation of every filter, paths prefixed
     *         with the id, such as {@code [long_calls].matchers[0].value}
     * @throws NullPointerException if the map, a key or a value is {@code null}
     */
    public static FilterEngine compile(Map<String, FilterDefinition> filtersById) {
        Objects.requireNonNull(filtersById, "filtersById == null");
        Map<String, FilterDefinition> copy = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        filtersById.forEach((id, filter) -> {
            Objects.requireNonNull(id, "filter id == null");
            Objects.requireNonNull(filter, "filter == null for id " + id);
            for (Violation v : FilterValidator.create().violations(filter)) {
                violations.add(new Violation("[" + id + "]." + v.path(), v.message()));
            }
            copy.put(id, filter);
        });
        ModelValidator.throwIfAny("FilterEngine filters", violations);
        return new FilterEngine(java.util.Collections.unmodifiableMap(copy));
    }

    /**
     * Validates and compiles filters keyed by their names.
     *
     * @param filters the filters, in the order results should list them
     * @return the engine
     * @throws ModelValidationException listing every violation of every filter
     * @throws IllegalArgumentException if two filters share a name
     * @throws NullPointerException if the collection or an element is {@code null}
     */
    public static FilterEngine compile(Collection<FilterDefinition> filters) {
        Objects.requireNonNull(filters, "filters == null");
        Map<String, FilterDefinition> byName = new LinkedHashMap<>();
        List<Violation> unnamed = new ArrayList<>();
        int index = 0;
        for (FilterDefinition filter : filters) {
            Objects.requireNonNull(filter, "filter == null");
            String name = filter.name();
            if (name == null || name.isBlank()) {
                unnamed.add(new Violation("[" + index + "].name", "must not be blank"));
            } else if (byName.putIfAbsent(name, filter) != null) {
                throw new IllegalArgumentException("two filters are named '" + name + "'");
            }
            index++;
        }
        ModelValidator.throwIfAny("FilterEngine filters", unnamed);
        return compile(byName);
    }

    /**
     * Returns the compiled filters by id, in compile order.
     *
     * @return an unmodifiable map
     */
    public Map<String, FilterDefinition> filters() {
        return filters;
    }

    /**
     * Evaluates an event given as JSON bytes (UTF-8, or UTF-16/32 detected by Jackson); the fast path.
     *
     * @param event the event, a JSON object
     * @return the matching filters and their target groups; an event that is not an object matches nothing
     * @throws IllegalArgumentException if {@code event} is not valid JSON
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public EvaluationResult evaluate(byte[] event) {
        return compiled.evaluate(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Evaluates an event given as JSON text.
     *
     * @param event the event, a JSON object
     * @return the matching filters and their target groups
     * @throws IllegalArgumentException if {@code event} is not valid JSON
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public EvaluationResult evaluate(String event) {
        return compiled.evaluate(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Evaluates an event already parsed into a tree. Floating-point numbers are compared by the
     * decimal value the tree holds (parse with {@code USE_BIG_DECIMAL_FOR_FLOATS} to keep the
     * exact text).
     *
     * @param event the event, an object node
     * @return the matching filters and their target groups
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public EvaluationResult evaluate(JsonNode event) {
        return compiled.evaluate(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Explains, for every filter, each condition's outcome and the event's actual value.
     *
     * @param event the event as JSON bytes
     * @return the explanation
     * @throws IllegalArgumentException if {@code event} is not valid JSON
     */
    public Explanation explain(byte[] event) {
        return compiled.explain(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Explains, for every filter, each condition's outcome and the event's actual value.
     *
     * @param event the event as JSON text
     * @return the explanation
     * @throws IllegalArgumentException if {@code event} is not valid JSON
     */
    public Explanation explain(String event) {
        return compiled.explain(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Explains, for every filter, each condition's outcome and the event's actual value.
     *
     * @param event the event as a tree
     * @return the explanation
     */
    public Explanation explain(JsonNode event) {
        return compiled.explain(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Replays a sample of events given as JSON text and predicts each filter's hit count and ratio.
     * Events that are not valid JSON are counted as malformed and skipped.
     *
     * @param events the sample
     * @return the report
     */
    public ReplayReport replay(Iterable<String> events) {
        return replayAny(events);
    }

    /**
     * Replays a sample of events given as JSON bytes; see {@link #replay(Iterable)}.
     *
     * @param events the sample
     * @return the report
     */
    public ReplayReport replayBytes(Iterable<byte[]> events) {
        return replayAny(events);
    }

    /**
     * Replays a sample of events given as trees; see {@link #replay(Iterable)}.
     *
     * @param events the sample
     * @return the report
     */
    public ReplayReport replayTrees(Iterable<? extends JsonNode> events) {
        return replayAny(events);
    }

    private ReplayReport replayAny(Iterable<?> events) {
        Objects.requireNonNull(events, "events == null");
        long[] hits = new long[filters.size()];
        long total = 0;
        long malformed = 0;
        long matchingAny = 0;
        for (Object event : events) {
            Objects.requireNonNull(event, "events holds null");
            try {
                matchingAny += compiled.count(event, hits) > 0 ? 1 : 0;
                total++;
            } catch (IllegalArgumentException e) {
                malformed++;
            }
        }
        List<FilterHitRate> rates = new ArrayList<>();
        List<FilterMatch> matches = compiled.filterMatches();
        for (int k = 0; k < hits.length; k++) {
            double ratio = total == 0 ? 0 : (double) hits[k] / total;
            rates.add(new FilterHitRate(matches.get(k).filterId(), matches.get(k).targetGroupId(), hits[k], ratio));
        }
        return new ReplayReport(total, malformed, matchingAny, rates);
    }
}
