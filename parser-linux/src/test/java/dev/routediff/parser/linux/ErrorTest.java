package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input ends in exactly one line, {@code source:line: expected …, found …}. */
class ErrorTest {

    private static String message(RouteTableParser parser, String text) {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> parser.parse(new StringReader(text), "test"));
        return e.getMessage();
    }

    private static String fileMessage(String fixture) {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> Fixtures.parseFile(Fixtures.ownerOf(fixture), fixture));
        return e.getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "centos-7.7__route.out|centos-7.7__route.out:3: expected a numeric Destination, found 'default' (names are printed without -n; run route -n)",
            "ubuntu-18.04__route.out|ubuntu-18.04__route.out:3: expected a numeric Destination, found 'default' (names are printed without -n; run route -n)",
            "nixos__route-ee.out|nixos__route-ee.out:3: expected a numeric Destination, found 'default' (names are printed without -n; run route -n)",
            "this-host__route.out|this-host__route.out:3: expected a numeric Destination, found 'default' (names are printed without -n; run route -n)",
            "centos-7.7__netstat-r.out|centos-7.7__netstat-r.out:3: expected a numeric Destination, found 'default' (names are printed without -n; run netstat -rn)",
            "ubuntu-18.04__netstat-r.out|ubuntu-18.04__netstat-r.out:3: expected a numeric Destination, found 'default' (names are printed without -n; run netstat -rn)",
            "centos-7.7__route-6.out|centos-7.7__route-6.out:3: expected a numeric Destination, found '[::]/96' (names are printed without -n; run route -6 -n)",
    })
    void namesAreRefusedWithTheCommandToRun(String fixture, String expected) {
        assertEquals(expected, fileMessage(fixture));
    }

    @Test
    void aNameInTheGatewayColumnIsRefusedToo() {
        String text = Fixtures.lines("Kernel IP routing table",
                "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface",
                "0.0.0.0         _gateway        0.0.0.0         UG    100    0        0 ens33");
        assertEquals("test:3: expected a numeric Gateway, found '_gateway' (names are printed without -n; run route -n)",
                message(Fixtures.ROUTE, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/33 dev eth0|test:1: expected a prefix length 0..32, found '10.0.0.0/33'",
            "10.0.0.1/24 dev eth0|test:1: expected a destination with no bits beyond /24, found '10.0.0.1/24'",
            "default via gw.example dev eth0|test:1: expected an address after 'via', found 'gw.example' (ip -resolve prints names; run ip route without -r)",
            "router.lan dev eth0|test:1: expected a destination address or 'default', found 'router.lan' (ip -resolve prints names; run ip route without -r)",
            "10.0.0.0/8 dev|test:1: expected a value after 'dev', found the end of the line",
            "default proto static|test:1: expected via, dev or nexthop lines for 'default', found none",
            "10.0.0.0/8 dev eth0 metric 1 metric 2|test:1: expected 'metric' once per route, found it twice in '10.0.0.0/8 dev eth0 metric 1 metric 2'",
            "fd00::/64 dev eth0 expires soon|test:1: expected 'expires <n>sec', found 'expires soon'",
            "local|test:1: expected a destination after 'local', found the end of the line",
    })
    void ipRouteLines(String line, String expected) {
        assertEquals(expected, message(Fixtures.IP_ROUTE, line + "\n"));
    }

    @Test
    void ipRouteStructure() {
        assertEquals("test:2: expected a route or an indented nexthop line, found 'cache expires 3sec'",
                message(Fixtures.IP_ROUTE, Fixtures.lines("10.0.0.1 via 192.0.2.1 dev eth0", "    cache expires 3sec")));
        assertEquals("test:1: expected a route before its nexthop line, found 'nexthop via 192.0.2.1 dev eth0'",
                message(Fixtures.IP_ROUTE, Fixtures.lines("\tnexthop via 192.0.2.1 dev eth0")));
        assertEquals("test:2: expected nexthop lines only after a route without its own via or dev, found one after line 1",
                message(Fixtures.IP_ROUTE, Fixtures.lines("10.0.0.0/8 dev eth0", "\tnexthop via 192.0.2.1 dev eth0")));
        assertEquals("test:1: expected a default route whose family shows (via, src or pref) in a dump mixing IPv4 and"
                        + " IPv6 without pref on every IPv6 line, found none; run ip -4 route and ip -6 route separately",
                message(Fixtures.IP_ROUTE, Fixtures.lines("default dev wg0 scope link", "10.0.0.0/8 dev eth0",
                        "fe80::/64 dev eth0 proto kernel metric 256")));
    }

    private static final String V4 = "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface";

    @Test
    void netToolsTables() {
        assertEquals("test:3: expected a contiguous Genmask, found 255.0.255.0", message(Fixtures.ROUTE,
                Fixtures.lines(NetToolsRouteParser.TITLE_V4, V4, "10.0.0.0 0.0.0.0 255.0.255.0 U 0 0 0 eth0")));
        assertEquals("test:3: expected a Destination with no bits beyond its Genmask, found 10.0.0.1 with 255.255.255.0",
                message(Fixtures.ROUTE, Fixtures.lines(NetToolsRouteParser.TITLE_V4, V4,
                        "10.0.0.1 0.0.0.0 255.255.255.0 U 0 0 0 eth0")));
        assertEquals("test:3: expected 8 columns (Destination Gateway Genmask Flags Metric Ref Use Iface), found 7 in"
                        + " '10.0.0.0 0.0.0.0 255.255.255.0 U 0 0 0eth0'",
                message(Fixtures.ROUTE, Fixtures.lines(NetToolsRouteParser.TITLE_V4, V4,
                        "10.0.0.0 0.0.0.0 255.255.255.0 U 0 0 0eth0")));
        assertEquals("test:2: expected the Destination Gateway Genmask Flags header, found 'Destination Gateway Flags'",
                message(Fixtures.ROUTE, Fixtures.lines(NetToolsRouteParser.TITLE_V4, "Destination Gateway Flags")));
        assertEquals("test:1: expected a header after the title, found the end of the input",
                message(Fixtures.ROUTE, Fixtures.lines(NetToolsRouteParser.TITLE_V4)));
        assertEquals("test: expected 'Kernel IP routing table', found no lines", message(Fixtures.ROUTE, "\n  \n"));
        assertEquals("test:1: expected 'Kernel IP routing table' or a Destination/Gateway/Genmask header, found"
                + " 'Kernel IP routing cache'", message(Fixtures.ROUTE, Fixtures.lines("Kernel IP routing cache")));
        assertEquals("test:3: expected a prefix length 0..128, found 'fd00::/129'", message(Fixtures.ROUTE,
                Fixtures.lines(NetToolsRouteParser.TITLE_V6, "Destination Next Hop Flag Met Ref Use If",
                        "fd00::/129 :: U 256 1 0 eth0")));
    }

    private static final String PROC_HEADER = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT";

    @Test
    void procRoute() {
        assertEquals("test:2: expected a contiguous Mask, found 'FF00FF00' (0.255.0.255)", message(Fixtures.PROC_ROUTE,
                Fixtures.lines(PROC_HEADER, "eth0\t00000000\t00000000\t0001\t0\t0\t0\tFF00FF00\t0\t0\t0")));
        assertEquals("test:2: expected Destination as eight hex digits, found '0G0200C0'", message(Fixtures.PROC_ROUTE,
                Fixtures.lines(PROC_HEADER, "eth0\t0G0200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0")));
        assertEquals("test:2: expected a Destination with no bits beyond its Mask, found 192.0.2.1 with mask 255.255.255.0",
                message(Fixtures.PROC_ROUTE, Fixtures.lines(PROC_HEADER,
                        "eth0\t010200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0")));
        assertEquals("test:2: expected 11 fields (Iface to IRTT), found 10 in 'eth0 000200C0 00000000 0001 0 0 0 00FFFFFF 0 0'",
                message(Fixtures.PROC_ROUTE, Fixtures.lines(PROC_HEADER,
                        "eth0 000200C0 00000000 0001 0 0 0 00FFFFFF 0 0")));
        assertEquals("test:1: expected the /proc/net/route header 'Iface Destination Gateway Flags RefCnt Use Metric"
                + " Mask MTU Window IRTT', found 'eth0 000200C0'", message(Fixtures.PROC_ROUTE, "eth0 000200C0\n"));
        assertEquals("test:2: expected Flags as four hex digits, found '1'", message(Fixtures.PROC_ROUTE,
                Fixtures.lines(PROC_HEADER, "eth0\t000200C0\t00000000\t1\t0\t0\t0\t00FFFFFF\t0\t0\t0")));
        assertEquals("test: expected the /proc/net/route header, found no lines", message(Fixtures.PROC_ROUTE, ""));
    }

    @Test
    void procIpv6Route() {
        String zero = "00000000000000000000000000000000";
        assertEquals("test:1: expected prefix lengths 00 to 80 (hex), found '81'", message(Fixtures.PROC_IPV6_ROUTE,
                "fd000000000000000000000000000000 81 " + zero + " 00 " + zero + " 00000100 00000001 00000000 00000001 eth0\n"));
        assertEquals("test:1: expected a destination with no bits beyond /64, found fd00::1", message(Fixtures.PROC_IPV6_ROUTE,
                "fd000000000000000000000000000001 40 " + zero + " 00 " + zero + " 00000100 00000001 00000000 00000001 eth0\n"));
        assertEquals("test:2: expected a /proc/net/ipv6_route row (destination, length, source, length, next hop as hex,"
                + " metric, refcnt, use, flags, device), found 'fe80::/64 dev eth0'", message(Fixtures.PROC_IPV6_ROUTE,
                "fd000000000000000000000000000000 40 " + zero + " 00 " + zero + " 00000100 00000001 00000000 00000001 eth0\n"
                        + "fe80::/64 dev eth0\n"));
    }

    @Test
    void aLineWithoutBreaksEndsInOneMessage() throws IOException {
        String blob = "x".repeat(70_000);
        assertEquals("test:1: a line longer than 65536 characters, expected the rows of a route table (is this a route dump?)",
                message(Fixtures.IP_ROUTE, blob));
    }
}
