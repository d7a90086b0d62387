package dev.routediff.core.rules;

import java.util.Objects;

/**
 * A rule set whose info is fixed when it is made: it holds the info and returns it, so that an implementation
 * writes its id, description, rules ({@link RuleInfo#all}) and options once, in its constructor, and otherwise only
 * {@link #predict} and {@link #explain}.
 */
public abstract class AbstractRuleSet implements RuleSet {

    private final RuleSetInfo info;

    protected AbstractRuleSet(RuleSetInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public final RuleSetInfo info() {
        return info;
    }
}
