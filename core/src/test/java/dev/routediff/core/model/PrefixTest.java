package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrefixTest {

    @ParameterizedTest
    @CsvSource({
        "default, 0.0.0.0/0",
        "10.243.0.0/27, 10.243.0.0/27",
        "10.243.0.7/27, 10.243.0.0/27",
        "8.8.8.8, 8.8.8.8/32",
        "0.0.0.0/1, 0.0.0.0/1",
        "128.0.0.0/1, 128.0.0.0/1",
        "2000::/3, 2000::/3",
        "::1, ::1/128",
        "fe80::%lo0/64, fe80::%lo0/64",
    })
    void parsesCanonicalCidr(String in, String canonical) {
        assertEquals(canonical, Prefix.parse(in).toString());
    }

    @Test
    void rejectsBadCidrWithAReadableMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prefix.parse("300.1.2.0/24"));
        assertEquals("'300.1.2.0/24' is not a CIDR block such as 10.0.0.0/16", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Prefix.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Prefix.parse("10.0.0.0/"));
        assertThrows(IllegalArgumentException.class, () -> Prefix.parse("10/8"));
    }

    @Test
    void containmentMatchesABitByBitDefinition() {
        Random random = new Random(7L);
        for (int i = 0; i < 20000; i++) {
            int len = random.nextInt(33);
            Prefix p = Prefix.of(IpAddress.ipv4(random.nextInt() & 0xFFFFFFFFL), len);
            IpAddress a = random.nextBoolean() ? p.address().plus(random.nextInt((int) Math.min(Integer.MAX_VALUE, 1L << (32 - len))))
                    : IpAddress.ipv4(random.nextInt() & 0xFFFFFFFFL);
            boolean expected = true;
            for (int b = 0; b < len; b++) {
                expected &= a.bit(b) == p.address().bit(b);
            }
            assertEquals(expected, p.contains(a), p + " contains " + a);
        }
    }

    @Test
    void edgeCasesThatSubnetUtilsGetsWrong() {
        assertTrue(Prefix.DEFAULT_V4.contains(IpAddress.parse("0.0.0.0")));
        assertTrue(Prefix.DEFAULT_V4.contains(IpAddress.parse("255.255.255.255")));
        assertTrue(Prefix.parse("10.0.0.1/32").contains(IpAddress.parse("10.0.0.1")));
        assertEquals(1, Prefix.parse("10.0.0.1/32").ipv4Size());
        assertEquals(2, Prefix.parse("10.0.0.0/31").ipv4Size());
        assertEquals("10.243.0.1", Prefix.parse("10.243.0.0/27").firstHost().toString());
        assertFalse(Prefix.parse("10.0.0.0/8").contains(IpAddress.parse("::1")));
    }

    @Test
    void irregularMasksAreKeptNotRounded() {
        Prefix p = new Prefix(IpAddress.parse("0.0.0.0"), -1, "0x68");
        assertEquals("0.0.0.0&0x68", p.toString());
        assertTrue(p.isIrregular());
        assertFalse(p.contains(IpAddress.parse("0.0.0.0")));
    }
}
