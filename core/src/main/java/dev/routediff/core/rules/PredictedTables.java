package dev.routediff.core.rules;

import dev.routediff.core.spi.Api;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies a prediction to the table before connecting, giving the table expected after. */
@Api(Api.Status.INTERNAL)
public final class PredictedTables {

    private PredictedTables() {
    }

    /**
     * Removes the routes predicted to go and appends those predicted to come. Predicted routes carry no flags
     * (the rules do not decide them) and line 0; symbolic entries (no concrete destination) are left out.
     */
    public static RouteTable apply(RouteTable before, Prediction prediction) {
        List<Route> routes = new ArrayList<>(before.routes());
        List<Route> added = new ArrayList<>();
        for (PredictedRoute p : prediction.routes()) {
            Prefix dest;
            try {
                dest = Prefix.parse(p.destination());
            } catch (IllegalArgumentException symbolic) {
                continue;
            }
            if (p.change() == ChangeKind.REMOVED) {
                routes.removeIf(r -> r.destination().equals(dest)
                        && (IpAddress.tryParse(p.gateway()) == null || r.gateway().text().equals(p.gateway())));
            } else {
                boolean host = dest.isHostLength() && p.hostRoute();
                added.add(new Route(dest.family(), dest, dest.toString(), host, Gateway.classify(p.gateway()),
                        RouteFlags.NONE, p.iface(), Expire.NONE, 0, Map.of()));
            }
        }
        routes.addAll(added);
        routes.sort((a, b) -> {
            int c = a.family().compareTo(b.family());
            return c != 0 ? c : a.destination().compareTo(b.destination());
        });
        return new RouteTable(before.source() + " (predicted)", before.parserId(), routes);
    }
}
