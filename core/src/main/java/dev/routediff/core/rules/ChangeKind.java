package dev.routediff.core.rules;

import java.util.Locale;

/**
 * What happened to a route between two tables, or what a rule says connecting does to it. Its {@link #word()} (and
 * {@link #toString()}) is the lower-case word every output prints: "added", "removed", "changed".
 */
public enum ChangeKind {
    ADDED,
    REMOVED,
    /** Same destination, another state (gateway, interface, flags); only observed, never predicted. */
    CHANGED;

    private final String word = name().toLowerCase(Locale.ROOT);

    /** The word outputs print: "added", "removed" or "changed". */
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }
}
