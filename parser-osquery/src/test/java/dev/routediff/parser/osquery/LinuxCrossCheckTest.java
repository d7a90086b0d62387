package dev.routediff.parser.osquery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.parser.linux.IpRouteParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One routing state two ways: osquery's JSON (this parser) and {@code ip route show table all} (parser-linux's
 * {@code linux-ip-route}) must give the same routes, in the same order — destination, host-ness, typed gateway and
 * interface. This checks the Linux quirks against an independent reader: host routes printed with netmask 0,
 * on-link routes with an empty gateway, and every table's routes mixed.
 */
class LinuxCrossCheckTest {

    private static final Path IP_ROUTE = Path.of("src", "test", "resources", "crosscheck",
            "ubuntu-22.04__ip_route_show_table_all.out");

    private static List<String> identities(RouteTable t) {
        return t.routes().stream().map(LinuxCrossCheckTest::identity).toList();
    }

    private static String identity(Route r) {
        return r.family() + " " + r.destination() + (r.host() ? " host" : "") + " " + r.gateway().kind() + ":"
                + r.gateway().text() + " " + r.iface();
    }

    @Test
    void osqueryJsonAndIpRouteTextReadAlike() throws IOException {
        RouteTable fromOsquery = Fixtures.parseFile(Fixtures.LINUX);
        RouteTable fromIpRoute;
        try (Reader r = Files.newBufferedReader(IP_ROUTE, StandardCharsets.UTF_8)) {
            fromIpRoute = new IpRouteParser().parse(r, IP_ROUTE.toString());
        }
        assertEquals(identities(fromIpRoute), identities(fromOsquery));
    }
}
