package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.eventbridge.FilterDefinition;
import io.github.cxonesdk.eventbridge.FilterYaml;
import java.util.List;

/**
 * Reads a filter file through the SDK's one reader ({@link FilterYaml}): a list ({@code filters:} in YAML,
 * {@code {"filters": [...]}} or a bare array in JSON) or one filter (API.md shape). Text that does not
 * parse is unreadable input (exit 2); a file that parses but breaks rules is returned as violations.
 */
final class FilterFiles {
    private FilterFiles() {
    }

    /** The outcome of reading one file: the definitions, or every violation. */
    record Result(String file, List<FilterDefinition> filters, List<Violation> violations) {
        boolean valid() {
            return violations.isEmpty();
        }
    }

    static Result read(CliContext context, String file) {
        String text = Inputs.readText(context, file);
        try {
            return new Result(file, parse(text), List.of());
        } catch (ModelValidationException e) {
            if (unreadable(e)) {
                throw new CliException(CliException.BAD_INPUT, file + ": " + Cli.capped(e.violations().get(0).message()), e);
            }
            return new Result(file, List.of(), e.violations());
        }
    }

    private static List<FilterDefinition> parse(String text) {
        if (text.strip().startsWith("[")) {
            return FilterYaml.read("{\"filters\": " + text + "}");
        }
        try {
            return FilterYaml.read(text);
        } catch (ModelValidationException e) {
            if (e.violations().size() == 1 && e.violations().get(0).path().equals("filters")) {
                return List.of(FilterYaml.readDefinition(text)); // no list: one filter
            }
            throw e;
        }
    }

    /** Text that does not parse, or is not an object: one violation at the root. */
    static boolean unreadable(ModelValidationException e) {
        return e.violations().size() == 1 && e.violations().get(0).path().isEmpty();
    }
}
