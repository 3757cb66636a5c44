package io.github.cxonesdk.dashboards.internal;

import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.dashboards.Dashboard;
import io.github.cxonesdk.dashboards.DashboardMergeConflictException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Three-way merge of dashboards: {@code base} (the version a writer started from), {@code ours} (what
 * the writer wants) and {@code theirs} (the current version, possibly changed by someone else). Works
 * on the JSON trees, field by field: a field only one side changed takes that side's value, a field
 * both changed to the same value takes it, and a field both changed differently is a conflict.
 * Objects are merged recursively; {@code widgets} are matched by title, so adding, removing and
 * editing different widgets on the two sides all survive. Other arrays ({@code groupBy},
 * {@code metrics}, {@code filters}) are values: changed as a whole.
 *
 * <p>Stateless and thread-safe; linear in the size of the three trees.
 */
public final class DashboardMerge {
    private static final String WIDGETS = "widgets";
    private static final String TITLE = "title";

    private final List<String> conflicts = new ArrayList<>();

    private DashboardMerge() {
    }

    /**
     * Merges the three versions.
     *
     * @param base the version {@code ours} was derived from
     * @param ours the desired version
     * @param theirs the current version
     * @return {@code theirs} with the changes from {@code base} to {@code ours} re-applied
     * @throws DashboardMergeConflictException if both sides changed a field to different values
     */
    public static Dashboard merge(Dashboard base, Dashboard ours, Dashboard theirs) {
        Objects.requireNonNull(base, "base == null");
        Objects.requireNonNull(ours, "ours == null");
        Objects.requireNonNull(theirs, "theirs == null");
        DashboardMerge merge = new DashboardMerge();
        JsonNode merged = merge.value(tree(base), tree(ours), tree(theirs), "");
        if (!merge.conflicts.isEmpty()) {
            throw new DashboardMergeConflictException(theirs.id(), merge.conflicts);
        }
        return CxoneJson.mapper().treeToValue(merged, Dashboard.class);
    }

    private static JsonNode tree(Dashboard dashboard) {
        return CxoneJson.mapper().valueToTree(dashboard);
    }

    /** Merges one value; {@code null} means absent, and a {@code null} result leaves the field out. */
    private JsonNode value(JsonNode base, JsonNode ours, JsonNode theirs, String path) {
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        if (Objects.equals(theirs, base) || Objects.equals(ours, theirs)) {
            return ours;
        }
        if (ours != null && theirs != null && ours.isObject() && theirs.isObject() && (base == null || base.isObject())) {
            return object(base, ours, theirs, path);
        }
        if (WIDGETS.equals(path) && isArray(ours) && isArray(theirs) && (base == null || base.isArray())) {
            JsonNode byTitle = widgets(base, ours, theirs);
            if (byTitle != null) {
                return byTitle;
            }
        }
        conflicts.add(path.isEmpty() ? "<root>" : path);
        return ours;
    }

    private JsonNode object(JsonNode base, JsonNode ours, JsonNode theirs, String path) {
        Set<String> names = new LinkedHashSet<>(ours.propertyNames());
        names.addAll(theirs.propertyNames());
        if (base != null) {
            names.addAll(base.propertyNames());
        }
        ObjectNode out = CxoneJson.mapper().createObjectNode();
        for (String name : names) {
            JsonNode merged = value(base == null ? null : base.get(name), ours.get(name), theirs.get(name),
                    path.isEmpty() ? name : path + "." + name);
            if (merged != null) {
                out.set(name, merged);
            }
        }
        return out;
    }

    /** Merges widget lists by title; {@code null} when titles are missing or repeated (no key to match by). */
    private JsonNode widgets(JsonNode base, JsonNode ours, JsonNode theirs) {
        Map<String, JsonNode> b = base == null ? Map.of() : byTitle(base);
        Map<String, JsonNode> o = byTitle(ours);
        Map<String, JsonNode> t = byTitle(theirs);
        if (b == null || o == null || t == null) {
            return null;
        }
        ArrayNode out = CxoneJson.mapper().createArrayNode();
        int index = 0;
        for (Map.Entry<String, JsonNode> entry : o.entrySet()) {
            String path = WIDGETS + "[" + index++ + "]";
            JsonNode before = b.get(entry.getKey());
            JsonNode current = t.get(entry.getKey());
            if (before != null && current == null) { // they removed it
                if (!entry.getValue().equals(before)) {
                    conflicts.add(path); // removed by them, changed by us
                }
                continue;
            }
            out.add(value(before, entry.getValue(), current, path));
        }
        int theirIndex = -1;
        for (Map.Entry<String, JsonNode> entry : t.entrySet()) {
            theirIndex++;
            if (o.containsKey(entry.getKey())) {
                continue;
            }
            JsonNode before = b.get(entry.getKey());
            if (before == null) {
                out.add(entry.getValue()); // they added it
            } else if (!entry.getValue().equals(before)) {
                conflicts.add(WIDGETS + "[" + theirIndex + "]"); // changed by them (their index), removed by us
            }
        }
        return out;
    }

    private static boolean isArray(JsonNode node) {
        return node != null && node.isArray();
    }

    private static Map<String, JsonNode> byTitle(JsonNode widgets) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode widget : widgets) {
            JsonNode title = widget.get(TITLE);
            if (title == null || !title.isString() || out.put(title.stringValue(), widget) != null) {
                return null;
            }
        }
        return out;
    }
}
