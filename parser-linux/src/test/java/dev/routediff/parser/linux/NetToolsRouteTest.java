package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** route -n / netstat -rn features and the flag letters. */
class NetToolsRouteTest {

    @ParameterizedTest
    @CsvSource({
            "UG, INET, UP GATEWAY, ''",
            "UH, INET, UP HOST, ''",
            "UGDM, INET, UP GATEWAY DYNAMIC MODIFIED, ''",
            "!, INET, REJECT, ''",
            "URAC, INET, UP, RAC",
            "UGDAe, INET6, UP GATEWAY, DAe",
            "!n, INET6, REJECT, n",
            "Um, INET6, UP MODIFIED, ''",
            "UM, INET6, UP, M",
    })
    void lettersMeanWhatLinuxMeans(String text, AddressFamily family, String known, String unknown) {
        RouteFlags f = LinuxFlags.fromLetters(text, family);
        assertEquals(text, f.text());
        Set<RouteFlag> expected = known.isEmpty() ? Set.of()
                : Set.copyOf(List.of(known.split(" ")).stream().map(RouteFlag::valueOf).toList());
        assertEquals(expected, f.known());
        assertEquals(unknown, f.unknown());
    }

    @Test
    void everyLayoutPutsItsExtraColumnsInAttributes() {
        Route rn = Fixtures.parseFile(Fixtures.ROUTE, "this-host__netstat-rn.out").routes().get(0);
        assertEquals(List.of("MSS", "Window", "irtt"), List.copyOf(rn.attributes().keySet()));
        Route rnee = Fixtures.parseFile(Fixtures.ROUTE, "this-host__route-nee.out").routes().get(0);
        assertEquals(List.of("Ref", "Use", "MSS", "Window", "irtt"), List.copyOf(rnee.attributes().keySet()));
        Route v6 = Fixtures.parseFile(Fixtures.ROUTE, "this-host__route-6-n.out").routes().get(0);
        assertEquals(List.of("Ref", "Use"), List.copyOf(v6.attributes().keySet()));
    }

    @Test
    void rejectAndBlackholeRows() {
        RouteTable t = Fixtures.parseFile(Fixtures.ROUTE, "this-host-extra__route-n.out");
        Route unreachable = t.routes().get(2);
        assertEquals(Gateways.REJECT, unreachable.gateway());
        assertEquals("", unreachable.iface());
        assertTrue(unreachable.flags().has(RouteFlag.REJECT));
        Route blackhole = t.routes().get(3);
        assertEquals(Gateways.NO_DEVICE, blackhole.gateway());
        assertEquals("198.51.100.128/26", blackhole.destination().toString());
    }

    @Test
    void ipv4MappedDestinationsInIpv6Tables() {
        Route r = Fixtures.parseFile(Fixtures.ROUTE, "centos-7.7__route-6-n.out").routes().get(1);
        assertEquals("0.0.0.0/96", r.destinationRaw());
        assertEquals("::ffff:0:0/96", r.destination().toString());
        assertEquals(AddressFamily.INET6, r.family());
    }

    @Test
    void hostAndDefault() {
        RouteTable t = Fixtures.parseFile(Fixtures.ROUTE, "ubuntu-18.04__route-vn.out");
        assertEquals("0.0.0.0/0", t.routes().get(0).destination().toString());
        assertTrue(t.routes().get(2).host());
        assertEquals(new Gateway.Interface("ens33"), t.routes().get(2).gateway());
    }

    @Test
    void concatenatedIpv4AndIpv6TablesAndABareHeader() {
        String both = Fixtures.read("this-host__route-n.out") + "\n" + Fixtures.read("this-host__route-6-n.out");
        RouteTable t = Fixtures.parse(Fixtures.ROUTE, both);
        assertEquals(2, t.section(AddressFamily.INET).size());
        assertEquals(8, t.section(AddressFamily.INET6).size());
        String bare = Fixtures.read("this-host__route-n.out").replace(NetToolsRouteParser.TITLE_V4 + "\n", "");
        assertEquals(Fixtures.parseFile(Fixtures.ROUTE, "this-host__route-n.out").routes().get(1).destination(),
                Fixtures.parse(Fixtures.ROUTE, bare).routes().get(1).destination());
    }

    @Test
    void routeNAndNetstatRneAgree() {
        // the same machine, the same minute: net-tools prints one table for both commands
        RouteTable route = Fixtures.parseFile(Fixtures.ROUTE, "this-host__route-n.out");
        RouteTable netstat = Fixtures.parseFile(Fixtures.ROUTE, "this-host__netstat-rne.out");
        assertEquals(route.routes(), netstat.routes());
    }
}
