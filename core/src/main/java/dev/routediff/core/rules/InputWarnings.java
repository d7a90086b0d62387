package dev.routediff.core.rules;

import dev.routediff.core.spi.Api;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The usual mistakes with two tables, caught before anyone reads a wrong answer: the tables given the other way round,
 * the same table twice, tables of two different systems. Each is a {@link Warning} with a stable code; none of them
 * changes an exit status.
 */
@Api(Api.Status.INTERNAL)
public final class InputWarnings {

    /** The code of {@link #inputsSwapped}. */
    public static final String INPUTS_SWAPPED = "inputs-swapped";
    /** The code of {@link #nothingChanged}. */
    public static final String NOTHING_CHANGED = "nothing-changed";
    /** The code of {@link #platformsDiffer}. */
    public static final String PLATFORMS_DIFFER = "platforms-differ";

    private InputWarnings() {
    }

    /** The warnings for connecting: {@code before} and {@code after} should show a tunnel appear. */
    public static List<Warning> connecting(RouteTable before, RouteTable after, RouteDiff diff) {
        List<Warning> w = new ArrayList<>(2);
        platformsDiffer(before, after).ifPresent(w::add);
        nothingChanged(diff).ifPresent(w::add);
        inputsSwapped(before, after, diff).ifPresent(w::add);
        return w;
    }

    /** The two tables were read by different parsers: a comparison lists nearly every route as added or removed. */
    public static Optional<Warning> platformsDiffer(RouteTable before, RouteTable after) {
        if (before.parserId().equals(after.parserId())) {
            return Optional.empty();
        }
        return Optional.of(new Warning(PLATFORMS_DIFFER, before.source() + " was read as "
                + before.parserId() + " and " + after.source() + " as " + after.parserId()
                + ": tables of two different systems differ in nearly every route", null));
    }

    /** Nothing but neighbour-cache noise differs: both tables were probably taken before connecting. */
    public static Optional<Warning> nothingChanged(RouteDiff diff) {
        if (!diff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(NOTHING_CHANGED,
                "the two tables have the same routes: were both taken before connecting?", null));
    }

    /**
     * Routes were only removed, and some of them went through an interface that the table after has no route on at
     * all: a tunnel that exists only before, which is what connecting looks like read backwards.
     */
    public static Optional<Warning> inputsSwapped(RouteTable before, RouteTable after, RouteDiff diff) {
        if (diff.removed().isEmpty() || diff.added().stream().anyMatch(r -> !r.isNeighborEntry())) {
            return Optional.empty();
        }
        Set<String> gone = new TreeSet<>();
        for (Route r : diff.removed()) {
            if (!r.isNeighborEntry() && !r.iface().isEmpty()) {
                gone.add(r.iface());
            }
        }
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        Set<String> present = new HashSet<>();
        for (Route r : after.routes()) {
            present.add(r.iface());
        }
        gone.removeAll(present);
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(INPUTS_SWAPPED, "the routes through " + String.join(", ", gone)
                + " are only in " + before.source() + ", the table given as before: were the two tables given"
                + " the other way round? (BEFORE comes first)", null));
    }
}
