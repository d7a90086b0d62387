package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.lookup.RouteScan;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The Linux FIB takes the lowest metric among routes of one prefix; lookup does the same. */
class MetricLookupTest {

    private static RouteTable declared(RouteTableParser p, String text) {
        return Fixtures.parse(p, text).withPlatform(p.info().platform());
    }

    private static Route chosen(RouteTable t, String address) {
        IpAddress a = IpAddress.parse(address);
        Route byIndex = RouteIndex.of(t).lookup(a).route().orElseThrow();
        assertEquals(byIndex, RouteScan.lookup(t, List.of(a)).get(0).route().orElseThrow(), "index and scan agree");
        return byIndex;
    }

    @Test
    void ipRouteTwoDefaultsAndTwoMulticastRows() {
        // NetworkManager on a laptop with Wi-Fi (600) listed before wired (100), as ip route prints it
        RouteTable t = declared(Fixtures.IP_ROUTE, String.join("\n",
                "default via 192.168.1.1 dev wlp2s0 proto dhcp metric 600",
                "default via 10.0.0.1 dev enp0s31f6 proto dhcp metric 100",
                "10.0.0.0/24 dev enp0s31f6 proto kernel scope link src 10.0.0.23 metric 100",
                "192.168.1.0/24 dev wlp2s0 proto kernel scope link src 192.168.1.40 metric 600",
                "224.0.0.0/4 dev wlp2s0 scope link metric 1000",
                "224.0.0.0/4 dev enp0s31f6 scope link metric 10",
                ""));
        assertEquals("enp0s31f6", chosen(t, "1.1.1.1").iface());
        assertEquals(100L, chosen(t, "1.1.1.1").metric());
        assertEquals("enp0s31f6", chosen(t, "224.0.0.251").iface());
        assertEquals("longest prefix /0 of 2 candidates; lowest metric 100 of 2 candidates",
                RouteIndex.of(t).lookup(IpAddress.parse("1.1.1.1")).why());
    }

    @Test
    void routeNMetricColumn() {
        RouteTable t = declared(Fixtures.ROUTE, String.join("\n",
                "Kernel IP routing table",
                "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface",
                "0.0.0.0         192.168.1.1     0.0.0.0         UG    600    0        0 wlp2s0",
                "0.0.0.0         10.0.0.1        0.0.0.0         UG    100    0        0 enp0s31f6",
                ""));
        assertEquals("enp0s31f6", chosen(t, "9.9.9.9").iface());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "18446744073709551616", "4294967296", "\u0661\u0662", "-5"})
    void aMetricThatIsNotA32BitWholeNumberIsRefused(String metric) {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> Fixtures.IP_ROUTE.parse(new StringReader("default via 10.0.0.1 dev eth0 metric " + metric + "\n"),
                        "test"));
        assertEquals("test:1: metric must be a whole number 0..4294967295, found '" + metric + "'", e.getMessage());
    }
}
