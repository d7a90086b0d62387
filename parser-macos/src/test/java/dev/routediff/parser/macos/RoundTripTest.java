package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random prefixes printed the way netstat prints them, then read back. The printer here is written from the
 * description of netstat's {@code netname}/{@code domask} in reference §4, independently of the parser.
 */
class RoundTripTest {

    private static final int ROWS = 2000;

    /** netstat -n's text for an IPv4 destination. */
    static String printIpv4(long address, int length, boolean host) {
        String quad = IpAddress.ipv4(address).toString();
        if (host) {
            return quad;
        }
        if (address == 0 && length == 0) {
            return "default";
        }
        long first = address >>> 24;
        int classfulMask = first < 128 ? 8 : first < 192 ? 16 : 24;
        int octets;
        if (first < 128 && (address & 0xFFFFFFL) == 0) {
            octets = 1;
        } else if (first < 192 && (address & 0xFFFFL) == 0) {
            octets = 2;
        } else if ((address & 0xFFL) == 0) {
            octets = 3;
        } else {
            octets = 4;
        }
        String[] parts = quad.split("\\.");
        String text = String.join(".", List.of(parts).subList(0, octets));
        boolean suffix = length != 0 && length != classfulMask;
        return suffix ? text + "/" + length : text;
    }

    private static long randomNetwork(Random rnd, int length) {
        long a = rnd.nextLong() & 0xFFFF_FFFFL;
        // Bias towards the short forms: clear whole low octets often, so 1-, 2- and 3-octet prints all occur.
        int keep = rnd.nextInt(5);
        if (keep < 4) {
            a &= (0xFFFF_FFFFL << (8 * (4 - keep))) & 0xFFFF_FFFFL;
        }
        long mask = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
        return a & mask;
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20240324L})
    void ipv4NetworksAndHosts(long seed) {
        Random rnd = new Random(seed);
        List<String> rows = new ArrayList<>();
        List<Prefix> expected = new ArrayList<>();
        List<Boolean> hosts = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            boolean host = rnd.nextInt(4) == 0;
            int length = host ? 32 : rnd.nextInt(33);
            long a = host ? rnd.nextLong() & 0xFFFF_FFFFL : randomNetwork(rnd, length);
            expected.add(Prefix.of(IpAddress.ipv4(a), length));
            hosts.add(host);
            String dest = printIpv4(a, length, host);
            rows.add(String.format("%-18s %-18s %-10s %10s %6s", dest, "link#6", host ? "UHLWIi" : "UCS", "en0",
                    rnd.nextBoolean() ? "!" : ""));
        }
        List<Route> routes = parseInet(rows);
        assertEquals(ROWS, routes.size());
        for (int i = 0; i < ROWS; i++) {
            Route r = routes.get(i);
            assertEquals(expected.get(i), r.destination(), r.destinationRaw());
            assertEquals(hosts.get(i), r.host(), r.destinationRaw());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7L, 99L})
    void ipv6PrefixesAndHosts(long seed) {
        Random rnd = new Random(seed);
        List<String> rows = new ArrayList<>();
        List<Prefix> expected = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            boolean host = rnd.nextInt(4) == 0;
            int length = host ? 128 : rnd.nextInt(129);
            // Zero runs make the :: compression appear in many places.
            long hi = rnd.nextBoolean() ? rnd.nextLong() : rnd.nextLong() & 0xFFFF_0000_0000_FFFFL;
            long lo = rnd.nextBoolean() ? rnd.nextLong() : 0;
            String zone = rnd.nextInt(3) == 0 ? "utun" + rnd.nextInt(10) : null;
            Prefix p = Prefix.of(IpAddress.ipv6(hi, lo, zone), length);
            expected.add(p);
            String dest = host ? p.address().toString()
                    : length == 0 && p.address().high() == 0 && p.address().low() == 0 && zone == null ? "default"
                    : p.toString();
            rows.add(String.format("%-39s %-39s %-10s %14s", dest, "fe80::1%lo0", host ? "UHLI" : "UCI", "en0"));
        }
        List<Route> routes = Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet6:",
                "Destination                             Gateway                                 Flags               Netif Expire",
                String.join("\n", rows))).routes();
        for (int i = 0; i < ROWS; i++) {
            assertEquals(expected.get(i), routes.get(i).destination(), routes.get(i).destinationRaw());
        }
    }

    private static List<Route> parseInet(List<String> rows) {
        return Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet:",
                "Destination        Gateway            Flags               Netif Expire",
                String.join("\n", rows))).routes();
    }
}
