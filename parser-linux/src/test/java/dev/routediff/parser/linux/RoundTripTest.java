package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random tables printed the way the kernel and net-tools print them (independent printers, written from
 * the formats, not from the parsers) and read back.
 */
class RoundTripTest {

    private static final String PROC_HEADER = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT";

    private static Prefix randomPrefix(Random rnd) {
        int len = rnd.nextInt(33);
        return Prefix.of(IpAddress.ipv4(rnd.nextLong() & 0xFFFF_FFFFL), len);
    }

    private static long mask(int len) {
        return len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
    }

    /** The kernel's %08X of a host-order (little-endian) u32: the bytes of the address reversed. */
    private static String kernelHex(long networkOrder) {
        StringBuilder sb = new StringBuilder();
        for (int shift = 0; shift < 32; shift += 8) {
            sb.insert(0, String.format(Locale.ROOT, "%02X", (networkOrder >>> shift) & 0xFF));
        }
        // sb is now network order; the kernel prints the reverse byte order
        String s = sb.toString();
        return s.substring(6, 8) + s.substring(4, 6) + s.substring(2, 4) + s.substring(0, 2);
    }

    private static String dotted(long v) {
        return ((v >>> 24) & 0xFF) + "." + ((v >>> 16) & 0xFF) + "." + ((v >>> 8) & 0xFF) + "." + (v & 0xFF);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void procNetRouteHex(long seed) {
        Random rnd = new Random(seed);
        List<Prefix> prefixes = new ArrayList<>();
        List<Long> gateways = new ArrayList<>();
        StringBuilder text = new StringBuilder(PROC_HEADER).append('\n');
        for (int i = 0; i < 200; i++) {
            Prefix p = randomPrefix(rnd);
            long gw = rnd.nextInt(4) == 0 ? 0 : rnd.nextLong() & 0xFFFF_FFFFL;
            prefixes.add(p);
            gateways.add(gw);
            int flags = 1 | (gw != 0 ? 2 : 0) | (p.length() == 32 ? 4 : 0);
            text.append("eth").append(i % 3).append('\t').append(kernelHex(p.address().low())).append('\t')
                    .append(kernelHex(gw)).append('\t').append(String.format(Locale.ROOT, "%04X", flags))
                    .append("\t0\t0\t").append(rnd.nextInt(1000)).append('\t').append(kernelHex(mask(p.length())))
                    .append("\t0\t0\t0").append(" ".repeat(rnd.nextInt(40))).append('\n');
        }
        RouteTable t = Fixtures.parse(Fixtures.PROC_ROUTE, text.toString());
        assertEquals(200, t.size());
        for (int i = 0; i < 200; i++) {
            Route r = t.routes().get(i);
            assertEquals(prefixes.get(i), r.destination(), "seed " + seed + " row " + i);
            String gw = gateways.get(i) == 0 ? "eth" + (i % 3) : dotted(gateways.get(i));
            assertEquals(gw, r.gateway().text(), "seed " + seed + " row " + i);
            assertEquals(prefixes.get(i).length() == 32, r.host());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void routeNGenmask(long seed) {
        Random rnd = new Random(seed);
        List<Prefix> prefixes = new ArrayList<>();
        StringBuilder text = new StringBuilder(NetToolsRouteParser.TITLE_V4).append('\n')
                .append("Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n");
        for (int i = 0; i < 200; i++) {
            Prefix p = randomPrefix(rnd);
            prefixes.add(p);
            text.append(String.format(Locale.ROOT, "%-15s %-15s %-15s %-5s %-6d %-2d %8d %s%n",
                    dotted(p.address().low()), "0.0.0.0", dotted(mask(p.length())), p.length() == 32 ? "UH" : "U",
                    rnd.nextInt(1000), 0, rnd.nextInt(100000), "tun" + i));
        }
        RouteTable t = Fixtures.parse(Fixtures.ROUTE, text.toString());
        for (int i = 0; i < 200; i++) {
            assertEquals(prefixes.get(i), t.routes().get(i).destination(), "seed " + seed + " row " + i);
            assertEquals("tun" + i, t.routes().get(i).gateway().text());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void nonContiguousMasksAreRefused(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 100; i++) {
            long m = rnd.nextLong() & 0xFFFF_FFFFL;
            if (m == mask(Long.bitCount(m))) {
                continue; // contiguous by chance
            }
            String genmask = Fixtures.lines(NetToolsRouteParser.TITLE_V4,
                    "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface",
                    "0.0.0.0         0.0.0.0         " + dotted(m) + " U 0 0 0 eth0");
            assertEquals("test:3: expected a contiguous Genmask, found " + dotted(m),
                    assertThrows(RouteInputException.class, () -> Fixtures.parse(Fixtures.ROUTE, genmask)).getMessage());
            String proc = Fixtures.lines(PROC_HEADER, "eth0\t00000000\t00000000\t0001\t0\t0\t0\t" + kernelHex(m)
                    + "\t0\t0\t0");
            assertEquals("test:2: expected a contiguous Mask, found '" + kernelHex(m) + "' (" + dotted(m) + ")",
                    assertThrows(RouteInputException.class, () -> Fixtures.parse(Fixtures.PROC_ROUTE, proc)).getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ipv6ProcHex(long seed) {
        Random rnd = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<Prefix> prefixes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int len = rnd.nextInt(129);
            Prefix p = Prefix.of(IpAddress.ipv6(rnd.nextLong(), rnd.nextLong(), null), len);
            prefixes.add(p);
            text.append(String.format(Locale.ROOT, "%016x%016x %02x %032x 00 %032x %08x %08x %08x %08x %8s%n",
                    p.address().high(), p.address().low(), len, 0, 0, rnd.nextInt(2000), 1, 0, 1, "eth0"));
        }
        RouteTable t = Fixtures.parse(Fixtures.PROC_IPV6_ROUTE, text.toString());
        for (int i = 0; i < 100; i++) {
            assertEquals(prefixes.get(i), t.routes().get(i).destination(), "seed " + seed + " row " + i);
        }
    }
}
