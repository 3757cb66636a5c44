package io.github.cxonesdk.cli;

import io.github.cxonesdk.core.json.CxoneJson;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one JSON (or, for {@code .yaml}/{@code .yml}, YAML) document from a file named on the command
 * line through {@link Inputs}: text that does not parse is unreadable input (exit 2, one line naming
 * the file and the parser's position).
 */
final class JsonFiles {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonFiles() {
    }

    /** Reads and parses the file: YAML when its name ends in .yaml or .yml, JSON otherwise. */
    static JsonNode read(CliContext context, String file) {
        return parse(file, Inputs.readText(context, file));
    }

    static JsonNode parse(String file, String text) {
        boolean yaml = yaml(file);
        try {
            JsonNode node = (yaml ? YAML : CxoneJson.mapper()).readTree(text);
            if (node == null || node.isMissingNode()) {
                throw CliException.badInput(file + ": is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw new CliException(CliException.BAD_INPUT, file + ": is not valid " + (yaml ? "YAML" : "JSON") + ": "
                    + Cli.capped(String.valueOf(e.getOriginalMessage())) + location(e), e);
        }
    }

    static boolean yaml(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }
}
