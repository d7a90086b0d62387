package dev.routediff.core.rules;

import dev.routediff.core.model.Route;
import java.util.Objects;

/**
 * One observed change and the rule that explains it.
 *
 * @param change "added", "removed" or "changed"
 * @param route  the route (for "changed", its state after)
 * @param rule   the rule id, or null when no rule explains it
 */
public record AttributedChange(String change, Route route, String rule) {

    public AttributedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(route, "route");
    }
}
