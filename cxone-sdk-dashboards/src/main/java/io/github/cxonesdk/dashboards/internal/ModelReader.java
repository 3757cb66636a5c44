package io.github.cxonesdk.dashboards.internal;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a model from JSON or YAML text in three steps (parse to a tree, check the tree's shape against
 * the record types, bind with the shared mapper) and turns every problem into a
 * {@link ModelValidationException} with paths. Thread-safe.
 */
public final class ModelReader {
    private static final ObjectReader JSON = CxoneJson.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .without(StreamReadFeature.AUTO_CLOSE_SOURCE);
    /** YAML is only parsed to a tree here; binding always goes through the shared JSON mapper. */
    private static final ObjectReader YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build().reader()
            .without(StreamReadFeature.AUTO_CLOSE_SOURCE);

    private ModelReader() {
    }

    /**
     * Reads JSON text.
     *
     * @param <T> the model type
     * @param text the JSON
     * @param type the record type
     * @return the model
     * @throws ModelValidationException if the text is not JSON or does not fit {@code type}
     */
    public static <T> T json(String text, Class<T> type) {
        Objects.requireNonNull(text, "json == null");
        return bind(parse(() -> JSON.readTree(text), "JSON", type), type);
    }

    /**
     * Reads a JSON stream, leaving it open.
     *
     * @param <T> the model type
     * @param in the stream
     * @param type the record type
     * @return the model
     * @throws ModelValidationException if the content is not JSON or does not fit {@code type}
     */
    public static <T> T json(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in == null");
        return bind(parse(() -> JSON.readTree(in), "JSON", type), type);
    }

    /**
     * Reads YAML text.
     *
     * @param <T> the model type
     * @param text the YAML
     * @param type the record type
     * @return the model
     * @throws ModelValidationException if the text is not YAML or does not fit {@code type}
     */
    public static <T> T yaml(String text, Class<T> type) {
        Objects.requireNonNull(text, "yaml == null");
        return bind(parse(() -> YAML.readTree(text), "YAML", type), type);
    }

    /**
     * Reads a YAML stream, leaving it open.
     *
     * @param <T> the model type
     * @param in the stream
     * @param type the record type
     * @return the model
     * @throws ModelValidationException if the content is not YAML or does not fit {@code type}
     */
    public static <T> T yaml(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in == null");
        return bind(parse(() -> YAML.readTree(in), "YAML", type), type);
    }

    private static JsonNode parse(Parser parser, String format, Class<?> type) {
        JsonNode tree;
        try {
            tree = parser.parse();
        } catch (JacksonException e) {
            throw invalid(type, new Violation("", "is not valid " + format + where(e.getLocation())));
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw invalid(type, new Violation("", "must be a " + format + " object"));
        }
        return tree;
    }

    private static <T> T bind(JsonNode tree, Class<T> type) {
        List<Violation> problems = new ArrayList<>();
        ShapeCheck.check(tree, type, problems);
        if (!problems.isEmpty()) {
            throw new ModelValidationException(type.getSimpleName(), problems);
        }
        try {
            return CxoneJson.mapper().treeToValue(tree, type);
        } catch (JacksonException e) {
            // The shape check covers what the records accept; this is the net for what it cannot see.
            String path = e instanceof MismatchedInputException m ? pathOf(m) : "";
            throw invalid(type, new Violation(path, "cannot be read as " + type.getSimpleName()), e);
        }
    }

    private static String pathOf(MismatchedInputException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ModelValidationException invalid(Class<?> type, Violation violation) {
        return new ModelValidationException(type.getSimpleName(), List.of(violation));
    }

    private static ModelValidationException invalid(Class<?> type, Violation violation, Throwable cause) {
        ModelValidationException e = invalid(type, violation);
        e.initCause(cause);
        return e;
    }

    @FunctionalInterface
    private interface Parser {
        JsonNode parse();
    }
}
