package dev.routediff.cli.render;

import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Move;
import java.util.Objects;
import java.util.Optional;

/**
 * One address of {@code routediff lookup}: its lookup in the table and, with {@code --before}, in the earlier one.
 *
 * @param host the host name the user typed, which the system resolver turned into the address looked up; null when
 *             an address was typed
 */
public record LookupRow(Lookup after, Optional<Lookup> before, String host) {

    public LookupRow {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
    }

    public LookupRow(Lookup after, Optional<Lookup> before) {
        this(after, before, null);
    }

    /** The address as the Address column shows it: {@code example.com (93.184.216.34)} for a resolved name. */
    public String addressText() {
        return host == null ? after.address().toString() : host + " (" + after.address() + ")";
    }

    /** How the path moved; empty without a table before, or when the interface stayed. */
    public Optional<Move> move() {
        return before.flatMap(b -> Move.between(b.route(), after.route()));
    }
}
