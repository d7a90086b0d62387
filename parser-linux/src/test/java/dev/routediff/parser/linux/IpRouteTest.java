package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ip route features, one at a time. */
class IpRouteTest {

    private static Route one(String line) {
        RouteTable t = Fixtures.parse(Fixtures.IP_ROUTE, line + "\n");
        assertEquals(1, t.size());
        return t.routes().get(0);
    }

    @Test
    void onLinkRouteGoesToItsDevice() {
        Route r = one("10.0.2.0/24 dev enp0s3 proto kernel scope link src 10.0.2.15 metric 100");
        assertEquals(new Gateway.Interface("enp0s3"), r.gateway());
        assertEquals("enp0s3", r.iface());
        assertEquals(Map.of("proto", "kernel", "scope", "link", "src", "10.0.2.15"), r.attributes());
        assertEquals(100L, r.metric());
        assertEquals(RouteFlags.NONE.text(), r.flags().text());
        assertFalse(r.host());
    }

    @Test
    void hostRouteIsPrintedWithoutLength() {
        Route r = one("192.168.131.2 dev ens32 proto dhcp scope link src 192.168.131.128 metric 100");
        assertEquals("192.168.131.2/32", r.destination().toString());
        assertTrue(r.host());
        Route v6 = one("local fd00::2 dev eth0 table local proto kernel metric 0 pref medium");
        assertEquals("fd00::2/128", v6.destination().toString());
        assertTrue(v6.host());
        assertEquals("local", v6.attributes().get("type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unreachable", "blackhole", "prohibit", "throw"})
    void routesToNowhereHaveTheirTypeAsGateway(String type) {
        Route v4 = one(type + " 198.51.100.0/24");
        assertEquals(new Gateway.Other(type), v4.gateway());
        assertEquals("", v4.iface());
        Route v6 = one(type + " 2001:db8::/32 dev lo metric 1024 pref medium");
        assertEquals(new Gateway.Other(type), v6.gateway());
        assertEquals("lo", v6.iface());
        assertEquals(AddressFamily.INET6, v6.family());
    }

    @Test
    void multipathGivesOneRoutePerNexthop() {
        RouteTable t = Fixtures.parseFile(Fixtures.IP_ROUTE, "this-host-extra__ip_route.out");
        Route a = t.routes().get(5);
        Route b = t.routes().get(6);
        assertEquals(a.destination(), b.destination());
        assertEquals("192.0.2.1", a.gateway().text());
        assertEquals("192.0.2.3", b.gateway().text());
        assertEquals(7, a.line());
        assertEquals(8, b.line());
        assertEquals("1/2", a.attributes().get("nexthop"));
        assertEquals("2", b.attributes().get("weight"));
        assertEquals(50L, b.metric());
    }

    @Test
    void multipathDefaultTakesItsFamilyFromTheNexthops() {
        RouteTable t = Fixtures.parse(Fixtures.IP_ROUTE, Fixtures.lines("default proto ra metric 1024 pref medium",
                "\tnexthop via fe80::1 dev eth0 weight 1", "\tnexthop via fe80::2 dev eth1 weight 1 dead linkdown"));
        assertEquals(2, t.size());
        assertEquals("::/0", t.routes().get(0).destination().toString());
        assertEquals("dead linkdown", t.routes().get(1).attributes().get("flags"));
        assertEquals("eth1", t.routes().get(1).iface());
    }

    @Test
    void defaultFamilyComesFromViaSrcPrefOrTheRestOfTheDump() {
        assertEquals(AddressFamily.INET6, one("default via fd00::1 dev eth0 metric 1024").family());
        assertEquals(AddressFamily.INET, one("default dev ppp0 scope link src 10.1.2.3").family());
        assertEquals(AddressFamily.INET6, one("default dev wg0 metric 1024 pref medium").family());
        // ip route without -6 lists IPv4 only
        assertEquals(AddressFamily.INET, one("default dev wlan0 scope link").family());
        RouteTable v6 = Fixtures.parse(Fixtures.IP_ROUTE, Fixtures.lines("fe80::/64 dev eth0", "default dev wg0"));
        assertEquals("::/0", v6.routes().get(1).destination().toString());
        // wg-quick in ip route show table all: every IPv6 line has pref, so the bare default is IPv4
        RouteTable mixed = Fixtures.parse(Fixtures.IP_ROUTE, Fixtures.lines("default dev wg0 table 51820 scope link",
                "default dev wg0 table 51820 metric 1024 pref medium", "10.0.0.0/8 dev eth0"));
        assertEquals("0.0.0.0/0", mixed.routes().get(0).destination().toString());
        assertEquals("::/0", mixed.routes().get(1).destination().toString());
    }

    @Test
    void rfc5549GatewayOfTheOtherFamily() {
        Route r = one("default via inet6 fe80::1 dev eth0 proto bird");
        assertEquals(AddressFamily.INET, r.family());
        assertEquals("fe80::1", r.gateway().text());
    }

    @Test
    void expiresIsTheExpireColumn() {
        assertEquals(Expire.seconds(599), one("2001:db8:2::/48 via fd00::1 dev eth0 metric 5 expires 599sec pref medium").expire());
        assertEquals(Expire.EXPIRED, one("2001:db8:2::/48 via fd00::1 dev eth0 expires -3sec").expire());
        assertFalse(one("2001:db8:2::/48 via fd00::1 dev eth0 expires 5sec").attributes().containsKey("expires"));
    }

    @Test
    void lockedMetricsAndUnknownKeywordsAreKept() {
        Route r = one("203.0.113.7 via 192.0.2.1 dev eth0 onlink mtu lock 1400 nhid 7 frobnicate 3 shiny");
        assertEquals("lock 1400", r.attributes().get("mtu"));
        assertEquals("7", r.attributes().get("nhid"));
        assertEquals("3", r.attributes().get("frobnicate"));
        assertEquals("", r.attributes().get("shiny"));
        assertEquals("onlink", r.attributes().get("flags"));
    }

    @Test
    void tableAllMixesFamiliesLineByLine() {
        RouteTable t = Fixtures.parseFile(Fixtures.IP_ROUTE, "this-host__ip_route_show_table_all.out");
        assertEquals(7, t.section(AddressFamily.INET).size());
        assertEquals(7, t.section(AddressFamily.INET6).size());
        assertEquals("0.0.0.0/0", t.routes().get(0).destination().toString());
        assertEquals("::/0", t.routes().get(9).destination().toString());
    }

    @Test
    void crlfTrailingBlanksAndBlankLinesAreAccepted() {
        String text = Fixtures.read("ntc-templates__linux_ip_route_show.raw");
        RouteTable lf = Fixtures.parse(Fixtures.IP_ROUTE, text);
        RouteTable crlf = Fixtures.parse(Fixtures.IP_ROUTE, text.replace("\n", "\r\n") + "\r\n   \r\n");
        assertEquals(lf.routes(), crlf.routes());
        assertEquals(12, lf.size());
    }
}
