package dev.routediff.core.rules;

/**
 * One rule of a rule set, usually a constant of the rule set's own enum, that describes itself; a rule set lists
 * them in its {@link RuleSetInfo} with {@link RuleInfo#all}.
 */
public interface Rule {

    /** Its id, name, summary and source, as {@code routediff explain --rules} and the docs show them. */
    RuleInfo info();
}
