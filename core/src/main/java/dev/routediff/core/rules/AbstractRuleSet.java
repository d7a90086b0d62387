package dev.routediff.core.rules;

import dev.routediff.core.spi.FixedInfoPlugin;

/**
 * A rule set whose info is fixed when it is made: it holds the info and returns it, so that an implementation
 * writes its id, description, rules ({@link RuleInfo#all}) and options once, in its constructor, and otherwise only
 * {@link #predict} and {@link #explain}.
 */
public abstract class AbstractRuleSet extends FixedInfoPlugin<RuleSetInfo> implements RuleSet {

    protected AbstractRuleSet(RuleSetInfo info) {
        super(info);
    }
}
