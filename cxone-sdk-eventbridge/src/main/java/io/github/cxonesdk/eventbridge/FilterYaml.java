package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.exception.ModelValidationException;
import io.github.cxonesdk.core.exception.Violation;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.eventbridge.internal.YamlCodec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deterministic YAML for filters kept as infrastructure as code.
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
     * Reads and validates a YAML document written by {@link #export(Collection)} or by hand.
     *
     * @param yaml the YAML text with a top-level {@code filters} list
     * @return the definitions in document order
     * @throws ModelValidationException listing every problem with its path, such as
     *         {@code filters[2].matchers[0].value}, including unreadable entries and duplicate names
     */
    public static List<FilterDefinition> parse(String yaml) {
        Objects.requireNonNull(yaml, "yaml == null");
        JsonNode root;
        try {
            root = YamlCodec.read(yaml);
        } catch (JacksonException e) {
            throw new ModelValidationException("Filter YAML",
                    List.of(new Violation("", "not valid YAML: " + e.getOriginalMessage())));
        }
        JsonNode filters = root == null ? null : root.get("filters");
        if (filters == null || !filters.isArray()) {
            throw new ModelValidationException("Filter YAML",
                    List.of(new Violation("filters", "must be a list of filter definitions")));
        }
        List<FilterDefinition> definitions = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstIndexByName = new HashMap<>();
        for (int i = 0; i < filters.size(); i++) {
            FilterDefinition definition = readOne(filters.get(i), "filters[" + i + "]", violations);
            if (definition != null) {
                check(definition, "filters", i, firstIndexByName, violations);
                definitions.add(definition);
            }
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException("Filter YAML", violations);
        }
        return List.copyOf(definitions);
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
        try {
            FilterValidator.validate(definition);
        } catch (ModelValidationException e) {
            for (Violation v : e.violations()) {
                violations.add(new Violation(v.path().isEmpty() ? path : path + "." + v.path(), v.message()));
            }
        }
        if (definition.name() != null) {
            Integer earlier = firstIndexByName.putIfAbsent(definition.name(), index);
            if (earlier != null) {
                violations.add(new Violation(path + ".name",
                        "duplicate name '" + definition.name() + "' (also " + prefix + "[" + earlier + "])"));
            }
        }
    }

    private static FilterDefinition readOne(JsonNode node, String path, List<Violation> violations) {
        FilterDefinition definition;
        try {
            definition = CxoneJson.mapper().treeToValue(node, FilterDefinition.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            String message = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
            violations.add(new Violation(path, "cannot read filter definition: " + message));
            return null;
        }
        return definition;
    }
}
