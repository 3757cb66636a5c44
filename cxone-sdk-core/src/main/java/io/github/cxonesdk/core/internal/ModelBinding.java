package io.github.cxonesdk.core.internal;

import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * THE way the SDK reads a model: from a user's JSON or YAML file ({@link #read}, or {@link #parse} then
 * {@link #bind} for documents that wrap several models), and from a service response ({@link #response}).
 * Binding always goes through {@link CxoneJson#mapper()}.
 *
 * <p>User files: text is parsed to a tree under limits ({@value #MAX_DOCUMENT_CHARS} characters, nesting
 * depth {@value #MAX_DEPTH}, names of {@value #MAX_NAME_LENGTH} characters; duplicate keys, trailing
 * content after the document and YAML aliases are errors), the tree's shape is checked against the record
 * types (every problem at once, with its JSON path, and no scalar coercion: {@code 12} is not a string), and
 * only a tree of the right shape is bound. Every problem is a {@link Violation}; at most
 * {@value #MAX_VIOLATIONS} are reported. Responses: the first binding problem is a
 * {@link CxoneClientException} naming its path, the Jackson exception kept as the cause; the service's
 * unknown fields are ignored. No raw Jackson exception and no input text beyond {@link Redaction}'s cap
 * reaches a caller; work is linear in the input.
 *
 * <pre>{@code
 * Dashboard d = ModelBinding.read(text, ModelBinding.Format.YAML, Dashboard.class, ModelBinding.Unknown.IGNORE);
 * StatusBody s = ModelBinding.response(response.body(), StatusBody.class, "GetFilterStatus");
 * }</pre>
 *
 * <p>Not part of the API: exported only to the SDK's own modules. This class is thread-safe (stateless).
 */
public final class ModelBinding {
    /** The longest document read, in characters (bytes for streams). */
    public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_DEPTH = 64;
    /** The longest property name read. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The most violations one read reports; past it the last one says that more were left out. */
    public static final int MAX_VIOLATIONS = 100;
    /** Paths longer than this are cut. */
    static final int MAX_PATH = 300;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS).maxNestingDepth(MAX_DEPTH).maxNameLength(MAX_NAME_LENGTH)
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_DOCUMENT_CHARS).build())
            .build();

    private ModelBinding() {
    }

    /** The text format of a user's file. This enum is immutable and thread-safe. */
    public enum Format {
        /** JSON (RFC 8259). */
        JSON,
        /** YAML 1.2, one document; JSON is YAML too. */
        YAML
    }

    /** What a field that no record component names means in a user's file. This enum is thread-safe. */
    public enum Unknown {
        /** Ignored, as in responses. */
        IGNORE,
        /** A violation naming the field and the known ones: a typo must not silently drop a setting. */
        REJECT
    }

    /**
     * Reads one model from a user's text: the document must be one object.
     *
     * @param <T> the model type
     * @param text the text
     * @param format its format
     * @param type the record type
     * @param unknown what unknown fields mean
     * @return the model, not yet checked against the service's rules
     * @throws ModelValidationException listing every problem with its path
     */
    public static <T> T read(String text, Format format, Class<T> type, Unknown unknown) {
        return readTree(parse(text, format, type.getSimpleName()), format, type, unknown);
    }

    /**
     * Reads one model from a user's stream (JSON in UTF-8, UTF-16 or UTF-32; YAML in UTF-8), which is left
     * open.
     *
     * @param <T> the model type
     * @param in the stream
     * @param format its format
     * @param type the record type
     * @param unknown what unknown fields mean
     * @return the model, not yet checked against the service's rules
     * @throws ModelValidationException listing every problem with its path
     */
    public static <T> T read(InputStream in, Format format, Class<T> type, Unknown unknown) {
        return readTree(parse(in, format, type.getSimpleName()), format, type, unknown);
    }

    private static <T> T readTree(JsonNode tree, Format format, Class<T> type, Unknown unknown) {
        if (!tree.isObject()) {
            throw new ModelValidationException(type.getSimpleName(),
                    List.of(new Violation("", "must be a " + format + " object")));
        }
        List<Violation> found = new ArrayList<>();
        T model = bind(tree, type, "", unknown, found);
        throwIfAny(type.getSimpleName(), found);
        return model;
    }

    /**
     * Parses a user's text to a tree under this class's limits.
     *
     * @param text the text
     * @param format its format
     * @param subject what is read, for the exception, such as {@code "Filter list"}
     * @return the tree; {@link MissingNode} for an empty document
     * @throws ModelValidationException if the text does not parse, naming line and column
     */
    public static JsonNode parse(String text, Format format, String subject) {
        Objects.requireNonNull(text, "text == null");
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw new ModelValidationException(subject, List.of(new Violation("",
                    "is longer than " + MAX_DOCUMENT_CHARS + " characters")));
        }
        return parse(format, subject, f -> f.createParser(ObjectReadContext.empty(), text));
    }

    /**
     * Parses a user's stream to a tree under this class's limits, leaving the stream open.
     *
     * @param in the stream
     * @param format its format
     * @param subject what is read, for the exception
     * @return the tree; {@link MissingNode} for an empty document
     * @throws ModelValidationException if the content does not parse, naming line and column
     */
    public static JsonNode parse(InputStream in, Format format, String subject) {
        Objects.requireNonNull(in, "in == null");
        return parse(format, subject, f -> f.createParser(ObjectReadContext.empty(), in));
    }

    private static JsonNode parse(Format format, String subject, Opener opener) {
        try (JsonParser parser = format == Format.JSON ? opener.open(JSON) : new NoAliases(opener.open(YAML))) {
            JsonNode tree = CxoneJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                // a second value or YAML document: said plainly, without Jackson's feature names
                throw new ModelValidationException(subject, List.of(new Violation("", "is not valid " + format
                        + where(parser.currentTokenLocation()) + ": content follows the end of the document")));
            }
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (JacksonException e) {
            throw new ModelValidationException(subject, List.of(new Violation("", "is not valid " + format
                    + where(e.getLocation()) + ": " + printable(oneLine(e.getOriginalMessage())))), e);
        }
    }

    /**
     * Binds one model of a user's document, adding a {@link Violation} for every problem instead of
     * throwing. The tree's shape is checked first (all problems at once, no scalar coercion); a tree of
     * the right shape is bound with the shared mapper, whose problems (such as a record constructor's
     * check) become a violation too.
     *
     * @param <T> the model type
     * @param tree the model's tree
     * @param type the record type
     * @param path the tree's path in its document, such as {@code filters[2]}; empty for the root
     * @param unknown what unknown fields mean
     * @param found where violations are added; checking stops once it holds more than {@link #MAX_VIOLATIONS}
     * @return the model, or {@code null} when a violation was added
     */
    public static <T> T bind(JsonNode tree, Class<T> type, String path, Unknown unknown, List<Violation> found) {
        Objects.requireNonNull(type, "type == null");
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            found.add(new Violation(printablePath(path), "must not be null"));
            return null;
        }
        int before = found.size();
        TreeShape.check(tree, type, path, unknown == Unknown.REJECT, found, Math.max(before, MAX_VIOLATIONS) + 1);
        if (found.size() > before) {
            return null;
        }
        try {
            ObjectReader reader = CxoneJson.mapper().readerFor(type);
            return (unknown == Unknown.REJECT ? reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    : reader).readValue(tree);
        } catch (JacksonException e) {
            found.add(JacksonProblem.violation(path, e));
            return null;
        }
    }

    /**
     * Throws when {@code violations} is not empty, listing at most {@link #MAX_VIOLATIONS} of them (the last
     * one then says that more were left out). The one way the SDK throws a {@link ModelValidationException}
     * for a list it collected; it starts no validation framework.
     *
     * @param subject what was read or validated, such as {@code "Dashboard"}
     * @param violations the problems found
     * @throws ModelValidationException if there is any
     */
    public static void throwIfAny(String subject, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        List<Violation> shown = violations;
        if (violations.size() > MAX_VIOLATIONS) {
            shown = new ArrayList<>(violations.subList(0, MAX_VIOLATIONS - 1));
            shown.add(new Violation("", "more problems were found; the first " + (MAX_VIOLATIONS - 1)
                    + " are listed"));
        }
        throw new ModelValidationException(subject, shown);
    }

    /**
     * Binds a service response body with the shared mapper (unknown fields ignored).
     *
     * @param <T> the record type
     * @param body the body; {@code null} binds as an empty object
     * @param type the record to bind
     * @param operation what was called, for the message, such as {@code GetFilter}
     * @return the bound record
     * @throws CxoneClientException if the body does not bind; the message names the JSON path and the
     *         Jackson exception is the cause
     */
    public static <T> T response(JsonNode body, Class<T> type, String operation) {
        try {
            T value = CxoneJson.mapper().treeToValue(body == null ? CxoneJson.mapper().createObjectNode() : body, type);
            if (value == null) {
                throw new CxoneClientException(operation + ": the response body is not a JSON object");
            }
            return value;
        } catch (JacksonException e) {
            Violation v = JacksonProblem.violation("", e);
            throw new CxoneClientException(operation + ": the response body cannot be read: "
                    + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message(), e);
        }
    }

    /**
     * Returns an unmodifiable deep copy of a bound JSON value (maps, lists and scalars), so records stay
     * immutable. Depth is bounded by the parser's nesting limit.
     *
     * @param value the value
     * @return the frozen copy
     */
    public static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(freeze(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** Input-controlled text for a message: cut before scanning, then capped and scrubbed. */
    /**
     * SnakeYAML's messages span several lines (context, "in reader, line L, column C", a caret marker,
     * the problem): keeps the context and the problem, joined on one line; the location is given apart.
     */
    static String oneLine(String message) {
        if (message == null || message.indexOf('\n') < 0) {
            return message;
        }
        List<String> kept = new ArrayList<>();
        boolean quote = false;
        for (String line : message.split("\n", 20)) {
            String text = line.strip();
            boolean location = text.startsWith("in reader");
            // after "in reader, line L, column C:" come a quote of the input and a caret marker; the
            // location is reported apart, and the input is not repeated in a message
            if (!location && !quote && !text.isEmpty() && !text.chars().allMatch(c -> c == '^')) {
                kept.add(text);
            }
            quote = location;
        }
        return String.join("; ", kept);
    }

    static String printable(String text) {
        return text == null ? "" : Redaction.text(cut(text));
    }

    static String printablePath(CharSequence path) {
        return Redaction.text(cut(path.toString()));
    }

    static String cut(String text) {
        return text.length() > MAX_PATH ? text.substring(0, MAX_PATH) : text;
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    @FunctionalInterface
    private interface Opener {
        JsonParser open(TokenStreamFactory factory);
    }

    /**
     * Rejects YAML aliases ({@code *name}): Jackson reads one as the anchor's name, so {@code b: *x}
     * would silently become the string {@code "x"}.
     */
    private static final class NoAliases extends JsonParserDelegate {
        NoAliases(JsonParser yaml) {
            super(yaml);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = delegate.nextToken();
            if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new StreamReadException(this, "YAML aliases (*name) are not supported");
            }
            return token;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public boolean nextName(SerializableString name) {
            return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            String name = nextName();
            return name != null ? matcher.matchName(name) : currentToken() == JsonToken.END_OBJECT
                    ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
        }
    }
}
