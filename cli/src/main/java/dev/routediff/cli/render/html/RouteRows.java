package dev.routediff.cli.render.html;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The before and after tables lined up row by row, as a side-by-side diff shows them: a route present in both on one
 * row, an added route with an empty before side, a removed one with an empty after side. What counts as added,
 * removed or changed is the diff's decision; this only pairs the rest.
 */
final class RouteRows {

    enum Kind {
        SAME("", "unchanged"),
        ADDED("added", "added"),
        REMOVED("removed", "removed"),
        CHANGED("changed", "changed"),
        IGNORED("ignored", "ignored");

        final String css;
        final String label;

        Kind(String css, String label) {
            this.css = css;
            this.label = label;
        }

        boolean isChange() {
            return this == ADDED || this == REMOVED || this == CHANGED;
        }
    }

    /**
     * @param rule the id of the rule that explains the change, or null
     */
    record Row(Kind kind, Route before, Route after, String rule) {

        Route any() {
            return after != null ? after : before;
        }
    }

    private RouteRows() {
    }

    /** Both tables' rows in destination order, each change with its rule from {@code rules} (by the route shown). */
    static List<Row> merge(RouteTable before, RouteTable after, RouteDiff diff, Map<Route, String> rules) {
        Set<Route> removed = new HashSet<>(diff.removed());
        Set<Route> added = new HashSet<>(diff.added());
        Map<Route, Route> changedBefore = new HashMap<>();
        Set<Route> changedAfter = new HashSet<>();
        for (RouteDiff.Change c : diff.changed()) {
            changedBefore.put(c.before(), c.after());
            changedAfter.add(c.after());
        }
        List<Row> rows = new ArrayList<>();
        Map<String, ArrayDeque<Route>> unpaired = new HashMap<>();
        for (Route r : after.routes()) {
            if (added.contains(r)) {
                rows.add(new Row(Kind.ADDED, null, r, rules.get(r)));
            } else if (!changedAfter.contains(r)) {
                unpaired.computeIfAbsent(key(r), k -> new ArrayDeque<>()).add(r);
            }
        }
        for (Route r : before.routes()) {
            if (removed.contains(r)) {
                rows.add(new Row(Kind.REMOVED, r, null, rules.get(r)));
            } else if (changedBefore.containsKey(r)) {
                Route a = changedBefore.get(r);
                rows.add(new Row(Kind.CHANGED, r, a, rules.containsKey(a) ? rules.get(a) : rules.get(r)));
            } else {
                ArrayDeque<Route> same = unpaired.get(key(r));
                Route a = same == null ? null : same.poll();
                rows.add(new Row(a == null ? Kind.IGNORED : Kind.SAME, r, a, null));
            }
        }
        for (ArrayDeque<Route> left : unpaired.values()) {
            for (Route r : left) {
                rows.add(new Row(Kind.IGNORED, null, r, null));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.any().family())
                .thenComparing(r -> r.any().destination())
                .thenComparingInt(r -> r.before() == null ? Integer.MAX_VALUE : r.before().line())
                .thenComparingInt(r -> r.after() == null ? Integer.MAX_VALUE : r.after().line()));
        return rows;
    }

    /** A route's identity and state, without its line and countdown: rows equal by this are the same route. */
    private static String key(Route r) {
        return r.family() + " " + r.destination() + " " + r.host() + " " + r.gateway().text() + " " + r.iface() + " "
                + r.flags().text();
    }
}
