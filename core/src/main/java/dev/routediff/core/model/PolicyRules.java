package dev.routediff.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The policy routing rules that came with a route dump ({@code ip rule show}), in the order the kernel tries them:
 * by priority, then as printed. Empty for every dump that has none (all but Linux captures that include them).
 *
 * @param rules the rules, ordered
 */
public record PolicyRules(List<PolicyRule> rules) {

    // A class, not Comparator.comparingLong: every table carries NONE, and that lambda is spun afresh at each start
    // (the class-data archive cannot hold it), about 10 ms of a 20-route parse. Declared first: the constants
    // below are made with it.
    private static final Comparator<PolicyRule> BY_PRIORITY = new Comparator<>() {
        @Override
        public int compare(PolicyRule a, PolicyRule b) {
            return Long.compare(a.priority(), b.priority());
        }
    };

    /** No rules: the dump did not include any. */
    public static final PolicyRules NONE = new PolicyRules(List.of());

    /**
     * The rules the kernel starts with (iproute2's {@code ip rule show} on a fresh system): local, main, default.
     * A lookup in a dump without rules assumes these.
     */
    public static final PolicyRules KERNEL_DEFAULT = new PolicyRules(List.of(
            new PolicyRule(0, false, null, null, null, java.util.Map.of(), new PolicyRule.LookupTable("local"), -1,
                    "from all lookup local", 0),
            new PolicyRule(32766, false, null, null, null, java.util.Map.of(), new PolicyRule.LookupTable("main"),
                    -1, "from all lookup main", 0),
            new PolicyRule(32767, false, null, null, null, java.util.Map.of(),
                    new PolicyRule.LookupTable("default"), -1, "from all lookup default", 0)));

    public PolicyRules {
        List<PolicyRule> sorted = new ArrayList<>(rules);
        sorted.sort(BY_PRIORITY); // stable: equal priorities keep print order
        rules = List.copyOf(sorted);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * These rules and {@code more}, one list: a rule printed by both {@code ip rule} and {@code ip -6 rule} (same
     * priority, same text) is kept once.
     */
    public PolicyRules plus(PolicyRules more) {
        List<PolicyRule> out = new ArrayList<>(rules);
        Set<String> seen = new LinkedHashSet<>();
        for (PolicyRule r : rules) {
            seen.add(r.toString());
        }
        for (PolicyRule r : more.rules) {
            if (seen.add(r.toString())) {
                out.add(r);
            }
        }
        return new PolicyRules(out);
    }

    /** The tables the rules look up, in rule order. */
    public Set<String> tables() {
        Set<String> out = new LinkedHashSet<>();
        for (PolicyRule r : rules) {
            if (r.action() instanceof PolicyRule.LookupTable t) {
                out.add(t.table());
            }
        }
        return out;
    }
}
