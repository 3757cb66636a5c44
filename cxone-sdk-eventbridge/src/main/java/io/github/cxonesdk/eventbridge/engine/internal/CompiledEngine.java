package io.github.cxonesdk.eventbridge.engine.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.engine.ConditionOutcome;
import io.github.cxonesdk.eventbridge.engine.EvaluationResult;
import io.github.cxonesdk.eventbridge.engine.Explanation;
import io.github.cxonesdk.eventbridge.engine.FilterExplanation;
import io.github.cxonesdk.eventbridge.engine.FilterMatch;
import io.github.cxonesdk.eventbridge.engine.MalformedEventException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.JsonNode;

/**
 * The compiled form behind {@code FilterEngine}: path trie, compiled filters and one
 * {@link ChannelIndex} per channel. Per-event scratch state lives in an {@link EventValues} taken
 * from a small pool owned by the engine (no {@code ThreadLocal}, so nothing outlives the engine),
 * so evaluation allocates little beyond the strings it reads.
 *
 * <p>Thread-safe: compiled state is immutable; the pool and the budget counter are concurrent.
 */
public final class CompiledEngine {
    private final PathTrie paths = new PathTrie();
    private final List<CompiledFilter> filters = new ArrayList<>();
    private final CompiledFilter[] byOrdinal;
    /** Channel wire values and their indexes, in parallel: five strings compare faster than a hash lookup. */
    private final String[] channelNames;
    private final ChannelIndex[] channelIndexes;
    private final int channelSlot;
    private final TokenStreamFactory json = CxoneJson.mapper().tokenStreamFactory();
    private final ScratchPool scratch;
    private final LongAdder budgetExceeded = new LongAdder();

    /**
     * Compiles validated filters.
     *
     * @param definitions the filters by id, in the order results should list them; every filter
     *        must have passed {@code FilterValidator}
     */
    public CompiledEngine(Map<String, FilterDefinition> definitions) {
        channelSlot = paths.slot("channel");
        Map<String, List<CompiledFilter>> byChannel = new HashMap<>();
        for (Map.Entry<String, FilterDefinition> entry : definitions.entrySet()) {
            CompiledFilter filter = new CompiledFilter(filters.size(), entry.getKey(), entry.getValue(), paths);
            filters.add(filter);
            byChannel.computeIfAbsent(entry.getValue().channel().wireValue(), k -> new ArrayList<>()).add(filter);
        }
        channelNames = byChannel.keySet().toArray(new String[0]);
        channelIndexes = new ChannelIndex[channelNames.length];
        for (int k = 0; k < channelNames.length; k++) {
            channelIndexes[k] = new ChannelIndex(byChannel.get(channelNames[k]));
        }
        paths.freeze();
        byOrdinal = filters.toArray(new CompiledFilter[0]);
        int slotCount = paths.size();
        int filterCount = filters.size();
        scratch = new ScratchPool(() -> new EventValues(slotCount, filterCount));
    }

    /**
     * Evaluates an event given as UTF-8 (or UTF-16/32, detected) JSON bytes.
     *
     * @param event the event
     * @return the matching filters
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     */
    public EvaluationResult evaluate(byte[] event) {
        EventValues values = read(event);
        try {
            return result(values, match(values));
        } finally {
            scratch.release(values);
        }
    }

    /**
     * Evaluates an event given as JSON text.
     *
     * @param event the event
     * @return the matching filters
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     */
    public EvaluationResult evaluate(String event) {
        EventValues values = read(event);
        try {
            return result(values, match(values));
        } finally {
            scratch.release(values);
        }
    }

    /**
     * Evaluates an event given as a tree.
     *
     * @param event the event
     * @return the matching filters
     */
    public EvaluationResult evaluate(JsonNode event) {
        EventValues values = read(event);
        try {
            return result(values, match(values));
        } finally {
            scratch.release(values);
        }
    }

    /**
     * Evaluates an event given as JSON bytes and adds one to {@code hits[i]} for every matching filter {@code i}.
     *
     * @param event the event
     * @param hits one counter per compiled filter
     * @return how many filters matched, and whether a regex search exceeded its budget
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     */
    public Tally count(byte[] event, long[] hits) {
        return count(read(event), hits);
    }

    /**
     * Evaluates an event given as JSON text; see {@link #count(byte[], long[])}.
     *
     * @param event the event
     * @param hits one counter per compiled filter
     * @return how many filters matched, and whether a regex search exceeded its budget
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     */
    public Tally count(String event, long[] hits) {
        return count(read(event), hits);
    }

    /**
     * Evaluates an event given as a tree; see {@link #count(byte[], long[])}.
     *
     * @param event the event
     * @param hits one counter per compiled filter
     * @return how many filters matched, and whether a regex search exceeded its budget
     */
    public Tally count(JsonNode event, long[] hits) {
        return count(read(event), hits);
    }

    private Tally count(EventValues values, long[] hits) {
        try {
            int count = match(values);
            for (int k = 0; k < count; k++) {
                hits[values.matched[k]]++;
            }
            countBudgetExceeded(values);
            return new Tally(count, values.budgetExceeded);
        } finally {
            scratch.release(values);
        }
    }

    /**
     * How one event fared in {@code count}. Immutable and thread-safe.
     *
     * @param matched how many filters matched
     * @param budgetExceeded how many regex searches exceeded their budget
     */
    public record Tally(int matched, int budgetExceeded) {
    }

