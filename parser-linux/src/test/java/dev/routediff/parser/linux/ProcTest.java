package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The /proc formats: byte order, masks, flags bits, and agreement with the other formats of the same host. */
class ProcTest {

    @Test
    void littleEndianHex() {
        assertEquals(IpAddress.parse("192.168.0.1"), Addresses.fromLittleEndianHex("0100A8C0"));
        assertEquals(IpAddress.parse("192.168.71.2"), Addresses.fromLittleEndianHex("0247A8C0"));
        assertEquals("0100A8C0", Addresses.toLittleEndianHex(IpAddress.parse("192.168.0.1")));
        assertEquals(null, Addresses.fromLittleEndianHex("0100A8C"));
    }

    @Test
    void flagBits() {
        RouteFlags f = LinuxFlags.fromBits("0207", 0x207);
        assertEquals(Set.of(RouteFlag.UP, RouteFlag.GATEWAY, RouteFlag.HOST, RouteFlag.REJECT), f.known());
        assertEquals("", f.unknown());
        RouteFlags v6 = LinuxFlags.fromBits("80200001", 0x80200001L);
        assertEquals(Set.of(RouteFlag.UP), v6.known());
        assertEquals("0x80200000", v6.unknown());
    }

    @Test
    void ipv6HexAndSourceSpecificRoutes() {
        String zero = "00000000000000000000000000000000";
        RouteTable t = Fixtures.parse(Fixtures.PROC_IPV6_ROUTE, "20010db8000000000000000000000000 20 "
                + "fd000000000000000000000000000000 40 fe800000000000000000000000000001 00000400 00000001 00000000"
                + " 00000003 wg0\nffffffffffffffffffffffffffffffff 80 " + zero + " 00 " + zero
                + " 00000000 00000001 00000000 00000001 lo\n");
        Route r = t.routes().get(0);
        assertEquals("2001:db8::/32", r.destination().toString());
        assertEquals("fd00::/64", r.attributes().get("from"));
        assertEquals(1024L, r.metric());
        assertEquals(new Gateway.Address(IpAddress.parse("fe80::1")), r.gateway());
        assertEquals("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", t.routes().get(1).destination().toString());
        assertTrue(t.routes().get(1).host());
    }

    @Test
    void noDeviceRowsOfAStarInterface() {
        RouteTable t = Fixtures.parseFile(Fixtures.PROC_ROUTE, "this-host-extra__proc_net_route");
        assertEquals(Gateways.REJECT, t.routes().get(2).gateway());
        assertEquals(Gateways.NO_DEVICE, t.routes().get(3).gateway());
        assertEquals("", t.routes().get(3).iface());
    }

    /** The same host's tables captured the same minute describe the same routes, whatever the format. */
    @Test
    void procAndNetToolsAgreeOnTheSameHost() {
        for (String[] pair : new String[][] {
                {"this-host-extra__proc_net_route", "this-host-extra__route-n.out"},
                {"this-host-extra__proc_net_ipv6_route", "this-host-extra__route-6-n.out"},
                {"linux-proc__net_route", "ubuntu-18.04__netstat-rne.out"}}) {
            RouteTable proc = Fixtures.parseFile(Fixtures.ownerOf(pair[0]), pair[0]);
            RouteTable tools = Fixtures.parseFile(Fixtures.ROUTE, pair[1]);
            assertEquals(proc.size(), tools.size(), pair[0]);
            for (int i = 0; i < proc.size(); i++) {
                Route p = proc.routes().get(i);
                Route n = tools.routes().get(i);
                assertEquals(n.destination(), p.destination(), pair[0] + " row " + i);
                assertEquals(n.gateway(), p.gateway(), pair[0] + " row " + i);
                assertEquals(n.iface(), p.iface(), pair[0] + " row " + i);
                assertEquals(n.host(), p.host(), pair[0] + " row " + i);
                if (!n.flags().has(RouteFlag.REJECT)) {
                    // for a reject route net-tools prints '!' alone although the kernel also sets U (0201)
                    assertEquals(n.flags().known(), p.flags().known(), pair[0] + " row " + i);
                }
            }
        }
    }

    @Test
    void ipRouteAndProcAgreeOnDestinations() {
        RouteTable ip = Fixtures.parseFile(Fixtures.IP_ROUTE, "this-host__ip-6_route.out");
        RouteTable proc = Fixtures.parseFile(Fixtures.PROC_IPV6_ROUTE, "this-host__proc_net_ipv6_route");
        for (Route r : ip.routes()) {
            assertTrue(proc.routes().stream().anyMatch(p -> p.destination().equals(r.destination())
                    && p.gateway().equals(r.gateway()) && p.family() == AddressFamily.INET6), r.destinationRaw());
        }
    }
}
