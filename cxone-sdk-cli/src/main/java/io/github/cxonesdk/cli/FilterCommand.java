package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.engine.EvaluationResult;
import io.github.cxonesdk.eventbridge.engine.FilterEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cxone filter}: event-processing filters in files, checked and tried locally. */
@Command(name = "filter", mixinStandardHelpOptions = true,
        description = "Event-processing filters in JSON or YAML files (one filter or a list), checked and evaluated"
                + " locally exactly as the service matches them.")
final class FilterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: validate or eval");
    }

    /** {@code cxone filter validate FILE...}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks filter files as the service would, listing every violation.",
                    "Prints {\"valid\": bool, \"violations\": [{\"file\",\"path\",\"message\"}]}; exit 1 when invalid."},
            footer = {"", "Example:", "  cxone filter validate filters.yaml vip.json"})
    static final class Validate implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filter files (JSON or YAML).")
        List<String> files;

        Validate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ObjectNode result = JsonOutput.object();
            ArrayNode violations = JsonOutput.object().arrayNode();
            List<String> names = new ArrayList<>();
            for (String file : files) {
                FilterFiles.Result read = FilterFiles.read(context, file);
                read.violations().forEach(v -> addViolation(violations, file, v));
                for (int i = 0; i < read.filters().size(); i++) {
                    String name = read.filters().get(i).name();
                    if (names.contains(name)) {
                        addViolation(violations, file, new Violation("filters[" + i + "].name",
                                "duplicates the name of another filter: " + Cli.capped(name)));
                    }
                    names.add(name);
                }
            }
            result.put("valid", violations.isEmpty());
            result.set("violations", violations);
            JsonOutput.print(spec.commandLine().getOut(), result);
            return violations.isEmpty() ? 0 : CliException.CHECK_FAILED;
        }

        private static void addViolation(ArrayNode violations, String file, Violation v) {
            ObjectNode o = violations.addObject();
            o.put("file", file);
            o.put("path", v.path());
            o.put("message", v.message());
        }
    }

    /** {@code cxone filter eval FILE... --events events.jsonl}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Evaluates events against filters with the SDK's local engine (the service's semantics).",
                    "Prints {\"total\": n, \"filters\": [{\"name\",\"matched\",\"hitRatio\"}]}, or with --per-event"
                            + " one line per event: {\"matched\": [filter names]}. Exit 1 when no event matched."},
            footer = {"", "Example:", "  cxone filter eval filters.yaml --events events.jsonl --per-event"})
    static final class Eval implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filter files (JSON or YAML).")
        List<String> files;

        @Option(names = "--events", required = true, paramLabel = "FILE",
                description = "Events, one JSON object per line; - reads standard input.")
        String events;

        @Option(names = "--per-event", description = "Print one JSON line per event with the names of the filters it matched.")
        boolean perEvent;

        Eval(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            FilterEngine engine = compile();
            PrintWriter out = spec.commandLine().getOut();
            Map<String, long[]> hits = new LinkedHashMap<>();
            engine.filters().keySet().forEach(name -> hits.put(name, new long[1]));
            long[] total = new long[1];
            long[] malformed = new long[1];
            long[] matchingAny = new long[1];
            JsonLines lines = new JsonLines(JsonLines.MAX_LINE_BYTES);
            try (InputStream in = Inputs.open(context, events)) {
                lines.read(in, events, (buffer, offset, length) -> {
                    EvaluationResult result;
                    try {
                        result = engine.evaluate(Arrays.copyOfRange(buffer, offset, offset + length));
                    } catch (IllegalArgumentException e) {
                        malformed[0]++;
                        if (perEvent) {
                            out.println("{\"matched\":[],\"malformed\":true}");
                        }
                        return;
                    }
                    total[0]++;
                    List<String> matched = result.filterIds();
                    matched.forEach(name -> hits.get(name)[0]++);
                    if (!matched.isEmpty()) {
                        matchingAny[0]++;
                    }
                    if (perEvent) {
                        ObjectNode line = JsonOutput.object();
                        matched.forEach(line.putArray("matched")::add);
                        if (matched.isEmpty()) {
                            line.putArray("matched");
                        }
                        JsonOutput.printLine(out, line);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!perEvent) {
                JsonOutput.print(out, summary(total[0], hits));
            }
            out.flush();
            long skipped = malformed[0] + lines.overlong();
            if (skipped > 0) {
                spec.commandLine().getErr().println("cxone filter eval: " + skipped + " malformed event line(s) skipped");
            }
            return matchingAny[0] > 0 ? 0 : CliException.CHECK_FAILED;
        }

        private FilterEngine compile() {
            List<FilterDefinition> all = new ArrayList<>();
            for (String file : files) {
                FilterFiles.Result read = FilterFiles.read(context, file);
                if (!read.valid()) {
                    Violation first = read.violations().get(0);
                    throw CliException.badInput(file + ": invalid filter at " + first.path() + ": "
                            + Cli.capped(first.message()) + (read.violations().size() > 1
                            ? " (and " + (read.violations().size() - 1) + " more; see cxone filter validate)" : ""));
                }
                all.addAll(read.filters());
            }
            try {
                return FilterEngine.compile(all);
            } catch (IllegalArgumentException | ModelValidationException e) {
                throw new CliException(CliException.BAD_INPUT, Cli.message(e), e);
            }
        }

        private static ObjectNode summary(long total, Map<String, long[]> hits) {
            ObjectNode result = JsonOutput.object();
            result.put("total", total);
            ArrayNode filters = result.putArray("filters");
            hits.forEach((name, count) -> {
                ObjectNode o = filters.addObject();
                o.put("name", name);
                o.put("matched", count[0]);
                o.put("hitRatio", total == 0 ? 0.0 : (double) count[0] / total);
            });
            return result;
        }
    }
}
