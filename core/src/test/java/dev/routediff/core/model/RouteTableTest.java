package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact store gives back every route it was given, equal in every component, whatever its form. */
class RouteTableTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyRouteComesBackEqual(long seed) {
        List<Route> routes = new RandomRoutes(seed).table(2_000);
        RouteTable t = new RouteTable("s", "p", routes);
        assertEquals(routes.size(), t.size());
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            assertEquals(r, t.route(i), "row " + i);
            assertEquals(r.family(), t.family(i));
            assertEquals(r.line(), t.line(i));
            assertEquals(r.isNeighborEntry(), t.isNeighborEntry(i));
        }
        assertEquals(routes, t.routes());
        assertEquals(routes.stream().filter(r -> r.family() == AddressFamily.INET6).toList(),
                t.section(AddressFamily.INET6));
        assertEquals(new RouteTable("s", "p", routes), t);
    }

    @Test
    void sameIdentityAndHashAgreeAcrossTablesAndForms() {
        RandomRoutes gen = new RandomRoutes(42);
        List<Route> a = gen.table(600);
        List<Route> b = gen.table(600);
        RouteTable ta = new RouteTable("a", "p", a);
        RouteTable tb = new RouteTable("b", "p", b);
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                for (boolean withIface : new boolean[] {true, false}) {
                    Route l = a.get(i);
                    Route r = b.get(j);
                    boolean expected = l.family() == r.family() && l.destination().equals(r.destination())
                            && l.host() == r.host() && l.gateway().equals(r.gateway())
                            && (!withIface || l.iface().equals(r.iface()));
                    assertEquals(expected, ta.sameIdentity(i, tb, j, withIface), l + " / " + r);
                    if (expected) {
                        same++;
                        assertEquals(ta.identityHash(i, withIface), tb.identityHash(j, withIface));
                        assertEquals(l.flags().text().equals(r.flags().text()) && l.iface().equals(r.iface())
                                && l.expire().equals(r.expire()), ta.sameState(i, tb, j, true));
                        assertEquals(l.flags().text().equals(r.flags().text()) && l.iface().equals(r.iface()),
                                ta.sameState(i, tb, j, false));
                    }
                }
            }
        }
        assertTrue(same > 100, "the generator must draw shared routes, or this test checks little: " + same);
    }

    @Test
    void builderRefusesARowThatIsNotCanonical() {
        RouteTable.Builder b = RouteTable.builder("s", "p", 4);
        char[] raw = "10/8".toCharArray();
        RouteFlags f = RouteFlags.parse("UGSc");
        assertThrows(IllegalArgumentException.class,
                () -> b.addIpv4(0x0A000001, 8, false, raw, 0, 4, 0, 1, f, "en0", -1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> b.addIpv4(0x0A000000, 33, false, raw, 0, 4, 0, 1, f, "en0", -1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> b.addIpv4(0x0A000000, 8, false, raw, 0, 4, 3, 1, f, "en0", -1, 1));
        b.addIpv4(0x0A000000, 8, false, raw, 0, 4, 0, 0xC0A80001L, f, "en0", 30, 7);
        Route r = b.build().route(0);
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
                whole.addAll(part);
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
            whole.addAll(part);
            assertEquals(0, part.size());
            at += n;
        }
        assertEquals(new RouteTable("s", "p", routes), whole.build());
    }
}
