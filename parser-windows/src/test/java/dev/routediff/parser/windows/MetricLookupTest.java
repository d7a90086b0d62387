package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.lookup.RouteScan;
import dev.routediff.core.lookup.Trace;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows compares metrics among routes of one prefix (route plus interface metric, what route print shows), so
 * lookup must too: on real tables the lowest metric is often not the first row.
 */
class MetricLookupTest {

    /** As the reader hands it out: stamped with the platform the parser declares. */
    private static RouteTable declared(RouteTable t) {
        return t.withPlatform(Fixtures.PARSER.info().platform());
    }

    private static Route chosen(RouteTable t, String address) {
        IpAddress a = IpAddress.parse(address);
        Route byIndex = RouteIndex.of(t).lookup(a).route().orElseThrow();
        Route byScan = RouteScan.lookup(t, List.of(a)).get(0).route().orElseThrow();
        assertEquals(byIndex, byScan, "index and scan agree");
        return byIndex;
    }

    @Test
    void theParserDeclaresWindows() {
        assertEquals(Platform.WINDOWS, Fixtures.PARSER.info().platform());
    }

    @Test
    void theLowerMetricDefaultWinsOverAnEarlierRow() {
        // a LAN default at 25 printed before a VPN default at 2, the shape of a connected full-tunnel client
        RouteTable t = declared(Fixtures.parse(Fixtures.v4Table(
                "          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.50     25",
                "          0.0.0.0          0.0.0.0        10.8.0.1        10.8.0.6      2",
                "      192.168.1.0    255.255.255.0         On-link      192.168.1.50    281")));
        Route r = chosen(t, "1.1.1.1");
        assertEquals(2L, r.metric());
        assertEquals("10.8.0.6", r.iface());
        Lookup l = RouteIndex.of(t).lookup(IpAddress.parse("1.1.1.1"));
        assertEquals("longest prefix /0 of 2 candidates; lowest metric 2 of 2 candidates", l.why());
        assertEquals(Lookup.Reason.LOWEST_METRIC, l.passedOver().get(0).reason());
        Trace trace = RouteScan.trace(t, List.of(IpAddress.parse("1.1.1.1"))).get(0);
        assertEquals("same prefix, passed over: metric 25, higher than 2", trace.candidates().get(1).verdict());
    }

    @Test
    void realTableWithTwoDefaults() {
        // jackpal-gateway windowsMultipleGateways.txt: 50 on Wi-Fi first, 2 on AnyConnect second
        RouteTable t = declared(Fixtures.parseFile("jackpal-gateway__windowsMultipleGateways.txt"));
        assertEquals("10.21.38.97", chosen(t, "8.8.8.8").iface());
    }

    @Test
    void multicastGoesToTheLowestMetricInterface() {
        // windows-10 route.out: nine 224.0.0.0/4 On-link rows, 127.0.0.1 (331) first, 5256, 291 ×4, 286, then
        // 172.26.240.1 and 172.27.128.1 both at 271: the lowest, and between equals the earlier row
        RouteTable t = declared(Fixtures.parseFile("windows-10__route.out"));
        Route r = chosen(t, "224.0.0.251");
        assertEquals("172.26.240.1", r.iface());
        assertEquals(271L, r.metric());
    }

    @Test
    void withoutADeclaredPlatformTheDumpOrderDecides() {
        RouteTable t = Fixtures.parseFile("jackpal-gateway__windowsMultipleGateways.txt");
        assertEquals("192.168.100.74", chosen(t, "8.8.8.8").iface());
    }
}
