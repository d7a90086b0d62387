package dev.routediff.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictedTablesTest {

    /** Whether an added /32 is a host route is the rule set's word (PredictedRoute.hostRoute), not a rule id's. */
    @Test
    void anAddedRouteIsAHostRouteWhenItsRuleSetSaysSo() {
        RouteTable before = new RouteTable("before.txt", "test", List.of());
        Prediction p = new Prediction(List.of(
                new PredictedRoute(ChangeKind.ADDED, "7", "10.243.0.7/32", "10.243.0.7", "utun3", "host", true),
                new PredictedRoute(ChangeKind.ADDED, "1", "10.243.0.8/32", "10.243.0.7", "utun3", "network"),
                new PredictedRoute(ChangeKind.ADDED, "2", "10.243.0.0/27", "10.243.0.7", "utun3", "subnet", true)),
                List.of(), List.of());
        List<Route> after = PredictedTables.apply(before, p).routes();
        assertEquals(List.of("10.243.0.0/27 false", "10.243.0.7/32 true", "10.243.0.8/32 false"),
                after.stream().map(r -> r.destination() + " " + r.host()).toList());
    }
}
