package io.github.cxonesdk.schema.internal;

import static io.github.cxonesdk.schema.ChangeKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * {@code allOf}, {@code anyOf} and {@code oneOf}: branches are paired (equal first, then same
 * {@code type}, then by position when the counts match) and paired branches are compared
 * recursively; the rest are added or removed branches. A schema that becomes (or stops being) one
 * branch of a union is recognised as such instead of as a type change.
 */
final class CombinatorRules {
    private static final List<String> KEYWORDS = List.of("allOf", "anyOf", "oneOf");

    private CombinatorRules() {
    }

    /** Handles "old schema is now a branch of a union" and its reverse; true when it applied. */
    static boolean unionWrapping(DiffEngine e, Loc o, Loc n, Trail t, Walk w) {
        String wrapped = union(n);
        if (wrapped != null && !hasCombinator(o)) {
            List<Loc> branches = branches(e, n, wrapped, false);
            for (Loc b : branches) {
                boolean[] fx = e.effect(o, b, 1);
                if (!fx[0]) {
                    boolean forward = branches.size() > 1 || fx[1];
                    e.report(w, o, n, "/" + wrapped, SCHEMA_WRAPPED_IN_UNION, "schema became a branch of " + wrapped, false, forward, t, null);
                    return true;
                }
            }
        }
        String unwrapped = union(o);
        if (unwrapped != null && !hasCombinator(n)) {
            List<Loc> branches = branches(e, o, unwrapped, true);
            for (Loc b : branches) {
                boolean[] fx = e.effect(b, n, 1);
                if (!fx[1]) {
                    boolean backward = branches.size() > 1 || fx[0];
                    e.report(w, o, n, "", SCHEMA_UNWRAPPED_FROM_UNION, "a branch of " + unwrapped + " became the schema", backward, false, t, null);
                    return true;
                }
            }
        }
        return false;
    }

    private static String union(Loc l) {
        if (l.has("type")) {
            return null;
        }
        boolean any = l.has("anyOf");
        boolean one = l.has("oneOf");
        return any == one || l.has("allOf") ? null : any ? "anyOf" : "oneOf";
    }

    private static boolean hasCombinator(Loc l) {
        return KEYWORDS.stream().anyMatch(l::has);
    }

    static void compare(DiffEngine e, Loc o, Loc n, Trail t, int depth, Walk w) {
        for (String keyword : KEYWORDS) {
            boolean a = o.has(keyword);
            boolean b = n.has(keyword);
            boolean narrowsWhenAdded = true;
            if (a && !b) {
                e.report(w, o, n, "/" + keyword, COMBINATOR_REMOVED, keyword + " removed", false, narrowsWhenAdded, t, null);
            } else if (!a && b) {
                e.report(w, o, n, "/" + keyword, COMBINATOR_ADDED, keyword + " added", narrowsWhenAdded, false, t, null);
            } else if (a) {
                branches(e, o, n, keyword, t, depth, w);
            }
        }
    }

    private static void branches(DiffEngine e, Loc o, Loc n, String keyword, Trail t, int depth, Walk w) {
        List<Loc> olds = branches(e, o, keyword, true);
        List<Loc> news = branches(e, n, keyword, false);
        List<Loc[]> pairs = new ArrayList<>();
        pair(olds, news, pairs, (x, y) -> x.node().equals(y.node()));
        pair(olds, news, pairs, (x, y) -> x.has("type") && Objects.equals(x.get("type"), y.get("type")));
        if (olds.size() == news.size()) {
            pair(olds, news, pairs, (x, y) -> true);
        }
        for (Loc[] p : pairs) {
            if (!p[0].node().equals(p[1].node())) {
                e.compare(p[0], p[1], t, depth + 1, w);
            }
        }
        boolean all = keyword.equals("allOf");
        for (Loc x : olds) {
            e.reportAt(w, x.pointer(), x, n, BRANCH_REMOVED, keyword + " branch " + x.pointer() + " removed", !all, all, t, null);
        }
        for (Loc y : news) {
            e.reportAt(w, y.pointer(), o, y, BRANCH_ADDED, keyword + " branch " + y.pointer() + " added", all, !all, t, null);
        }
    }

    private interface Match {
        boolean test(Loc a, Loc b);
    }

    private static void pair(List<Loc> olds, List<Loc> news, List<Loc[]> pairs, Match match) {
        for (var it = olds.iterator(); it.hasNext();) {
            Loc x = it.next();
            for (var jt = news.iterator(); jt.hasNext();) {
                Loc y = jt.next();
                if (match.test(x, y)) {
                    pairs.add(new Loc[] {x, y});
                    it.remove();
                    jt.remove();
                    break;
                }
            }
        }
    }

    private static List<Loc> branches(DiffEngine e, Loc owner, String keyword, boolean old) {
        JsonNode array = owner.get(keyword);
        List<Loc> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                e.tick(owner.pointer());
                String where = owner.pointer() + "/" + keyword + "/" + i;
                out.add(old ? e.resolveOld(array.get(i), where) : e.resolveNew(array.get(i), where));
            }
        }
        return out;
    }
}
