package io.github.cxonesdk.eventbridge.engine;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterValidator;
import io.github.cxonesdk.eventbridge.engine.internal.CompiledEngine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
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
 * <p>Every entry point reading text or bytes applies one rule: the event is exactly one JSON value
 * (after an optional byte order mark), followed only by whitespace; anything else, the empty
 * string included, throws {@link MalformedEventException}. Parsing is linear in the event's size
 * (Jackson's stream limits apply: numbers of at most 1000 digits, nesting of at most 500 levels),
 * numeric strings of any length are read in linear time, and every regex search is bounded by a
 * work budget proportional to the field's length (100,000 character reads, plus 1,000 per
 * character for the first 10,000 characters, plus 10 per character). A search over budget counts as no match and is reported: in
 * {@link EvaluationResult#budgetExceeded()}, {@link ConditionOutcome#budgetExceeded()},
 * {@link ReplayReport#eventsOverBudget()} and {@link #budgetExceededCount()}.
 *
 * <p>This class is thread-safe: one instance may evaluate events from many threads at once. Its
 * scratch buffers come from a small pool it owns (no {@code ThreadLocal}), so an engine leaves
 * nothing behind on the threads that used it.
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
        ModelBinding.throwIfAny("FilterEngine filters", violations);
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
        ModelBinding.throwIfAny("FilterEngine filters", unnamed);
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
     * @param event the event: exactly one JSON value (an optional byte order mark, then the value,
     *        then only whitespace); a value that is not an object matches nothing
     * @return the matching filters and their target groups
     * @throws MalformedEventException if {@code event} is empty, not valid JSON, or has content after its value
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public EvaluationResult evaluate(byte[] event) {
        return compiled.evaluate(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Evaluates an event given as JSON text, under the same rules as {@link #evaluate(byte[])}
     * (a leading byte order mark {@code U+FEFF} is skipped).
     *
     * @param event the event, exactly one JSON value
     * @return the matching filters and their target groups
     * @throws MalformedEventException if {@code event} is empty, not valid JSON, or has content after its value
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
     * @param event the event, an object node (any other node matches nothing)
     * @return the matching filters and their target groups
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public EvaluationResult evaluate(JsonNode event) {
        return compiled.evaluate(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Explains, for every filter, each condition's outcome and the event's actual value.
     *
     * @param event the event as JSON bytes, under the rules of {@link #evaluate(byte[])}
     * @return the explanation
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public Explanation explain(byte[] event) {
        return compiled.explain(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Explains, for every filter, each condition's outcome and the event's actual value.
     *
     * @param event the event as JSON text, under the rules of {@link #evaluate(String)}
     * @return the explanation
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public Explanation explain(String event) {
        return compiled.explain(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Explains, for every filter, each condition's outcome and the event's actual value.
     *
     * @param event the event as a tree
     * @return the explanation
     * @throws NullPointerException if {@code event} is {@code null}
     */
    public Explanation explain(JsonNode event) {
        return compiled.explain(Objects.requireNonNull(event, "event == null"));
    }

    /**
     * Returns how many regex searches exceeded their work budget (and so counted as no match)
     * since this engine was compiled, over all evaluations, explanations and replays.
     *
     * @return the count; a rising value means a pattern is too slow for the events it sees
     */
    public long budgetExceededCount() {
        return compiled.budgetExceeded();
    }

    /**
     * Replays a sample of events given as JSON text and predicts each filter's hit count and ratio.
     * Malformed events ({@link MalformedEventException}) are counted and skipped; any other
     * exception propagates.
     *
     * @param events the sample
     * @return the report
     * @throws NullPointerException if {@code events} or an element is {@code null}
     */
    public ReplayReport replay(Iterable<String> events) {
        return replay(events, compiled::count);
    }

    /**
     * Replays a sample of events given as JSON bytes; see {@link #replay(Iterable)}.
     *
     * @param events the sample
     * @return the report
     * @throws NullPointerException if {@code events} or an element is {@code null}
     */
    public ReplayReport replayBytes(Iterable<byte[]> events) {
        return replay(events, compiled::count);
    }

    /**
     * Replays a sample of events given as trees; see {@link #replay(Iterable)}.
     *
     * @param events the sample
     * @return the report (trees are never malformed)
     * @throws NullPointerException if {@code events} or an element is {@code null}
     */
    public ReplayReport replayTrees(Iterable<? extends JsonNode> events) {
        return replay(events, compiled::count);
    }

    private <T> ReplayReport replay(Iterable<T> events, BiFunction<T, long[], CompiledEngine.Tally> count) {
        Objects.requireNonNull(events, "events == null");
        long[] hits = new long[filters.size()];
        long total = 0;
        long malformed = 0;
        long matchingAny = 0;
        long overBudget = 0;
        for (T event : events) {
            Objects.requireNonNull(event, "events holds null");
            CompiledEngine.Tally tally;
            try {
                tally = count.apply(event, hits);
            } catch (MalformedEventException e) {
                malformed++;
                continue;
            }
            total++;
            matchingAny += tally.matched() > 0 ? 1 : 0;
            overBudget += tally.budgetExceeded() > 0 ? 1 : 0;
        }
        List<FilterHitRate> rates = new ArrayList<>();
        List<FilterMatch> matches = compiled.filterMatches();
        for (int k = 0; k < hits.length; k++) {
            double ratio = total == 0 ? 0 : (double) hits[k] / total;
            rates.add(new FilterHitRate(matches.get(k).filterId(), matches.get(k).targetGroupId(), hits[k], ratio));
        }
        return new ReplayReport(total, malformed, matchingAny, rates, overBudget);
    }
}
