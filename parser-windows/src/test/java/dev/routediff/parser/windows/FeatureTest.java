package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.testkit.GoldenJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per feature of the format, on inline samples shaped like the real ones. */
class FeatureTest {

    @Test
    void ipv4RowBecomesPrefixGatewayInterfaceAndMetric() {
        Route r = Fixtures.v4Row("     172.17.96.0    255.255.240.0      172.17.96.9      172.17.96.1   5256");
        assertEquals(AddressFamily.INET, r.family());
        assertEquals(Prefix.parse("172.17.96.0/20"), r.destination());
        assertEquals("172.17.96.0", r.destinationRaw());
        assertEquals(new Gateway.Address(IpAddress.parse("172.17.96.9")), r.gateway());
        assertEquals("172.17.96.1", r.iface());
        assertEquals(Map.of("Netmask", "255.255.240.0"), r.attributes());
        assertEquals(5256L, r.metric());
        assertEquals(11, r.line());
        assertFalse(r.host());
    }

    @Test
    void hostMaskIsAHostRoute() {
        Route r = Fixtures.v4Row("   192.168.31.221  255.255.255.255         On-link    192.168.31.221    286");
        assertTrue(r.host());
        assertEquals(Prefix.parse("192.168.31.221/32"), r.destination());
    }

    @Test
    void onLinkIsTheRoutesOwnInterface() {
        Route r = Fixtures.v4Row("     192.168.24.0    255.255.255.0         On-link      192.168.24.1    291");
        assertEquals(new Gateway.Interface("192.168.24.1"), r.gateway());
    }

    @ParameterizedTest
    @ValueSource(strings = {"On-link", "En vínculo", "Auf Verbindung", "Op koppeling", "在链路上"})
    void localizedOnLinkIsOnLink(String onLink) {
        Route r = Fixtures.v4Row("     192.168.24.0    255.255.255.0   " + onLink + "      192.168.24.1    291");
        assertEquals(new Gateway.Interface("192.168.24.1"), r.gateway());
        assertEquals(291L, r.metric());
    }

    @Test
    void wrappedIpv6RowsAreJoined() {
        RouteTable t = Fixtures.parse(Fixtures.v6Table(
                "  6    286 fe80::/64                On-link",
                "  6    286 fe80::244e:2f1e:2096:62b2/128",
                "                                    On-link",
                "  6    286 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1/128",
                "                                    fe80::1"));
        assertEquals(3, t.size());
        Route wrapped = t.routes().get(1);
        assertEquals(Prefix.parse("fe80::244e:2f1e:2096:62b2/128"), wrapped.destination());
        assertEquals(new Gateway.Interface("Intel(R) Wi-Fi 6 AX201 160MHz"), wrapped.gateway());
        assertEquals(12, wrapped.line());
        assertTrue(wrapped.host());
        Route viaRouter = t.routes().get(2);
        assertEquals(new Gateway.Address(IpAddress.parse("fe80::1")), viaRouter.gateway());
        assertEquals(14, viaRouter.line());
    }

    @Test
    void ipv6InterfaceIndexIsNamedFromTheInterfaceList() {
        RouteTable t = Fixtures.parse(Fixtures.v6Table(
                "  1    331 ::1/128                  On-link",
                "  9    286 ff00::/8                 On-link"));
        Route loopback = t.routes().get(0);
        assertEquals("Software Loopback Interface 1", loopback.iface());
        assertEquals(Map.of("If", "1"), loopback.attributes());
        assertEquals(331L, loopback.metric());
        // 9 is not in the list (real: windows-10__route.out): the index is kept rather than a name invented
        assertEquals("9", t.routes().get(1).iface());
    }

    @Test
    void threeDigitInterfaceIndexStartsAtColumnZero() {
        RouteTable t = Fixtures.parse(Fixtures.v6Table(
                "123    291 2001:db8:1::/48          2001:db8::",
                "123    291 2001:db8:2222:3333:4444:5555:6666:7777/128",
                "                                    On-link"));
        assertEquals(2, t.size());
        assertEquals(new Gateway.Address(IpAddress.parse("2001:db8::")), t.routes().get(0).gateway());
        assertEquals("123", t.routes().get(0).iface());
        assertEquals(new Gateway.Interface("123"), t.routes().get(1).gateway());
    }

    @Test
    void persistentRoutesAreLeftOut() {
        RouteTable t = Fixtures.parseFile("windows-10__route.out");
        long v4 = t.section(AddressFamily.INET).size();
        assertEquals(47, v4); // 47 active rows; the persistent 157.0.0.0/8 row is not a route of the live table
        assertEquals(26, t.section(AddressFamily.INET6).size());
        RouteTable jackpal = Fixtures.parseFile("jackpal-gateway__windows.txt");
        assertEquals(4, jackpal.size());
        assertTrue(jackpal.routes().stream().noneMatch(r -> r.destinationRaw().equals("192.168.1.255")));
    }

