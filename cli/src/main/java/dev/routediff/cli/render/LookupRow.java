package dev.routediff.cli.render;

import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Move;
import java.util.Objects;
import java.util.Optional;

/**
 * One address of {@code routediff lookup}: its lookup in the table and, with {@code --before}, in the earlier one.
 */
public record LookupRow(Lookup after, Optional<Lookup> before) {

    public LookupRow {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
    }

    /** How the path moved; empty without a table before, or when the interface stayed. */
    public Optional<Move> move() {
        return before.flatMap(b -> Move.between(b.route(), after.route()));
    }
}
