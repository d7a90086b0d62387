package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * route print as pasted: cut below its top, its rules lost or mangled, its padding squeezed. Every real sample,
 * cut at each place a selection starts and squeezed the ways chats and web pages squeeze, gives the routes of the
 * whole text (IPv6 interfaces by index when the Interface List was not copied).
 */
class FragmentTest {

    private static final List<UnaryOperator<String>> SQUEEZES = List.of(
            line -> line,
            line -> line.strip().replaceAll("\\s+", " "),
            line -> line.strip().replaceAll(" {2,}", "\t"),
            line -> line.startsWith("====") ? "" : line,
            line -> line.startsWith("====") ? line + "\n" + line : line,
            line -> line.startsWith("====") ? "=====" : line);

    /** Routes as compared: everything but the line and, for IPv6, the interface name. */
    private static List<String> comparable(List<Route> routes, boolean names) {
        return routes.stream().map(r -> r.family() + " " + r.destination() + " " + r.destinationRaw() + " "
                + (names || r.family() == AddressFamily.INET ? r.gateway() + " " + r.iface() : r.gateway().getClass().getSimpleName())
                + " " + r.attributes()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-10__route.out", "cstdout-computer_networks__netstat_rn.txt",
        "jackpal-gateway__windows.txt", "jackpal-gateway__windowsLocalized.txt",
        "jackpal-gateway__windowsLocalized2.txt", "jackpal-gateway__windowsMultipleGateways.txt"})
    void everyCutAndSqueezeReadsAsTheWhole(String sample) {
        List<String> lines = Arrays.asList(Fixtures.read(sample).split("\r\n|\r|\n", -1));
        RouteTable whole = Fixtures.parse(String.join("\n", lines));
        int cuts = 0;
        boolean ipv6Seen = false;
        for (int start = 0; start < lines.size(); start++) {
            String line = lines.get(start);
            ipv6Seen |= Lines.titleFamily(line) == 6 && Lines.isStandaloneTitle(line);
            boolean interfaces = line.strip().matches("(?i)i?(interface list|liste d'interfaces|lista de interfaces)");
            boolean title = Lines.isStandaloneTitle(line) && Lines.titleFamily(line) != 0;
            boolean ipv4Start = !ipv6Seen && (Lines.isActiveTitle(line) || Lines.headerKind(line) == 4);
            if (!interfaces && !(title && Lines.titleFamily(line) == 4) && !ipv4Start) {
                continue;
            }
            cuts++;
            for (UnaryOperator<String> squeeze : SQUEEZES) {
                List<String> pasted = new ArrayList<>();
                for (String l : lines.subList(start, lines.size())) {
                    pasted.add(squeeze.apply(l));
                }
                RouteTable t = Fixtures.parse(String.join("\n", pasted));
                assertEquals(comparable(whole.routes(), interfaces), comparable(t.routes(), interfaces),
                        sample + " from line " + (start + 1));
            }
        }
        assertEquals(true, cuts >= 2, sample + ": " + cuts + " places to cut");
    }

    @Test
    void onlyPersistentRoutesAreNotTheLiveTable() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> Fixtures.parse(Fixtures.lines(
                "Persistent Routes:",
                "  Network Address          Netmask  Gateway Address  Metric",
                "        157.0.0.0        255.0.0.0      157.55.80.1       3")));
        assertEquals("test:1: expected an Active Routes section: Persistent Routes are the routes stored with route -p, "
                + "not the live table; copy from 'Active Routes:' (or paste the whole route print)", e.getMessage());
    }

    @Test
    void aWrappedIpv6RowWithItsGatewayAtTheMarginAndABlankLineBetween() {
        RouteTable t = Fixtures.parse(Fixtures.lines(
                "IPv6 Route Table",
                "Active Routes:",
                "If Metric Network Destination Gateway",
                "6 281 fe80::9d2e:4f1a:3b6c:77d1/128",
                "",
                "On-link",
                "6 281 2001:db8::/64",
                "fe80::1"));
        assertEquals(2, t.size());
        assertEquals(4, t.routes().get(0).line());
        assertEquals(new Gateway.Address(IpAddress.parse("fe80::1")), t.routes().get(1).gateway());
    }

    @Test
    void anUnknownLineAfterARowThatNeedsItsGatewayIsRefused() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> Fixtures.parse(Fixtures.lines(
                "IPv6 Route Table", "Active Routes:", "If Metric Network Destination Gateway",
                "6 281 fe80::9d2e:4f1a:3b6c:77d1/128", "Persistent Routes:")));
        assertEquals("test:5: expected the gateway of the IPv6 row on line 4 alone on this line, found 'Persistent Routes:'",
                e.getMessage());
    }
}
