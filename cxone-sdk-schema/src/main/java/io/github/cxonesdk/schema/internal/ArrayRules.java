package io.github.cxonesdk.schema.internal;

import static io.github.cxonesdk.schema.ChangeKind.*;

import tools.jackson.databind.JsonNode;

/** Array keywords: {@code items} (one schema or a tuple), {@code additionalItems}, item counts, {@code uniqueItems}. */
final class ArrayRules {
    private ArrayRules() {
    }

    static void compare(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        items(e, o, n, t, depth, w);
        Bounds.upper(e, w, o, n, t, "maxItems", MAX_ITEMS_ADDED, MAX_ITEMS_REMOVED, MAX_ITEMS_INCREASED, MAX_ITEMS_DECREASED);
        Bounds.lower(e, w, o, n, t, "minItems", MIN_ITEMS_ADDED, MIN_ITEMS_REMOVED, MIN_ITEMS_INCREASED, MIN_ITEMS_DECREASED);
        boolean a = o.has("uniqueItems") && o.get("uniqueItems").asBoolean(false);
        boolean b = n.has("uniqueItems") && n.get("uniqueItems").asBoolean(false);
        if (a != b) {
            e.report(w, o, n, "/uniqueItems", b ? UNIQUE_ITEMS_ADDED : UNIQUE_ITEMS_REMOVED, "uniqueItems " + a + " -> " + b, b, a, t, null);
        }
    }

    private static void items(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        JsonNode a = o.get("items");
        JsonNode b = n.get("items");
        if (a == null && b == null) {
            return;
        }
        boolean tupleA = a != null && a.isArray();
        boolean tupleB = b != null && b.isArray();
        if (tupleA != tupleB && a != null && b != null) {
            e.report(w, o, n, "/items", ITEMS_FORM_CHANGED, "items changed between a schema and a tuple", true, true, t, null);
            return;
        }
        if (!tupleA && !tupleB) {
            Loc x = e.resolveOld(a, o.pointer() + "/items");
            Loc y = e.resolveNew(b, n.pointer() + "/items");
            e.compare(x, y, t.child(0, x.node(), y.node()), depth + 1, w);
            return;
        }
        int size = Math.max(tupleA ? a.size() : 0, tupleB ? b.size() : 0);
        for (int i = 0; i < size; i++) {
            e.tick(n.pointer());
            Loc x = position(e, o, a, i, true);
            Loc y = position(e, n, b, i, false);
            e.compare(x, y, t.child(i, x.node(), y.node()), depth + 1, w);
        }
        Loc x = e.resolveOld(o.get("additionalItems"), o.pointer() + "/additionalItems");
        Loc y = e.resolveNew(n.get("additionalItems"), n.pointer() + "/additionalItems");
        e.compare(x, y, t.child(size, x.node(), y.node()), depth + 1, w);
    }

    private static Loc position(DiffEngine e, Loc owner, JsonNode items, int i, boolean old) {
        boolean inTuple = items != null && items.isArray() && i < items.size();
        JsonNode node = inTuple ? items.get(i) : owner.get("additionalItems");
        String where = owner.pointer() + (inTuple ? "/items/" + i : "/additionalItems");
        return old ? e.resolveOld(node, where) : e.resolveNew(node, where);
    }
}
