package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.influx.InfluxSink;
import io.github.cxonesdk.streaming.metrics.InteractionMetrics;
import io.github.cxonesdk.streaming.metrics.InteractionMetricsAggregator;
import io.github.cxonesdk.streaming.metrics.QuantileMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cxone aggregate}: hourly campaign aggregates of a file of events, as the streaming pipeline computes them. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"Reads interaction.completed events (API.md shape, one JSON object per line) and prints the"
                + " hourly per-campaign count and p50/p90/p95 of handle and wait time, sorted by hour then campaign.",
                "Malformed lines are skipped; their number is reported on stderr."},
        footer = {"", "Examples:", "  cxone aggregate --input events.jsonl --mode exact > hourly.json",
                "  cxone aggregate --input events.jsonl --format line-protocol > hourly.lp"})
final class AggregateCommand implements Callable<Integer> {
    /** Every bucket stays open until the end of the input, so the order of the lines does not matter. */
    private static final Duration WHOLE_FILE = Duration.ofDays(365L * 100);

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "The events, one per line; - reads standard input.")
    String input;

    @Option(names = "--mode", defaultValue = "exact", paramLabel = "exact|sketch",
            description = "exact (Python's statistics.quantiles, inclusive) or sketch (DDSketch, 1%% relative"
                    + " accuracy, bounded memory). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|line-protocol",
            description = "json, or line-protocol (InfluxDB, as InfluxSink writes it). Default: ${DEFAULT-VALUE}.")
    String format;

    AggregateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        QuantileMode quantiles = switch (mode) {
            case "exact" -> QuantileMode.EXACT;
            case "sketch" -> QuantileMode.SKETCH;
            default -> throw CliException.badInput("--mode must be exact or sketch, was '" + Cli.capped(mode) + "'");
        };
        switch (format) {
            case "json", "line-protocol" -> { }
            default -> throw CliException.badInput("--format must be json or line-protocol, was '" + Cli.capped(format) + "'");
        }
        InteractionMetricsAggregator aggregator = InteractionMetricsAggregator.builder().mode(quantiles)
                .allowedLateness(WHOLE_FILE).retention(WHOLE_FILE).build();
        JsonLines lines = new JsonLines(JsonLines.MAX_LINE_BYTES);
        try (InputStream in = Inputs.open(context, input)) {
            lines.read(in, input, aggregator::accept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InteractionMetrics> results = latestByBucket(aggregator.flush());
        if (format.equals("json")) {
            JsonOutput.print(spec.commandLine().getOut(), toJson(results));
        } else {
            printLineProtocol(spec.commandLine().getOut(), results);
        }
        long malformed = lines.overlong() + aggregator.malformed().values().stream().mapToLong(Long::longValue).sum();
        spec.commandLine().getErr().println("cxone aggregate: " + (lines.lines() + lines.overlong()) + " line(s) read, "
                + malformed + " malformed line(s) skipped" + reasons(aggregator.malformed(), lines.overlong()));
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** The final result per (hour, campaign), sorted by hour then campaign. */
    static List<InteractionMetrics> latestByBucket(List<InteractionMetrics> results) {
        Map<String, InteractionMetrics> latest = new TreeMap<>();
        results.forEach(r -> latest.put(r.hour() + "\u0000" + r.campaignId(), r));
        return latest.values().stream().sorted(Comparator.comparing(InteractionMetrics::hour)
                .thenComparing(InteractionMetrics::campaignId)).toList();
    }

    /** One line per bucket, exactly what {@link InfluxSink} writes (its point, its encoder, nanoseconds). */
    static void printLineProtocol(PrintWriter out, List<InteractionMetrics> results) {
        List<String> lines = new ArrayList<>(results.size());
        for (InteractionMetrics r : results) {
            try {
                lines.add(InfluxSink.point(r).toLineProtocol());
            } catch (ModelValidationException e) {
                throw new CliException(CliException.CHECK_FAILED, "the bucket " + r.hour() + " of campaign '"
                        + Cli.capped(r.campaignId()) + "' cannot be written to InfluxDB: " + Cli.message(e), e);
            }
        }
        lines.forEach(out::println);
        out.flush();
    }

    static ArrayNode toJson(List<InteractionMetrics> results) {
        ArrayNode array = JsonOutput.object().arrayNode();
        for (InteractionMetrics r : results) {
            ObjectNode o = array.addObject();
            o.put("hour", r.hour().toString());
            o.put("campaignId", r.campaignId());
            o.put("count", r.count());
            o.put("p50_handle", r.handleTime().p50());
            o.put("p90_handle", r.handleTime().p90());
            o.put("p95_handle", r.handleTime().p95());
            o.put("p50_wait", r.waitTime().p50());
            o.put("p90_wait", r.waitTime().p90());
            o.put("p95_wait", r.waitTime().p95());
        }
        return array;
    }

    private static String reasons(Map<String, Long> malformed, long overlong) {
        Map<String, Long> all = new TreeMap<>(malformed);
        if (overlong > 0) {
            all.put("line longer than " + (JsonLines.MAX_LINE_BYTES >> 20) + " MiB", overlong);
        }
        return all.isEmpty() ? "" : " " + all;
    }
}
