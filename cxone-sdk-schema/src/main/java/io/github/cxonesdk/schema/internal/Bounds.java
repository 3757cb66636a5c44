package io.github.cxonesdk.schema.internal;

import static io.github.cxonesdk.schema.ChangeKind.KEYWORD_CHANGED;
import static io.github.cxonesdk.schema.ChangeKind.MULTIPLE_OF_ADDED;
import static io.github.cxonesdk.schema.ChangeKind.MULTIPLE_OF_CHANGED;
import static io.github.cxonesdk.schema.ChangeKind.MULTIPLE_OF_EXPANDED;
import static io.github.cxonesdk.schema.ChangeKind.MULTIPLE_OF_REDUCED;
import static io.github.cxonesdk.schema.ChangeKind.MULTIPLE_OF_REMOVED;

import io.github.cxonesdk.schema.ChangeKind;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** Numeric keyword comparisons: upper and lower bounds and {@code multipleOf}, in exact decimals. */
final class Bounds {
    private Bounds() {
    }

    static void upper(DiffEngine e, Walk w, Loc o, Loc n, Trail t, String keyword, ChangeKind added,
            ChangeKind removed, ChangeKind increased, ChangeKind decreased) {
        bound(e, w, o, n, t, keyword, true, added, removed, increased, decreased);
    }

    static void lower(DiffEngine e, Walk w, Loc o, Loc n, Trail t, String keyword, ChangeKind added,
            ChangeKind removed, ChangeKind increased, ChangeKind decreased) {
        bound(e, w, o, n, t, keyword, false, added, removed, increased, decreased);
    }

    private static void bound(DiffEngine e, Walk w, Loc o, Loc n, Trail t, String keyword, boolean upper,
            ChangeKind added, ChangeKind removed, ChangeKind increased, ChangeKind decreased) {
        JsonNode a = o.get(keyword);
        JsonNode b = n.get(keyword);
        if (a == null && b == null) {
            return;
        }
        String detail = keyword + " " + DiffEngine.text(a) + " -> " + DiffEngine.text(b);
        if (a != null && !a.isNumber() || b != null && !b.isNumber()) {
            // draft 4's boolean exclusiveMaximum/exclusiveMinimum: a modifier, compared as a whole
            if (a == null || !a.equals(b)) {
                e.report(w, o, n, "/" + keyword, KEYWORD_CHANGED, detail, true, true, t, null);
            }
            return;
        }
        if (a == null) {
            e.report(w, o, n, "/" + keyword, added, detail, true, false, t, null);
        } else if (b == null) {
            e.report(w, o, n, "/" + keyword, removed, detail, false, true, t, null);
        } else {
            int cmp = b.decimalValue().compareTo(a.decimalValue());
            if (cmp != 0) {
                boolean tighter = upper ? cmp < 0 : cmp > 0;
                e.report(w, o, n, "/" + keyword, cmp > 0 ? increased : decreased, detail, tighter, !tighter, t, null);
            }
        }
    }

    static void multipleOf(DiffEngine e, Walk w, Loc o, Loc n, Trail t) {
        JsonNode a = o.get("multipleOf");
        JsonNode b = n.get("multipleOf");
        if (a == null && b == null || a != null && b != null && !a.isNumber() && a.equals(b)) {
            return;
        }
        String detail = "multipleOf " + DiffEngine.text(a) + " -> " + DiffEngine.text(b);
        if (a == null || !a.isNumber()) {
            e.report(w, o, n, "/multipleOf", MULTIPLE_OF_ADDED, detail, true, false, t, null);
        } else if (b == null || !b.isNumber()) {
            e.report(w, o, n, "/multipleOf", MULTIPLE_OF_REMOVED, detail, false, true, t, null);
        } else {
            BigDecimal x = a.decimalValue();
            BigDecimal y = b.decimalValue();
            if (x.compareTo(y) == 0 || x.signum() <= 0 || y.signum() <= 0) {
                return;
            }
            boolean newDividesOld = x.remainder(y).signum() == 0;
            boolean oldDividesNew = y.remainder(x).signum() == 0;
            if (newDividesOld) {
                e.report(w, o, n, "/multipleOf", MULTIPLE_OF_REDUCED, detail, false, true, t, null);
            } else if (oldDividesNew) {
                e.report(w, o, n, "/multipleOf", MULTIPLE_OF_EXPANDED, detail, true, false, t, null);
            } else {
                e.report(w, o, n, "/multipleOf", MULTIPLE_OF_CHANGED, detail, true, true, t, null);
            }
        }
    }
}
