package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reconstruction rules of reference §4 (IPv4) and §5 (IPv6), one row each, through a whole table row. */
class DestinationRulesTest {

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
            // every row of the §4 table
            "default,            UGScg,  0.0.0.0/0",
            "127,                UCS,    127.0.0.0/8",
            "10,                 USc,    10.0.0.0/8",
            "10/16,              UGSc,   10.0.0.0/16",
            "10/10,              UGSc,   10.0.0.0/10",
            "10.24/16,           USc,    10.24.0.0/16",
            "10.243/27,          UGSc,   10.243.0.0/27",
            "10.181.10/23,       UCS,    10.181.10.0/23",
            "0/1,                UScg,   0.0.0.0/1",
            "128.0/1,            USc,    128.0.0.0/1",
            "100.64/10,          UGSc,   100.64.0.0/10",
            "169.254,            UCS,    169.254.0.0/16",
            "172.16/24,          UGSc,   172.16.0.0/24",
            "172.16.32/24,       UGSc,   172.16.32.0/24",
            "192.168.1,          UCS,    192.168.1.0/24",
            "192.168.0/16,       UGSc,   192.168.0.0/16",
            "192.168.1.128/25,   UGSc,   192.168.1.128/25",
            "192.168.1.1/32,     UCS,    192.168.1.1/32",
            "192.168.1.1,        UHLWIir, 192.168.1.1/32",
            "224.0.0/4,          UmCS,   224.0.0.0/4",
            "255.255.255.255/32, UCS,    255.255.255.255/32",
            // classful lengths at the class borders, and four octets without H
            "0,                  UCS,    0.0.0.0/8",
            "128,                UCS,    128.0.0.0/16",
            "191.255,            UCS,    191.255.0.0/16",
            "192,                UCS,    192.0.0.0/24",
            "239.1.2,            UCS,    239.1.2.0/24",
            "10.1.2.3,           UCS,    10.1.2.3/32",
    })
    void ipv4(String printed, String flags, String canonical) {
        Route r = Fixtures.inetRow(printed + "   link#6   " + flags + "   en0");
        assertEquals(canonical, r.destination().toString());
        assertEquals(printed, r.destinationRaw());
        assertEquals(AddressFamily.INET, r.family());
    }

    @Test
    void slash32NetworkAndHostRouteCoverTheSameAddressButDifferInHost() {
        Route net = Fixtures.inetRow("192.168.1.1/32     link#6             UCS               en0      !");
        Route host = Fixtures.inetRow("192.168.1.1        90:f3:5:ee:a2:bb   UHLWIir           en0   1174");
        assertEquals(net.destination(), host.destination());
        assertFalse(net.host());
        assertTrue(host.host());
    }

    @Test
    void hostFlagMakesAShortAddressAHost() {
        Route r = Fixtures.inetRow("10.1   link#6   UH   en0");
        assertEquals("10.1.0.0/32", r.destination().toString());
        assertTrue(r.host());
    }

    @Test
    void irregularMaskIsKeptNotRounded() {
        String junk = "73.73.73.73.3.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";
        Route r = Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet:",
                "Destination        Gateway            Flags        Refs      Use   Netif Expire",
                "0&0x68             " + junk + " USc             6        0     en0")).routes().get(0);
        Prefix p = r.destination();
        assertTrue(p.isIrregular());
        assertEquals(-1, p.length());
        assertEquals("0x68", p.irregularMask());
        assertEquals("0.0.0.0&0x68", p.toString());
        assertEquals("0&0x68", r.destinationRaw());
        assertEquals("other", r.gateway().kind());
        assertEquals(junk, r.gateway().text());
    }

    @Test
    void truncatedIrregularMaskOnANetwork() {
        Prefix p = Fixtures.inetRow("10.1&0xffff   link#6   UCS   en0").destination();
        assertEquals("10.1.0.0&0xffff", p.toString());
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
            "default,                        UGcIg,   ::/0",
            "::1,                            UHL,     ::1/128",
            "fe80::%lo0/64,                  UcI,     fe80::%lo0/64",
            "fe80::1%lo0,                    UHLI,    fe80::1%lo0/128",
            "ff00::/8,                       UmCI,    ff00::/8",
            "ff01::%utun3/32,                UmCI,    ff01::%utun3/32",
            "2600:1700:bab0:d40::/64,        UC,      2600:1700:bab0:d40::/64",
            "2600:1700:bab0:d40::1,          UHLWIi,  2600:1700:bab0:d40::1/128",
            "::/96,                          UGRS,    ::/96",
            "::ffff:0.0.0.0/96,              UGRS,    ::ffff:0:0/96",
            "fe80::cf0:9bff:fea7:346%en0,    UHLWI,   fe80::cf0:9bff:fea7:346%en0/128",
    })
    void ipv6(String printed, String flags, String canonical) {
        Route r = Fixtures.inet6Row(printed + "   link#6   " + flags + "   en0");
        assertEquals(canonical, r.destination().toString());
        assertEquals(AddressFamily.INET6, r.family());
    }

    @Test
    void ipv6ZoneIsKeptOnTheAddress() {
        Prefix p = Fixtures.inet6Row("fe80::%utun0/64   fe80::53b2:8d35:9bd7:daa2%utun0   UcI   utun0").destination();
        assertEquals("utun0", p.address().zone());
        assertEquals(64, p.length());
    }
}
