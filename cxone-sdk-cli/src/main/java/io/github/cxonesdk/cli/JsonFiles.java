package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.internal.ModelBinding;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads one JSON document (a schema, a payload) from a file named on the command line through
 * {@link Inputs}, parsed by the SDK's bounded reader ({@link ModelBinding#parse}: depth, size, name length
 * and duplicate keys checked). Text that does not parse, a second document or an empty file is
 * unreadable input (exit 2, one line naming the file, line and column).
 */
final class JsonFiles {
    private JsonFiles() {
    }

    static JsonNode read(CliContext context, String file) {
        return parse(file, Inputs.readText(context, file));
    }

    static JsonNode parse(String file, String text) {
        JsonNode node;
        try {
            node = ModelBinding.parse(text, ModelBinding.Format.JSON, file);
        } catch (ModelValidationException e) {
            throw new CliException(CliException.BAD_INPUT, file + ": " + Cli.capped(e.violations().get(0).message()), e);
        }
        if (node.isMissingNode()) {
            throw CliException.badInput(file + ": is empty");
        }
        return node;
    }

    /** Whether a file name says YAML ({@code .yaml}, {@code .yml}). */
    static boolean yaml(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
