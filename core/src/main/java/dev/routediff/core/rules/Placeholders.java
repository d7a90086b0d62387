package dev.routediff.core.rules;

import java.util.Set;

/**
 * The words a rule set prints in a predicted route for values it does not know, such as "assigned client IP" for a
 * gateway: a route whose gateway (or interface) is one of them cannot be looked for in a table, so it is shown but
 * never reported missing. Each rule set keeps its own words; this is the one test whether a text is one of them.
 */
public final class Placeholders {

    private final Set<String> words;

    private Placeholders(Set<String> words) {
        this.words = words;
    }

    /** These words, none twice. */
    public static Placeholders of(String... words) {
        return new Placeholders(Set.of(words));
    }

    /** True when {@code text} is one of the words rather than an address or a name; false for null. */
    public boolean contains(String text) {
        return text != null && words.contains(text);
    }
}
