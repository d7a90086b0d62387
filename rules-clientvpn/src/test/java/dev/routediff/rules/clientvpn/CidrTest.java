package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SubnetUtils-backed arithmetic agrees with core's Prefix, including at /0, /31 and /32. */
class CidrTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 27, 2022_03_24, 0xC0FFEE})
    void agreesWithPrefixOnRandomInputs(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            IpAddress ip = IpAddress.ipv4(random.nextInt() & 0xFFFF_FFFFL);
            IpAddress other = IpAddress.ipv4(random.nextInt() & 0xFFFF_FFFFL);
            int length = random.nextInt(33);
            Prefix p = Prefix.of(ip, length);
            String at = ip + "/" + length + " seed " + seed;
            assertEquals(p, Cidr.subnetOf(ip, length), at);
            assertTrue(Cidr.inRange(p, ip), at);
            assertEquals(p.contains(other), Cidr.inRange(p, other), at + " vs " + other);
            Prefix inner = Prefix.of(other, random.nextInt(33));
            assertEquals(p.contains(inner), Cidr.covers(p, inner), at + " covers " + inner);
            if (length < 32) {
                List<Prefix> halves = Cidr.halves(p);
                assertEquals(p.address(), halves.get(0).address(), at);
                assertEquals(p.address().plus(1L << (31 - length)), halves.get(1).address(), at);
                assertTrue(halves.stream().allMatch(h -> p.contains(h) && h.length() == length + 1), at);
            }
        }
    }

    @Test
    void quirks() {
        assertEquals(List.of(Prefix.parse("0.0.0.0/1"), Prefix.parse("128.0.0.0/1")), Cidr.halves(Prefix.DEFAULT_V4));
        assertTrue(Cidr.inRange(Prefix.DEFAULT_V4, IpAddress.parse("255.255.255.255")));
        assertTrue(Cidr.inRange(Prefix.parse("10.0.0.0/31"), IpAddress.parse("10.0.0.1")));
        assertTrue(Cidr.inRange(Prefix.parse("10.0.0.5/32"), IpAddress.parse("10.0.0.5")));
        assertFalse(Cidr.inRange(Prefix.parse("10.0.0.5/32"), IpAddress.parse("10.0.0.6")));
        assertEquals(Prefix.parse("10.243.0.0/27"), Cidr.subnetOf(IpAddress.parse("10.243.0.7"), 27));
    }

    @Test
    void privateLans() {
        assertTrue(Cidr.isPrivateLan(Prefix.parse("192.168.0.0/24")));
        assertTrue(Cidr.isPrivateLan(Prefix.parse("172.31.1.0/24")));
        assertTrue(Cidr.isPrivateLan(Prefix.parse("169.254.0.0/16")));
        assertFalse(Cidr.isPrivateLan(Prefix.parse("198.19.249.0/24")));
        assertFalse(Cidr.isPrivateLan(Prefix.parse("100.64.0.0/10")));
        assertFalse(Cidr.isPrivateLan(Prefix.parse("172.0.0.0/8")), "wider than 172.16/12");
    }
}