    /**
     * Explains, filter by filter, why an event given as JSON bytes does or does not match.
     *
     * @param event the event
     * @return the explanation
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     */
    public Explanation explain(byte[] event) {
        return explain(read(event));
    }

    /**
     * Explains an event given as JSON text; see {@link #explain(byte[])}.
     *
     * @param event the event
     * @return the explanation
     * @throws MalformedEventException if {@code event} is not exactly one JSON value
     */
    public Explanation explain(String event) {
        return explain(read(event));
    }

    /**
     * Explains an event given as a tree; see {@link #explain(byte[])}.
     *
     * @param event the event
     * @return the explanation
     */
    public Explanation explain(JsonNode event) {
        return explain(read(event));
    }

    private Explanation explain(EventValues values) {
        try {
            List<FilterExplanation> explanations = new ArrayList<>(filters.size());
            for (CompiledFilter filter : filters) {
                List<ConditionOutcome> outcomes = new ArrayList<>(filter.conditions.length + 1);
                boolean matched = true;
                outcomes.add(outcome(filter.channel, values));
                for (Condition condition : filter.conditions) {
                    outcomes.add(outcome(condition, values));
                }
                for (ConditionOutcome outcome : outcomes) {
                    matched &= outcome.passed();
                }
                explanations.add(new FilterExplanation(filter.id, filter.match.targetGroupId(), matched, outcomes));
            }
            countBudgetExceeded(values);
            return new Explanation(explanations);
        } finally {
            scratch.release(values);
        }
    }

    /**
     * Returns the compiled filter matches (id and target group) in compile order.
     *
     * @return one entry per filter
     */
    public List<FilterMatch> filterMatches() {
        return filters.stream().map(f -> f.match).toList();
    }

    /**
     * Returns how many regex searches exceeded their budget since this engine was compiled.
     *
     * @return the count
     */
    public long budgetExceeded() {
        return budgetExceeded.sum();
    }

    private void countBudgetExceeded(EventValues values) {
        if (values.budgetExceeded > 0) {
            budgetExceeded.add(values.budgetExceeded);
        }
    }

    private static ConditionOutcome outcome(Condition condition, EventValues values) {
        int before = values.budgetExceeded;
        boolean passed = condition.test(values);
        return new ConditionOutcome(condition.label, condition.field, condition.test, condition.expected,
                values.render(condition.slot), passed, values.budgetExceeded > before);
    }

    private EventValues read(byte[] event) {
        return extract(json.createParser(ObjectReadContext.empty(), event));
    }

    private EventValues read(String event) {
        // a byte order mark is skipped as in bytes, where Jackson's encoding detection drops it
        String text = !event.isEmpty() && event.charAt(0) == '\uFEFF' ? event.substring(1) : event;
        return extract(json.createParser(ObjectReadContext.empty(), text));
    }

    private EventValues extract(JsonParser opened) {
        EventValues values = scratch.acquire();
        try (JsonParser parser = opened) {
            Extractors.fromStream(parser, paths.root(), values);
            return values;
        } catch (JacksonException e) {
            scratch.release(values);
            throw notJson(e);
        } catch (RuntimeException e) {
            scratch.release(values);
            throw e;
        }
    }

    private EventValues read(JsonNode event) {
        EventValues values = scratch.acquire();
        Extractors.fromTree(event, paths.root(), values);
        return values;
    }

    private static MalformedEventException notJson(JacksonException e) {
        // the parser's own message may quote the payload, so only the location is kept
        if (e.getLocation() == null) {
            return new MalformedEventException("event is not valid JSON");
        }
        return new MalformedEventException("event is not valid JSON (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")");
    }

    /** Finds the matching filters; their ordinals end up sorted in {@code values.matched}. */
    private int match(EventValues values) {
        if (values.kind[channelSlot] != EventValues.STRING) {
            return 0;
        }
        ChannelIndex index = channelIndex(values.text[channelSlot]);
        if (index == null) {
            return 0;
        }
        int candidates = index.candidates(values, values.candidates);
        // candidates come from several indexes in no order: a bit set restores compile order
        long[] bits = values.matchedBits;
        int matched = 0;
        for (int k = 0; k < candidates; k++) {
            int ordinal = values.candidates[k];
            if (byOrdinal[ordinal].verify(values)) {
                bits[ordinal >>> 6] |= 1L << ordinal;
                matched++;
            }
        }
        if (matched > 0) {
            int n = 0;
            for (int word = 0; n < matched; word++) {
                long set = bits[word];
                bits[word] = 0;
                while (set != 0) {
                    values.matched[n++] = (word << 6) + Long.numberOfTrailingZeros(set);
                    set &= set - 1;
                }
            }
        }
        return matched;
    }

    private ChannelIndex channelIndex(String channel) {
        for (int k = 0; k < channelNames.length; k++) {
            if (channelNames[k].equals(channel)) {
                return channelIndexes[k];
            }
        }
        return null;
    }

    private EvaluationResult result(EventValues values, int count) {
        countBudgetExceeded(values);
        if (count == 0 && values.budgetExceeded == 0) {
            return EvaluationResult.NONE;
        }
        FilterMatch[] matches = new FilterMatch[count];
        for (int k = 0; k < count; k++) {
            matches[k] = byOrdinal[values.matched[k]].match;
        }
        return new EvaluationResult(List.of(matches), values.budgetExceeded);
    }
}
