package dev.routediff.core.diff;

import dev.routediff.core.model.Route;
import java.util.List;

/**
 * What differs between two tables.
 *
 * @param added   routes only in the second table, in its order
 * @param removed routes only in the first table, in its order
 * @param changed the same route in both with other flags, interface or (with noise shown) expiry
 * @param ignored how many differences were left out as noise (neighbour-cache entries, Expire countdowns)
 */
public record RouteDiff(List<Route> added, List<Route> removed, List<Change> changed, int ignored) {

    public RouteDiff {
        // The differ's own lists are read-only views that make each route when asked (TableRows): copying them
        // would make every route of two unrelated tables at once.
        added = added instanceof TableRows ? added : List.copyOf(added);
        removed = removed instanceof TableRows ? removed : List.copyOf(removed);
        changed = changed instanceof ChangedRows ? changed : List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** One route present in both tables in a different state. */
    public record Change(Route before, Route after) {
    }
}
