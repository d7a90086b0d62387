package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lookup index on real macOS dumps: the bundled example tables and a macOS 14 table with scoped rows. */
class LookupOnMacosTablesTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();

    private static RouteIndex index(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            RouteTable t = Fixtures.PARSER.parse(r, file.getFileName().toString());
            return RouteIndex.of(t);
        }
    }

    private static String chosen(RouteIndex index, String address) {
        Lookup l = index.lookup(IpAddress.parse(address));
        return l.route().map(r -> r.destination() + " " + r.gateway().text() + " " + r.iface()).orElse("no route");
    }

    @Test
    void theSplitTunnelExample() throws IOException {
        RouteIndex before = index(ROOT.resolve("examples/clientvpn-split-before.txt"));
        RouteIndex after = index(ROOT.resolve("examples/clientvpn-split-after.txt"));
        assertEquals("0.0.0.0/0 192.168.0.1 en0", chosen(before, "172.16.0.5"));
        assertEquals("172.16.0.0/24 10.243.0.1 utun3", chosen(after, "172.16.0.5"));
        assertEquals("longest prefix /24 of 2 candidates", after.lookup(IpAddress.parse("172.16.0.5")).why());
        assertEquals("192.168.0.0/24 link#6 en0", chosen(before, "192.168.0.20"));
        assertEquals("192.168.0.0/24 link#6 en0", chosen(after, "192.168.0.20"));
        assertEquals("10.243.0.0/27 10.243.0.7 utun3", chosen(after, "10.243.0.9"));
        assertEquals("10.243.0.7/32 10.243.0.7 utun3", chosen(after, "10.243.0.7"));
        assertEquals("127.0.0.0/8 127.0.0.1 lo0", chosen(after, "127.0.0.2"));
        // the router: a UCS network /32 and its ARP entry, which carries I
        assertEquals("192.168.0.1/32 link#6 en0", chosen(after, "192.168.0.1"));
        assertEquals("longest prefix /32 of 4 candidates; unscoped preferred over 1 scoped (en0)",
                after.lookup(IpAddress.parse("192.168.0.1")).why());
        assertEquals("no route", chosen(after, "2001:db8::1"));
    }

    @Test
    void macos14WithAScopedSecondDefault() throws IOException {
        Path file = Fixtures.DIR.resolve("walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out");
        RouteIndex index = index(file);
        assertEquals("0.0.0.0/0 10.120.10.1 en8", chosen(index, "8.8.8.8"));
        assertEquals("longest prefix /0 of 2 candidates; unscoped preferred over 1 scoped (en0)",
                index.lookup(IpAddress.parse("8.8.8.8")).why());
        assertEquals("169.254.0.0/16 link#23 en8", chosen(index, "169.254.7.7"));
        assertEquals("10.181.10.0/23 link#15 en0", chosen(index, "10.181.11.200"));
        assertEquals("255.255.255.255/32 link#23 en8", chosen(index, "255.255.255.255"));
        // link-local and multicast by zone: each interface has its own rows, all scoped
        assertEquals("fe80::%en8/64 link#23 en8", chosen(index, "fe80::1%en8"));
        assertEquals("fe80::%utun3/64 fe80::ce81:b1c:bd2c:69e%utun3 utun3", chosen(index, "fe80::77%utun3"));
        assertEquals("ff02::%en8/32 link#23 en8", chosen(index, "ff02::fb%en8"));
        assertEquals("ff00::/8 link#23 en8", chosen(index, "ff05::2%en8"));
        // no unscoped IPv6 default: six scoped ones, and nothing but the dump's order to choose among them
        assertEquals("::/0 fe80::%utun0 utun0", chosen(index, "2001:db8::1"));
        assertEquals("longest prefix /0 of 6 candidates; first in source order, ahead of lines 33, 34, 35, 36, 37",
                index.lookup(IpAddress.parse("2001:db8::1")).why());
        assertEquals("::/0 fe80::%utun4 utun4", chosen(index, "2001:db8::1%utun4"));
    }
}
