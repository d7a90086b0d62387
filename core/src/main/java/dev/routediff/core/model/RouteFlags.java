package dev.routediff.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The flags of a route as printed ({@link #text()}), the typed flags found in it, and the letters that are not
 * known flags. Unknown letters are kept, never an error: new OS versions add letters.
 */
public record RouteFlags(String text, Set<RouteFlag> known, String unknown) {

    public static final RouteFlags NONE = new RouteFlags("", EnumSet.noneOf(RouteFlag.class), "");

    public RouteFlags {
        Objects.requireNonNull(text, "text");
        known = known.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(RouteFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(known));
        Objects.requireNonNull(unknown, "unknown");
    }

    /** Reads BSD/macOS flag letters. */
    public static RouteFlags parse(String text) {
        EnumSet<RouteFlag> set = EnumSet.noneOf(RouteFlag.class);
        StringBuilder unknown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            RouteFlag f = RouteFlag.forLetter(c);
            if (f != null) {
                set.add(f);
            } else {
                if (unknown == null) {
                    unknown = new StringBuilder();
                }
                unknown.append(c);
            }
        }
        return new RouteFlags(text, set, unknown == null ? "" : unknown.toString());
    }

    public boolean has(RouteFlag flag) {
        return known.contains(flag);
    }

    // Written out: the generated ones bootstrap java.lang.invoke on first use, tens of milliseconds of a short run.
    @Override
    public boolean equals(Object o) {
        return o instanceof RouteFlags f && text.equals(f.text) && known.equals(f.known) && unknown.equals(f.unknown);
    }

    @Override
    public int hashCode() {
        return (text.hashCode() * 31 + known.hashCode()) * 31 + unknown.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
