package dev.routediff.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteIndexTest {

    private static String chosen(RouteIndex index, String address) {
        return index.lookup(IpAddress.parse(address)).route()
                .map(r -> r.destination() + " " + r.gateway().text() + " " + r.iface() + " line " + r.line())
                .orElse("no route");
    }

    private static String why(RouteIndex index, String address) {
        return index.lookup(IpAddress.parse(address)).why();
    }

    @Test
    void longestPrefixWins() {
        RouteIndex index = new TestRoutes()
                .add("0.0.0.0/0", "192.168.0.1", "UGScg", "en0")
                .add("10.0.0.0/8", "10.243.0.1", "UGSc", "utun3")
                .add("10.63.0.0/16", "10.243.0.1", "UGSc", "utun3")
                .add("10.63.1.7/32", "10.243.0.1", "UGHS", "utun4")
                .index();
        assertEquals("10.63.0.0/16 10.243.0.1 utun3 line 3", chosen(index, "10.63.200.1"));
        assertEquals("longest prefix /16 of 3 candidates", why(index, "10.63.200.1"));
        assertEquals("10.63.1.7/32 10.243.0.1 utun4 line 4", chosen(index, "10.63.1.7"));
        assertEquals("10.0.0.0/8 10.243.0.1 utun3 line 2", chosen(index, "10.64.0.0"));
        assertEquals("0.0.0.0/0 192.168.0.1 en0 line 1", chosen(index, "11.0.0.0"));
        assertEquals("longest prefix /0 of 1 candidate", why(index, "11.0.0.0"));
    }

    @Test
    void noRouteIsAnAnswerNotAnError() {
        RouteIndex index = new TestRoutes().add("10.0.0.0/8", "10.243.0.1", "UGSc", "utun3").index();
        Lookup l = index.lookup(IpAddress.parse("192.0.2.1"));
        assertTrue(l.route().isEmpty());
        assertEquals(0, l.candidates());
        assertEquals("no route matches", l.why());
        assertEquals(-1, index.find(IpAddress.parse("::1")));
        assertEquals(-1, RouteIndex.build(List.of()).find(IpAddress.parse("10.0.0.1")));
    }

    @Test
    void unscopedBeatsScopedWhateverTheOrder() {
        RouteIndex index = new TestRoutes()
                .add("0.0.0.0/0", "10.181.10.1", "UGScIg", "en0")
                .add("0.0.0.0/0", "10.120.10.1", "UGScg", "en8")
                .index();
        assertEquals("0.0.0.0/0 10.120.10.1 en8 line 2", chosen(index, "8.8.8.8"));
        assertEquals("longest prefix /0 of 2 candidates; unscoped preferred over 1 scoped (en0)",
                why(index, "8.8.8.8"));
    }

    @Test
    void equalRoutesKeepSourceOrder() {
        RouteIndex index = new TestRoutes()
                .add("169.254.0.0/16", "link#23", "UCS", "en8")
                .add("169.254.0.0/16", "link#15", "UCS", "en0")
                .add("169.254.0.0/16", "link#16", "UCSI", "en1")
                .add("169.254.0.0/16", "link#17", "UCS", "en2")
                .index();
        assertEquals("169.254.0.0/16 link#23 en8 line 1", chosen(index, "169.254.1.1"));
        assertEquals("longest prefix /16 of 4 candidates; unscoped preferred over 1 scoped (en1); "
                + "first in source order, ahead of lines 2, 4", why(index, "169.254.1.1"));
        Lookup l = index.lookup(IpAddress.parse("169.254.1.1"));
        assertEquals(List.of(Lookup.Reason.SOURCE_ORDER, Lookup.Reason.SOURCE_ORDER, Lookup.Reason.UNSCOPED),
                l.passedOver().stream().map(Lookup.PassedOver::reason).toList());
    }

    @Test
    void aLongTieListIsCut() {
        TestRoutes t = new TestRoutes();
        for (int i = 0; i < 9; i++) {
            t.add("ff00::/8", "link#" + (i + 1), "UmCI", "en" + i);
        }
        assertEquals("longest prefix /8 of 9 candidates; first in source order, ahead of lines 2, 3, 4, 5, 6 and 3 more",
                why(t.index(), "ff02::fb"));
    }

    @Test
    void hostRowAndNetworkRowOfOneAddress() {
        // macOS prints both for its router: a UCS network /32 and the ARP entry, which carries I.
        RouteIndex index = new TestRoutes()
                .add("192.168.0.0/24", "link#6", "UCS", "en0")
                .add("192.168.0.1/32", "link#6", "UCS", "en0")
                .add("192.168.0.1", "90:f3:5:ee:a2:bb", "UHLWIir", "en0")
                .index();
        assertEquals("192.168.0.1/32 link#6 en0 line 2", chosen(index, "192.168.0.1"));
        assertEquals("192.168.0.0/24 link#6 en0 line 1", chosen(index, "192.168.0.2"));
    }

    @Test
    void routesNotUpAndIrregularMasksAreSkipped() {
        TestRoutes t = new TestRoutes()
                .add("0.0.0.0/0", "192.168.0.1", "UGScg", "en0")
                .add("10.0.0.0/8", "10.243.0.1", "GSc", "utun3")
                .add(new Prefix(IpAddress.parse("10.1.0.0"), -1, "&0xffff0"), "10.243.0.1", "UGSc", "utun3");
        RouteIndex index = t.index();
        assertEquals("0.0.0.0/0 192.168.0.1 en0 line 1", chosen(index, "10.1.2.3"));
        assertEquals(List.of(t.list().get(1), t.list().get(2)), index.skipped());
        // a dump without flags says nothing about U: keep its routes
        RouteIndex noFlags = new TestRoutes().add("10.0.0.0/8", "10.243.0.1", "", "utun3").index();
        assertEquals("10.0.0.0/8 10.243.0.1 utun3 line 1", chosen(noFlags, "10.1.2.3"));
    }

    @Test
    void rejectRoutesAreChosenLikeAnyOther() {
        RouteIndex index = new TestRoutes()
                .add("0.0.0.0/0", "192.168.0.1", "UGScg", "en0")
                .add("203.0.113.0/24", "127.0.0.1", "UGSR", "lo0")
                .index();
        assertEquals("203.0.113.0/24 127.0.0.1 lo0 line 2", chosen(index, "203.0.113.9"));
    }

    @Test
    void familiesAreSeparate() {
        RouteIndex index = new TestRoutes()
                .add("0.0.0.0/0", "192.168.0.1", "UGScg", "en0")
                .add("::/0", "fe80::1%en0", "UGcg", "en0")
                .add("::ffff:0:0/96", "::1", "UGRS", "lo0")
                .index();
        assertEquals("0.0.0.0/0 192.168.0.1 en0 line 1", chosen(index, "10.0.0.1"));
        assertEquals("::ffff:0:0/96 ::1 lo0 line 3", chosen(index, "::ffff:10.0.0.1"));
        assertEquals("::/0 fe80::1%en0 en0 line 2", chosen(index, "2001:db8::1"));
    }

    @Test
    void prefixesAcrossTheMiddleOfAnIpv6Address() {
        RouteIndex index = new TestRoutes()
                .add("2001:db8::/32", "fe80::1%en0", "UGSc", "en0")
                .add("2001:db8:0:1::/64", "fe80::2%en0", "UGSc", "en1")
                .add("2001:db8:0:1:8000::/65", "fe80::3%en0", "UGSc", "en2")
                .add("2001:db8:0:1::5/128", "fe80::4%en0", "UGHS", "en3")
                .index();
        assertEquals("2001:db8:0:1::5/128 fe80::4%en0 en3 line 4", chosen(index, "2001:db8:0:1::5"));
        assertEquals("2001:db8:0:1::/64 fe80::2%en0 en1 line 2", chosen(index, "2001:db8:0:1::6"));
        assertEquals("2001:db8:0:1:8000::/65 fe80::3%en0 en2 line 3", chosen(index, "2001:db8:0:1:8000::6"));
        assertEquals("2001:db8::/32 fe80::1%en0 en0 line 1", chosen(index, "2001:db8:1::"));
        assertEquals("no route", chosen(index, "2001:db9::"));
    }

    /** Link-local rows as macOS 14 prints them: every one scoped, one per interface. */
    private static TestRoutes linkLocal() {
        return new TestRoutes()
                .add("::/0", "fe80::%utun0", "UGcIg", "utun0")
                .add("fe80::%lo0/64", "fe80::1%lo0", "UcI", "lo0")
                .add("fe80::1%lo0", "link#1", "UHLI", "lo0")
                .add("fe80::%en0/64", "link#15", "UCI", "en0")
                .add("fe80::%utun0/64", "fe80::53b2:8d35:9bd7:daa2%utun0", "UcI", "utun0")
                .add("fe80::%en1/64", "link#16", "UCI", "en1");
    }

    @Test
    void aZoneSelectsTheRoutesOfThatZone() {
        RouteIndex index = linkLocal().index();
        assertEquals("fe80::%en0/64 link#15 en0 line 4", chosen(index, "fe80::1%en0"));
        assertEquals("longest prefix /64 of 2 candidates", why(index, "fe80::1%en0"));
        assertEquals("fe80::%utun0/64 fe80::53b2:8d35:9bd7:daa2%utun0 utun0 line 5", chosen(index, "fe80::9%utun0"));
        assertEquals("fe80::1%lo0/128 link#1 lo0 line 3", chosen(index, "fe80::1%lo0"));
        // no link-local route of this zone: only the default is left, which is not zoned
        assertEquals("::/0 fe80::%utun0 utun0 line 1", chosen(index, "fe80::1%en5"));
    }

    @Test
    void withoutAZoneZonesAreIgnored() {
        RouteIndex index = linkLocal().index();
        assertEquals("fe80::1%lo0/128 link#1 lo0 line 3", chosen(index, "fe80::1"));
        assertEquals("fe80::%lo0/64 fe80::1%lo0 lo0 line 2", chosen(index, "fe80::2"));
        assertEquals("longest prefix /64 of 5 candidates; first in source order, ahead of lines 4, 5, 6",
                why(index, "fe80::2"));
    }

    @Test
    void aZonePrefersTheRouteScopedToItsInterface() {
        RouteIndex index = new TestRoutes()
                .add("::/0", "fe80::1%en8", "UGcg", "en8")
                .add("::/0", "fe80::1%utun3", "UGcIg", "utun3")
                .add("::/0", "fe80::1%en0", "UGcIg", "en0")
                .index();
        assertEquals("::/0 fe80::1%en8 en8 line 1", chosen(index, "fe80::5"));
        assertEquals("::/0 fe80::1%utun3 utun3 line 2", chosen(index, "fe80::5%utun3"));
        assertEquals("longest prefix /0 of 3 candidates; zone utun3 preferred over 2 on en8, en0",
                why(index, "fe80::5%utun3"));
        assertEquals("::/0 fe80::1%en8 en8 line 1", chosen(index, "fe80::5%en9"));
    }

    @Test
    void findAndFindIpv4AgreeWithLookup() {
        TestRoutes t = new TestRoutes()
                .add("0.0.0.0/0", "192.168.0.1", "UGScg", "en0")
                .add("255.255.255.255/32", "link#6", "UCS", "en0")
                .add("128.0.0.0/1", "10.243.0.1", "UGSc", "utun3");
        RouteIndex index = t.index();
        List<Route> routes = index.routes();
        assertEquals(t.list(), routes);
        assertEquals(1, index.findIpv4(0xFFFF_FFFFL));
        assertEquals(2, index.findIpv4(0xFFFF_FFFEL));
        assertEquals(0, index.findIpv4(0x7FFF_FFFFL));
        assertEquals(2, index.find(IpAddress.parse("200.1.1.1")));
        assertEquals(routes.get(2), index.lookup(IpAddress.parse("200.1.1.1")).route().orElseThrow());
    }
}
