package dev.routediff.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "10.243.0.7, 10.243.0.7",
        "::, ::",
        "::1, ::1",
        "fe80::%lo0, fe80::%lo0",
        "fe80::1%utun3, fe80::1%utun3",
        "2600:1700:bab0:d40:f078:690e:f0ba:dfb, 2600:1700:bab0:d40:f078:690e:f0ba:dfb",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "::ffff:192.168.1.1, ::ffff:c0a8:101",
        "ff00::, ff00::",
        "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    })
    void parsesLiteralsToCanonicalText(String in, String canonical) {
        assertEquals(canonical, IpAddress.parse(in).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127", "10.1", "192.168.1", "300.1.2.3", "1.2.3.4.5", "1.2.3.", ".1.2.3", "01234.1.1.1",
        "1..2.3", "localhost", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "fe80::%", "12345::", "1:2", "", "a.b.c.d",
        "::1.2.3", "1.2.3.4%en0"})
    void rejectsWhatIsNotALiteral(String in) {
        assertNull(IpAddress.tryParse(in));
    }

    @Test
    void agreesWithTheJdkOnRandomIpv6Addresses() throws Exception {
        Random random = new Random(20261127L);
        for (int i = 0; i < 5000; i++) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            for (int b = 0; b < 16; b++) {
                if (random.nextInt(3) == 0) {
                    bytes[b] = 0; // zero runs exercise "::" placement
                }
            }
            String jdk = InetAddress.getByAddress(bytes).getHostAddress();
            IpAddress ours = IpAddress.parse(jdk);
            assertEquals(InetAddress.getByName(ours.toString()), InetAddress.getByAddress(bytes), jdk);
        }
    }

    @Test
    void masksAndCountsUp() {
        assertEquals("10.243.0.0", IpAddress.parse("10.243.0.7").masked(27).toString());
        assertEquals("10.243.0.1", IpAddress.parse("10.243.0.0").plus(1).toString());
        assertEquals("fe80::%en0", IpAddress.parse("fe80::1:2%en0").masked(64).toString());
        assertEquals("::1:0:0:0", IpAddress.parse("::ffff:ffff:ffff").plus(1).toString());
    }
}
