package dev.routediff.core.rules;

import dev.routediff.core.model.Route;
import java.util.Objects;

/**
 * One observed change and the rule that explains it.
 *
 * @param change  added, removed or changed
 * @param route   the route (for a changed one, its state after)
 * @param rule    the rule id, or null when no rule explains it
 * @param ruleSet the rule set whose rule it is when that is not the one selected (see {@link RuleSets}), else null
 * @param pattern true when a pattern explains it (a likely reading of the rows, not a rule of a known client)
 */
public record AttributedChange(ChangeKind change, Route route, String rule, String ruleSet, boolean pattern) {

    public AttributedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(route, "route");
    }

    public AttributedChange(ChangeKind change, Route route, String rule) {
        this(change, route, rule, null, false);
    }

    /** The same change attributed by another rule set. */
    public AttributedChange from(String otherRuleSet, boolean byPattern) {
        return new AttributedChange(change, route, rule, otherRuleSet, byPattern);
    }
}
