package dev.routediff.core.rules;

import dev.routediff.core.spi.PluginIds;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * @param id          stable id ({@code aws-client-vpn})
 * @param description one line
 * @param rules       the rules it applies, in their documented order
 * @param options     the settings it reads, which the command line offers as options; names unique
 * @param priority    which rule set a command uses when none is named: the installed one with the highest
 *                    priority (a general-purpose fallback declares a low one)
 */
public record RuleSetInfo(String id, String description, List<RuleInfo> rules, List<RuleOption> options,
                          int priority) {

    public RuleSetInfo {
        PluginIds.requireValid(id);
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
        options = List.copyOf(options);
        Set<String> names = new HashSet<>();
        for (RuleOption o : options) {
            if (!names.add(o.name())) {
                throw new IllegalArgumentException("rule set " + id + " declares option '" + o.name() + "' twice");
            }
        }
    }

    /** A rule set that declares no options, of priority 0. */
    public RuleSetInfo(String id, String description, List<RuleInfo> rules) {
        this(id, description, rules, List.of(), 0);
    }

    /** The declared option with this name, or null. */
    public RuleOption option(String name) {
        for (RuleOption o : options) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }
}
