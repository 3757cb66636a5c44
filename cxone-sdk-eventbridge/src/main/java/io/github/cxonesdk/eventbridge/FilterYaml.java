package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.core.internal.ModelBinding.Format;
import io.github.cxonesdk.core.internal.ModelBinding.Unknown;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.internal.YamlCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filters in files: the one way to read filter definitions from YAML or JSON ({@link #read(String)} for a
 * list, {@link #readDefinition(String)} for one filter), and deterministic YAML for filters kept as
 * infrastructure as code. Reading binds with the SDK's JSON mapper and validates with
 * {@link FilterValidator}; every problem, whether the text does not parse, a field is unknown (a typo such
 * as {@code patern_rules}; the service's own fields such as {@code id} or {@code status} are allowed and
 * ignored), a value has the wrong type, a list holds {@code null}, or a rule is broken, is reported at once
 * as a {@link ModelValidationException} listing each violation's path (such as
 * {@code filters[2].matchers[0].value}). Scalars are never coerced: {@code pattern: 12} or
 * {@code attribute: 12} is a violation (write {@code "12"}). Duplicate keys, YAML aliases and content after
 * the document are errors; documents are limited in size (16 MiB) and nesting (64 levels), and at most 100
 * problems are listed. This is the SDK's one reader of user files (core's {@code ModelBinding}), shared with
 * {@code Dashboards}.
 *
 * <pre>{@code
 * List<FilterDefinition> filters = FilterYaml.read(Files.readString(Path.of("filters.yaml")));
 * FilterDefinition one = FilterYaml.readDefinition("{\"name\": \"vip\", \"channel\": \"voice\"}");
 * }</pre>
 *
 * <p>An export holds only what you define: the server's volatile fields (id, ETag, status,
 * timestamps) are dropped, keys are sorted at every level and filters are sorted by name, so the
 * same state always gives the same bytes and a diff in version control shows real changes only:
 *
 * <pre>{@code
 * filters:
 * - channel: voice
 *   description: Platinum callers to the premium desk
 *   matchers:
 *   - attribute: payload.customer.tier
 *     operator: equals
 *     value: platinum
 *   name: platinum_voice_routing
 *   pattern_rules: []
 *   target_group_id: grp_downstream_processor_01
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class FilterYaml {
    private static final FilterValidator VALIDATOR = FilterValidator.create();
    /** The service's own fields of a filter body: allowed in a definition read from a file, and ignored. */
    private static final List<String> SERVER_FIELDS = List.of("id", "etag", "status", "reason", "created_at",
            "updated_at", "created_by", "updated_by", "version");

    private FilterYaml() {
    }

    /**
     * Exports definitions as one YAML document, sorted by name (then by content, for equal names).
     *
     * @param definitions the definitions
     * @return the YAML text, ending in a newline
     */
    public static String export(Collection<FilterDefinition> definitions) {
        List<FilterDefinition> sorted = new ArrayList<>(definitions);
        sorted.forEach(definition -> Objects.requireNonNull(definition, "definition == null"));
        // by name, then by content: live filters may share a name, and the bytes must not depend on input order
        sorted.sort(Comparator.comparing(FilterDefinition::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FilterYaml::render));
        ObjectNode root = CxoneJson.mapper().createObjectNode();
        ArrayNode filters = root.putArray("filters");
        for (FilterDefinition definition : sorted) {
            filters.add(YamlCodec.sortedTree(definition));
        }
        return YamlCodec.write(root);
    }

    /**
     * Exports the definitions of live filters, dropping every server-owned field.
     *
     * @param filters the filters as read from the service
     * @return the YAML text, ending in a newline
     */
    public static String exportFilters(Collection<Filter> filters) {
        return export(filters.stream().map(Filter::definition).toList());
    }

    /**
     * Renders one definition as YAML with sorted keys; the form {@link FilterPlan} diffs.
     *
     * @param definition the definition
     * @return the YAML text, ending in a newline
     */
    public static String render(FilterDefinition definition) {
        return YamlCodec.write(YamlCodec.sortedTree(Objects.requireNonNull(definition, "definition == null")));
    }

    /**
     * Reads and validates a filter list: the one way to load filters from a file. The text is a YAML
     * document written by {@link #export(Collection)} or by hand, or the same structure as JSON
     * ({@code {"filters": [...]}}; text starting with <code>{</code> is read as JSON).
     *
     * @param text the YAML or JSON text with a top-level {@code filters} list
     * @return the definitions in document order
     * @throws ModelValidationException listing every problem with its path, such as
     *         {@code filters[2].matchers[0].value}: text that does not parse, entries that do not bind
     *         (wrong type, {@code null} element, missing object), invalid definitions and duplicate names;
     *         never a raw Jackson exception
     */
    public static List<FilterDefinition> read(String text) {
        JsonNode root = tree(text, "Filter list");
        JsonNode filters = root == null ? null : root.get("filters");
        if (filters == null || !filters.isArray()) {
            throw new ModelValidationException("Filter list",
                    List.of(new Violation("filters", "must be a list of filter definitions")));
        }
        List<FilterDefinition> definitions = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < filters.size(); i++) {
            FilterDefinition definition = ModelBinding.bind(withoutServerFields(filters.get(i)),
                    FilterDefinition.class, "filters[" + i + "]", Unknown.REJECT, violations);
            if (definition != null) {
                check(definition, "filters", i, firstIndexByName, violations);
                definitions.add(definition);
            }
        }
        ModelBinding.throwIfAny("Filter list", violations);
        return List.copyOf(definitions);
    }

    /**
     * Reads and validates one filter definition: the one way to load a single filter, such as the
     * body of {@code POST /api/v2/event-processing/filters}, from YAML or JSON.
     *
     * @param text the YAML or JSON text of one definition (snake_case keys as on the wire)
     * @return the definition
     * @throws ModelValidationException listing every problem with its path, such as
     *         {@code matchers[0].value}; never a raw Jackson exception
     */
    public static FilterDefinition readDefinition(String text) {
        JsonNode root = tree(text, "FilterDefinition");
        List<Violation> violations = new ArrayList<>();
        FilterDefinition definition = root != null && root.isObject()
                ? ModelBinding.bind(withoutServerFields(root), FilterDefinition.class, "", Unknown.REJECT, violations)
                : null;
        if (definition == null && violations.isEmpty()) {
            violations.add(new Violation("", "must be an object holding one filter definition"));
        }
        if (definition != null) {
            violations.addAll(VALIDATOR.violations(definition));
        }
        ModelBinding.throwIfAny("FilterDefinition", violations);
        return definition;
    }

    private static JsonNode withoutServerFields(JsonNode node) {
        if (node == null || !node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        copy.remove(SERVER_FIELDS);
        return copy;
    }

    /** Parses JSON (text starting with a brace or bracket) or YAML into a tree, or fails with a violation. */
    private static JsonNode tree(String text, String subject) {
        Objects.requireNonNull(text, "text == null");
        String trimmed = text.strip();
        boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
        return ModelBinding.parse(text, json ? Format.JSON : Format.YAML, subject);
    }

    /**
     * Validates a list of definitions as one set: each must be valid and names must be unique.
     *
     * @param subject what is validated, for the message
     * @param prefix the path prefix of the list, such as {@code desired}
     * @param definitions the definitions
     * @throws ModelValidationException listing every problem, paths such as {@code desired[1].name}
     */
    static void validateAll(String subject, String prefix, List<FilterDefinition> definitions) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            check(Objects.requireNonNull(definitions.get(i), "definition == null"), prefix, i, firstIndexByName,
                    violations);
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(subject, violations);
        }
    }

    private static void check(FilterDefinition definition, String prefix, int index,
                              Map<String, Integer> firstIndexByName, List<Violation> violations) {
        String path = prefix + "[" + index + "]";
        for (Violation v : VALIDATOR.violations(definition)) {
            violations.add(new Violation(v.path().isEmpty() ? path : path + "." + v.path(), v.message()));
        }
        if (definition.name() != null) {
            Integer earlier = firstIndexByName.putIfAbsent(definition.name(), index);
            if (earlier != null) {
                violations.add(new Violation(path + ".name",
                        "duplicate name '" + definition.name() + "' (also " + prefix + "[" + earlier + "])"));
            }
        }
    }
}
