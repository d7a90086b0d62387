package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.internal.RouteStore.GatewayForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table's store gives back every route it was given, equal in every component, whatever its form. */
class RouteTableTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyRouteComesBackEqual(long seed) {
        List<Route> routes = new RandomRoutes(seed).table(2_000);
        RouteTable t = new RouteTable("s", "p", routes);
        RouteStore rows = RouteStore.of(t);
        assertEquals(routes.size(), t.size());
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            assertEquals(r, t.route(i), "row " + i);
            assertEquals(r.family(), rows.family(i));
            assertEquals(r.line(), rows.line(i));
            assertEquals(r.isNeighborEntry(), rows.isNeighborEntry(i));
        }
        assertEquals(routes, t.routes());
        assertEquals(routes.stream().filter(r -> r.family() == AddressFamily.INET6).toList(),
                t.section(AddressFamily.INET6));
        assertEquals(new RouteTable("s", "p", routes), t);
    }

    @Test
    void builderRefusesARowThatIsNotCanonical() {
        RouteTable.Builder table = RouteTable.builder("s", "p", 4);
        RouteStore.Builder b = RouteStore.Builder.of(table);
        char[] raw = "10/8".toCharArray();
        RouteFlags f = RouteFlags.parse("UGSc");
        assertThrows(IllegalArgumentException.class,
                () -> b.addIpv4(0x0A000001, 8, false, raw, 0, 4, GatewayForm.ADDRESS, 1, f, "en0", -1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> b.addIpv4(0x0A000000, 33, false, raw, 0, 4, GatewayForm.ADDRESS, 1, f, "en0", -1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> b.addIpv4(0x0A000000, 8, false, raw, 0, 4, GatewayForm.INTERFACE, 1, f, "en0", -1, 1));
        b.addIpv4(0x0A000000, 8, false, raw, 0, 4, GatewayForm.ADDRESS, 0xC0A80001L, f, "en0", 30, 7);
        Route r = table.build().route(0);
        assertEquals("10.0.0.0/8", r.destination().toString());
        assertEquals("10/8", r.destinationRaw());
        assertEquals("192.168.0.1", r.gateway().text());
        assertEquals(Expire.seconds(30), r.expire());
        assertEquals(7, r.line());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void partsAddedInOrderMakeTheSameTable(long seed) {
        RandomRoutes gen = new RandomRoutes(seed);
        List<Route> routes = gen.table(3_000);
        RouteTable.Builder whole = RouteTable.builder("s", "p", 1);
        int at = 0;
        while (at < routes.size()) {
            int n = Math.min(routes.size() - at, gen.random().nextInt(5) == 0 ? 0 : 1 + gen.random().nextInt(400));
            RouteTable.Builder part = RouteTable.builder("s", "p", 1);
            if (gen.random().nextInt(6) == 0) {
                // a part of objects only: no flags or interfaces of its own to map
                for (int k = 0; k < 3; k++) {
                    part.add(new Route(AddressFamily.INET6, Prefix.parse("fe80::/64"), "fe80::/64", false,
                            new Gateway.Link(k), RouteFlags.parse("UCS"), "en0", Expire.NONE, 0, java.util.Map.of()));
                }
                RouteStore.Builder.of(whole).addAll(RouteStore.Builder.of(part));
                routes = new java.util.ArrayList<>(routes);
                for (int k = 0; k < 3; k++) {
                    routes.add(at++, new Route(AddressFamily.INET6, Prefix.parse("fe80::/64"), "fe80::/64", false,
                            new Gateway.Link(k), RouteFlags.parse("UCS"), "en0", Expire.NONE, 0, java.util.Map.of()));
                }
                continue;
            }
            for (Route r : routes.subList(at, at + n)) {
                part.add(r);
            }
            RouteStore.Builder.of(whole).addAll(RouteStore.Builder.of(part));
            assertEquals(0, part.size());
            at += n;
        }
        assertEquals(new RouteTable("s", "p", routes), whole.build());
    }
}