    @Test
    void noneSectionsAndIpv6OnlyOutput() {
        RouteTable t = Fixtures.parseFile("jackpal-gateway__windowsMultipleGateways.txt");
        assertEquals(2, t.size());
        assertTrue(t.section(AddressFamily.INET6).isEmpty());
        RouteTable v6only = Fixtures.parse(Fixtures.v6Table("  1    331 ::1/128                  On-link"));
        assertEquals(1, v6only.size());
    }

    @Test
    void localizedSamplesParseLikeEnglish() {
        RouteTable french = Fixtures.parseFile("jackpal-gateway__windowsLocalized.txt");
        assertEquals(1, french.size());
        RouteTable spanish = Fixtures.parseFile("jackpal-gateway__windowsLocalized2.txt");
        assertEquals(2, spanish.size());
        assertEquals(new Gateway.Interface("123.45.0.10"), spanish.routes().get(1).gateway());
        assertEquals(Prefix.parse("0.0.0.0/2"), spanish.routes().get(1).destination());
    }

    @Test
    void germanLayoutParses() {
        RouteTable t = Fixtures.parse(Fixtures.lines(
                "===========================================================================",
                "Schnittstellenliste",
                "  6...cc 15 31 1e 58 07 ......Intel(R) Wi-Fi 6 AX201 160MHz",
                "  1...........................Software Loopback Interface 1",
                "===========================================================================",
                "",
                "IPv4-Routentabelle",
                "===========================================================================",
                "Aktive Routen:",
                "     Netzwerkziel    Netzwerkmaske          Gateway    Schnittstelle Metrik",
                "          0.0.0.0          0.0.0.0      192.168.1.1    192.168.1.20     25",
                "      192.168.1.0    255.255.255.0   Auf Verbindung      192.168.1.20    281",
                "===========================================================================",
                "Ständige Routen:",
                "  Keine",
                "",
                "IPv6-Routentabelle",
                "===========================================================================",
                "Aktive Routen:",
                " If Metrik Netzwerkziel             Gateway",
                "  1    331 ::1/128                  Auf Verbindung",
                "===========================================================================",
                "Ständige Routen:",
                "  Keine"));
        assertEquals(3, t.size());
        assertEquals(new Gateway.Interface("192.168.1.20"), t.routes().get(1).gateway());
        assertEquals(new Gateway.Interface("Software Loopback Interface 1"), t.routes().get(2).gateway());
    }

    @Test
    void lineEndingsDoNotMatter() {
        String crlf = Fixtures.read("windows-10__route.out");
        assertTrue(crlf.contains("\r\n"));
        String lf = crlf.replace("\r\n", "\n");
        String cr = crlf.replace("\r\n", "\r");
        var expected = GoldenJson.tree(Fixtures.parse(crlf));
        assertEquals(expected, GoldenJson.tree(Fixtures.parse(lf)));
        assertEquals(expected, GoldenJson.tree(Fixtures.parse(cr)));
    }

    @Test
    void shellPromptAndOtherOutputBeforeTheFirstRuleAreSkipped() {
        RouteTable t = Fixtures.parseFile("cstdout-computer_networks__netstat_rn.txt");
        assertEquals(16, t.section(AddressFamily.INET).size());
        assertEquals(8, t.section(AddressFamily.INET6).size());
        assertEquals(216, t.routes().get(0).line());
    }

    @Test
    void interfaceRowsWithBlankBeforeDotsAndEightByteAddresses() {
        RouteTable t = Fixtures.parse(Fixtures.lines(
                "===========================================================================",
                "Interface List",
                "  8 ...00 12 3f a7 17 ba ...... Intel(R) PRO/100 VE Network Connection",
                " 13...00 00 00 00 00 00 00 e0 Microsoft ISATAP Adapter",
                " 12...00 00 00 00 00 00 00 e0 ......Teredo Tunneling Pseudo-Interface",
                "===========================================================================",
                "IPv6 Route Table",
                "===========================================================================",
                "Active Routes:",
                " If Metric Network Destination      Gateway",
                "  8    281 fe80::/64                On-link",
                " 12    306 2001::/32                On-link",
                "===========================================================================",
                "Persistent Routes:",
                "  None"));
        assertEquals("Intel(R) PRO/100 VE Network Connection", t.routes().get(0).iface());
        assertEquals("Teredo Tunneling Pseudo-Interface", t.routes().get(1).iface());
    }
}
