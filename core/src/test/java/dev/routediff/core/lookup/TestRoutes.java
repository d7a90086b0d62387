package dev.routediff.core.lookup;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a table row by row, numbering lines as a dump would. */
final class TestRoutes {

    private final List<Route> routes = new ArrayList<>();

    TestRoutes add(String dest, String gateway, String flags, String iface) {
        return add(Prefix.parse(dest), gateway, flags, iface);
    }

    TestRoutes add(Prefix dest, String gateway, String flags, String iface) {
        RouteFlags f = RouteFlags.parse(flags);
        routes.add(new Route(dest.family(), dest, dest.toString(), f.has(RouteFlag.HOST), Gateway.classify(gateway), f,
                iface, Expire.NONE, routes.size() + 1, Map.of()));
        return this;
    }

    int size() {
        return routes.size();
    }

    Prefix destination(int i) {
        return routes.get(i).destination();
    }

    List<Route> list() {
        return List.copyOf(routes);
    }

    RouteIndex index() {
        return RouteIndex.build(routes);
    }
}
