package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.schema.ChangeExample;
import io.github.cxonesdk.schema.CompatibilityMode;
import io.github.cxonesdk.schema.CompiledSchema;
import io.github.cxonesdk.schema.PayloadValidator;
import io.github.cxonesdk.schema.SchemaChange;
import io.github.cxonesdk.schema.SchemaDiff;
import io.github.cxonesdk.schema.SchemaDiffReport;
import io.github.cxonesdk.schema.mapping.MappingEngine;
import io.github.cxonesdk.schema.mapping.MappingRules;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code cxone schema}: JSON Schemas of event payloads, compared, checked and mapped locally. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Event payload schemas: compatibility diff, payload validation and field mapping, all local.")
final class SchemaCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command: diff, validate or map");
    }

    /** A schema file parsed and checked to be a schema (an object or a boolean). */
    static JsonNode readSchema(CliContext context, String file) {
        JsonNode schema = JsonFiles.read(context, file);
        if (!schema.isObject() && !schema.isBoolean()) {
            throw CliException.badInput(file + ": is not a JSON Schema (an object or a boolean)");
        }
        return schema;
    }

    /** The first violation of an unusable schema or rules file as one line, with how many more there are. */
    static String firstViolation(ModelValidationException e) {
        List<Violation> all = e.violations();
        if (all.isEmpty()) {
            return Cli.message(e);
        }
        Violation first = all.get(0);
        return (first.path().isEmpty() ? "" : first.path() + ": ") + Cli.capped(first.message())
                + (all.size() > 1 ? " (and " + (all.size() - 1) + " more)" : "");
    }

    /** {@code cxone schema diff OLD NEW}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Compares two JSON Schemas and classifies every change as breaking the compatibility"
                    + " mode or not (BACKWARD: the new schema reads old payloads; FORWARD: the old schema reads new"
                    + " payloads; FULL: both).",
                    "Prints {\"compatible\": bool, \"mode\": \"...\", \"changes\": [{\"path\",\"kind\",\"breaking\","
                            + "\"detail\"}]}, or a readable list with --format text; exit 1 when incompatible."},
            footer = {"", "Examples:", "  cxone schema diff v1.schema.json v2.schema.json",
                    "  cxone schema diff v1.schema.json v2.schema.json --mode full --format text"})
    static final class Diff implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD", description = "The schema payloads are written with today (JSON).")
        String oldFile;

        @Parameters(index = "1", paramLabel = "NEW", description = "The schema that replaces it (JSON).")
        String newFile;

        @Option(names = "--mode", defaultValue = "backward", paramLabel = "MODE",
                description = "backward (default), forward or full.")
        String mode;

        @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default) or text.")
        String format;

        Diff(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CompatibilityMode compatibility = switch (mode.toLowerCase(Locale.ROOT)) {
                case "backward" -> CompatibilityMode.BACKWARD;
                case "forward" -> CompatibilityMode.FORWARD;
                case "full" -> CompatibilityMode.FULL;
                default -> throw CliException.badInput("--mode must be backward, forward or full, not '"
                        + Cli.capped(mode) + "'");
            };
            if (!format.equals("json") && !format.equals("text")) {
                throw CliException.badInput("--format must be json or text, not '" + Cli.capped(format) + "'");
            }
            JsonNode oldSchema = readSchema(context, oldFile);
            JsonNode newSchema = readSchema(context, newFile);
            SchemaDiffReport report;
            try {
                report = SchemaDiff.compare(oldSchema, newSchema);
            } catch (ModelValidationException e) {
                throw new CliException(CliException.BAD_INPUT, oldFile + " -> " + newFile + ": unusable schema: "
                        + firstViolation(e), e);
            }
            boolean compatible = report.isCompatible(compatibility);
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                JsonOutput.print(out, json(report, compatibility));
            } else {
                text(out, report, compatibility);
            }
            return compatible ? 0 : CliException.CHECK_FAILED;
        }

        static ObjectNode json(SchemaDiffReport report, CompatibilityMode mode) {
            ObjectNode result = JsonOutput.object();
            result.put("compatible", report.isCompatible(mode));
            result.put("mode", mode.name());
            ArrayNode changes = result.putArray("changes");
            for (SchemaChange change : report.changes()) {
                ObjectNode o = changes.addObject();
                o.put("path", change.pointer());
                o.put("kind", change.kind().name());
                o.put("breaking", change.breaks(mode));
                o.put("detail", change.detail());
            }
            return result;
        }

        private static void text(PrintWriter out, SchemaDiffReport report, CompatibilityMode mode) {
            int breaking = report.breakingChanges(mode).size();
            out.println(mode.name() + ": " + (breaking == 0 ? "compatible" : "INCOMPATIBLE") + " (" + breaking
                    + " breaking of " + report.changes().size() + " change" + (report.changes().size() == 1 ? "" : "s")
                    + ")");
            for (SchemaChange change : report.changes()) {
                boolean breaks = change.breaks(mode);
                out.printf(Locale.ROOT, "  %-9s %s  %s%n", breaks ? "BREAKING" : "ok",
                        change.pointer().isEmpty() ? "(root)" : change.pointer(), change.kind());
                out.println("            " + Cli.capped(change.detail()));
                if (breaks) {
                    for (ChangeExample example : change.examples()) {
                        if (mode == CompatibilityMode.FULL || example.direction() == mode) {
                            out.println("            example (" + example.direction() + "): "
                                    + Cli.capped(CxoneJson.mapper().writeValueAsString(example.payload())));
                        }
                    }
                }
            }
            out.flush();
        }
    }

    /** {@code cxone schema validate SCHEMA PAYLOAD...}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Validates payload files (one JSON document each) against a JSON Schema (draft 7 unless"
                    + " $schema says otherwise; formats asserted).",
                    "Prints {\"valid\": bool, \"errors\": [{\"file\",\"path\",\"message\"}]}; exit 1 when any payload"
                            + " is invalid."},
            footer = {"", "Example:", "  cxone schema validate v2.schema.json event1.json event2.json"})
    static final class Validate implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SCHEMA", description = "The JSON Schema.")
        String schemaFile;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PAYLOAD", description = "Payload files; - reads stdin.")
        List<String> payloads;

        Validate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CompiledSchema schema = compile(context, schemaFile);
            ArrayNode errors = JsonOutput.object().arrayNode();
            for (String file : payloads) {
                JsonNode payload = JsonFiles.read(context, file);
                List<Violation> violations;
                try {
                    violations = schema.validate(payload).violations();
                } catch (ModelValidationException e) {
                    throw new CliException(CliException.BAD_INPUT, schemaFile + ": unusable schema: "
                            + firstViolation(e), e);
                }
                for (Violation v : violations) {
                    ObjectNode o = errors.addObject();
                    o.put("file", file);
                    o.put("path", v.path());
                    o.put("message", v.message());
                }
            }
            ObjectNode result = JsonOutput.object();
            result.put("valid", errors.isEmpty());
            result.set("errors", errors);
            JsonOutput.print(spec.commandLine().getOut(), result);
            return errors.isEmpty() ? 0 : CliException.CHECK_FAILED;
        }

        static CompiledSchema compile(CliContext context, String file) {
            JsonNode schema = readSchema(context, file);
            try {
                return PayloadValidator.create().compile(schema);
            } catch (ModelValidationException e) {
                throw new CliException(CliException.BAD_INPUT, file + ": unusable schema: " + firstViolation(e), e);
            }
        }
    }

    /** {@code cxone schema map RULES PAYLOAD}. */
    @Command(name = "map", mixinStandardHelpOptions = true,
            description = {"Maps a payload with mapping rules (JSON, or YAML for .yaml/.yml: rules with source, target,"
                    + " transform, args, optional, default) and prints the mapped JSON.",
                    "Exit 1 when the payload cannot be mapped (with --strict: a source is missing)."},
            footer = {"", "Examples:", "  cxone schema map v1-to-v2.rules.yaml legacy-event.json",
                    "  cat legacy-event.json | cxone schema map v1-to-v2.rules.yaml - --strict"})
    static final class MapPayload implements Callable<Integer> {
        private final CliContext context;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RULES", description = "The mapping rules.")
        String rulesFile;

        @Parameters(index = "1", paramLabel = "PAYLOAD", description = "The payload (JSON); - reads stdin.")
        String payloadFile;

        @Option(names = "--strict", description = "Fail when a source field of a non-optional rule is missing.")
        boolean strict;

        MapPayload(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            MappingEngine engine = engine(context, rulesFile, strict);
            JsonNode payload = JsonFiles.read(context, payloadFile);
            ObjectNode mapped;
            try {
                mapped = engine.map(payload);
            } catch (ModelValidationException e) {
                throw new CliException(CliException.CHECK_FAILED, payloadFile + ": " + Cli.capped(e.getMessage()), e);
            }
            JsonOutput.print(spec.commandLine().getOut(), mapped);
            return 0;
        }

        static MappingEngine engine(CliContext context, String file, boolean strict) {
            String text = Inputs.readText(context, file);
            try {
                MappingRules rules = JsonFiles.yaml(file) || !text.strip().startsWith("{")
                        ? MappingRules.fromYaml(text) : MappingRules.fromJson(text);
                return MappingEngine.builder(rules).strict(strict).build();
            } catch (ModelValidationException e) {
                throw new CliException(CliException.BAD_INPUT, file + ": invalid mapping rules: " + firstViolation(e), e);
            }
        }
    }
}
