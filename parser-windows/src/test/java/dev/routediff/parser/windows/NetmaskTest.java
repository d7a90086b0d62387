package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Netmask ↔ prefix length, exhaustively and through seeded random tables printed the way route print does. */
class NetmaskTest {

    private static final long SEED = 20261127L;

    @Test
    void everyLengthRoundTrips() {
        for (int len = 0; len <= 32; len++) {
            assertEquals(len, Netmasks.prefixLength(Netmasks.mask(len)), "/" + len);
        }
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0,0", "128.0.0.0,1", "192.0.0.0,2", "255.0.0.0,8", "255.255.240.0,20", "255.255.255.254,31",
            "255.255.255.255,32"})
    void knownMasks(String mask, int length) {
        assertEquals(length, Netmasks.prefixLength(IpAddress.parse(mask)));
        assertEquals(mask, Netmasks.mask(length).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"255.0.255.0", "0.255.255.255", "255.255.255.253", "127.0.0.0", "0.0.0.1"})
    void nonContiguousMasksAreRefused(String mask) {
        assertEquals(-1, Netmasks.prefixLength(IpAddress.parse(mask)));
    }

    @Test
    void seededRandomMasksAreContiguousOrRefused() {
        Random rnd = new Random(SEED);
        for (int i = 0; i < 5000; i++) {
            long bits = rnd.nextLong() & 0xFFFF_FFFFL;
            IpAddress mask = IpAddress.ipv4(bits);
            int len = Netmasks.prefixLength(mask);
            boolean contiguous = Long.toBinaryString(bits | (1L << 32)).substring(1).matches("1*0*");
            assertEquals(contiguous, len >= 0, mask.toString());
            if (contiguous) {
                assertEquals(mask, Netmasks.mask(len));
            }
        }
    }

    /** Random routes printed with route print's right-aligned columns parse back to the same prefixes. */
    @Test
    void seededRandomTableRoundTrips() {
        Random rnd = new Random(SEED);
        List<Prefix> expected = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int len = rnd.nextInt(33);
            Prefix p = Prefix.of(IpAddress.ipv4(rnd.nextLong() & 0xFFFF_FFFFL), len);
            expected.add(p);
            String gateway = rnd.nextBoolean() ? "On-link" : IpAddress.ipv4(rnd.nextLong() & 0xFFFF_FFFFL).toString();
            String iface = IpAddress.ipv4(rnd.nextLong() & 0xFFFF_FFFFL).toString();
            rows.add(String.format("%17s%17s%17s%17s%7d", p.address(), Netmasks.mask(len), gateway, iface, rnd.nextInt(10000)));
        }
        RouteTable t = Fixtures.parse(Fixtures.v4Table(rows.toArray(String[]::new)));
        assertEquals(expected.size(), t.size());
        for (int i = 0; i < expected.size(); i++) {
            Route r = t.routes().get(i);
            assertEquals(expected.get(i), r.destination(), rows.get(i));
            assertEquals(Netmasks.mask(expected.get(i).length()).toString(), r.attributes().get("Netmask"));
            assertEquals(expected.get(i).length() == 32, r.host());
        }
    }
}
