package dev.routediff.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RouteDifferTest {

    private static int line;

    private static Route r(String dest, String gw, String flags, String iface, Expire expire) {
        RouteFlags f = RouteFlags.parse(flags);
        return new Route(AddressFamily.INET, Prefix.parse(dest), dest, f.has(dev.routediff.core.model.RouteFlag.HOST),
                Gateway.classify(gw), f, iface, expire, ++line, Map.of());
    }

    private static Route r(String dest, String gw, String flags, String iface) {
        return r(dest, gw, flags, iface, Expire.NONE);
    }

    private static RouteTable t(Route... routes) {
        return new RouteTable("t", "test", List.of(routes));
    }

    private static List<String> dests(List<Route> routes) {
        return routes.stream().map(x -> x.destination() + " " + x.gateway().text() + " " + x.iface())
                .collect(Collectors.toList());
    }

    @Test
    void identicalTablesHaveNoDifference() {
        RouteTable a = t(r("0.0.0.0/0", "192.168.0.1", "UGScg", "en0"), r("127.0.0.0/8", "127.0.0.1", "UCS", "lo0"));
        RouteDiff d = RouteDiffer.diff(a, a, false);
        assertTrue(d.isEmpty());
        assertEquals(0, d.ignored());
    }

    @Test
    void repeatedDestinationsOnDifferentInterfacesAreNotConfused() {
        RouteTable before = t(
                r("0.0.0.0/0", "10.120.10.1", "UGScg", "en8"),
                r("0.0.0.0/0", "10.181.10.1", "UGScIg", "en0"),
                r("169.254.0.0/16", "link#23", "UCS", "en8", Expire.EXPIRED),
                r("169.254.0.0/16", "link#15", "UCSI", "en0", Expire.EXPIRED));
        RouteTable after = t(
                r("0.0.0.0/0", "10.181.10.1", "UGScIg", "en0"),
                r("169.254.0.0/16", "link#15", "UCSI", "en0", Expire.EXPIRED),
                r("0.0.0.0/0", "link#17", "UCSg", "utun3"));
        RouteDiff d = RouteDiffer.diff(before, after, false);
        assertEquals(List.of("0.0.0.0/0 link#17 utun3"), dests(d.added()));
        assertEquals(List.of("0.0.0.0/0 10.120.10.1 en8", "169.254.0.0/16 link#23 en8"), dests(d.removed()));
        assertTrue(d.changed().isEmpty());
    }

    @Test
    void flagOrInterfaceChangesAreChangesAndGatewayChangesAreReplacements() {
        RouteTable before = t(r("10.0.0.0/8", "10.1.1.1", "UGSc", "en0"), r("0.0.0.0/0", "192.168.0.1", "UGScg", "en0"),
                r("172.16.0.0/12", "10.1.1.1", "UGSc", "en0"));
        RouteTable after = t(r("10.0.0.0/8", "10.1.1.1", "UGScI", "en0"), r("0.0.0.0/0", "10.8.0.1", "UGScg", "utun3"),
                r("172.16.0.0/12", "10.1.1.1", "UGSc", "en1"));
        RouteDiff d = RouteDiffer.diff(before, after, false);
        assertEquals(2, d.changed().size());
        assertEquals("UGSc", d.changed().get(0).before().flags().text());
        assertEquals("UGScI", d.changed().get(0).after().flags().text());
        assertEquals("en1", d.changed().get(1).after().iface());
        assertEquals(List.of("0.0.0.0/0 10.8.0.1 utun3"), dests(d.added()));
        assertEquals(List.of("0.0.0.0/0 192.168.0.1 en0"), dests(d.removed()));
    }

    @Test
    void neighbourEntriesAndCountdownsAreNoiseUnlessAskedFor() {
        RouteTable before = t(
                r("192.168.0.1", "90:f3:5:ee:a2:bb", "UHLWIir", "en0", Expire.seconds(1174)),
                r("192.168.0.10", "0:fc:8b:6b:f4:9e", "UHLWI", "en0", Expire.seconds(981)),
                r("10.9.0.0/16", "192.168.0.1", "UGSc", "en0", Expire.seconds(30)));
        RouteTable after = t(
                r("192.168.0.1", "90:f3:5:ee:a2:bb", "UHLWIir", "en0", Expire.seconds(1145)),
                r("192.168.0.23", "link#6", "UHLWI", "en0", Expire.EXPIRED),
                r("10.9.0.0/16", "192.168.0.1", "UGSc", "en0", Expire.seconds(20)));
        RouteDiff quiet = RouteDiffer.diff(before, after, false);
        assertTrue(quiet.isEmpty());
        assertEquals(4, quiet.ignored()); // two countdowns, one new and one gone neighbour entry

        RouteDiff all = RouteDiffer.diff(before, after, true);
        assertEquals(List.of("192.168.0.23/32 link#6 en0"), dests(all.added()));
        assertEquals(List.of("192.168.0.10/32 0:fc:8b:6b:f4:9e en0"), dests(all.removed()));
        assertEquals(2, all.changed().size());
        assertEquals(0, all.ignored());
    }

    @Test
    void hostRouteAndSlash32NetworkRouteAreDifferentRoutes() {
        RouteTable before = t(r("192.168.0.1/32", "link#6", "UCS", "en0"));
        RouteTable after = t(r("192.168.0.1/32", "link#6", "UCS", "en0"), r("192.168.0.1", "link#6", "UHS", "en0"));
        RouteDiff d = RouteDiffer.diff(before, after, false);
        assertEquals(1, d.added().size());
        assertTrue(d.added().get(0).host());
    }

    @Test
    void duplicateRowsAreMatchedOneToOne() {
        Route x = r("224.0.0.0/4", "link#6", "UmCS", "en0");
        RouteTable before = t(x, x);
        RouteTable after = t(x, x, x);
        RouteDiff d = RouteDiffer.diff(before, after, false);
        assertEquals(1, d.added().size());
        assertTrue(d.removed().isEmpty());
        List<Route> reverse = new ArrayList<>(RouteDiffer.diff(after, before, false).removed());
        assertEquals(1, reverse.size());
    }
}
