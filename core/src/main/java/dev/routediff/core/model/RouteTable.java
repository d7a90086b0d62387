package dev.routediff.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A parsed route dump: its routes in source order (destinations may repeat: several {@code default} rows are
 * normal), viewable per address family.
 *
 * @param source   the name the user gave (a path, or {@code -} for standard input)
 * @param parserId the id of the parser that read it
 * @param routes   every route, in the order printed
 */
public record RouteTable(String source, String parserId, List<Route> routes) {

    public RouteTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(parserId, "parserId");
        routes = List.copyOf(routes);
    }

    /** The section of one family, in source order. */
    public List<Route> section(AddressFamily family) {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            if (r.family() == family) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public int size() {
        return routes.size();
    }
}
