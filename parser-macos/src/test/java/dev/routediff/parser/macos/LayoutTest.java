package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gateway forms, Expire, line ends and blanks, and the column layouts of each macOS version (reference §3, §6, §8). */
class LayoutTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "192.168.1.1,                     address",
            "fe80::%utun0,                    address",
            "fe80::feae:34ff:fea1:3a80%en0,   address",
            "::1,                             address",
            "link#4,                          link",
            "0:fc:8b:6b:f4:9e,                mac",
            "e:f0:9b:a7:3:46,                 mac",
            "ff:ff:ff:ff:ff:ff,               mac",
            "utun6,                           interface",
            "ppp0,                            interface",
            "16.7d.da.9a.15.64,               other",
            "foo,                             other",
    })
    void gatewayForms(String printed, String kind) {
        Route r = Fixtures.inetRow("10/16              " + printed + "   USc   en0");
        assertEquals(kind, r.gateway().kind());
        assertEquals(printed, r.gateway().text());
    }

    @Test
    void linkNtoaTextIsNotAnAddress() {
        Gateway g = Fixtures.inetRow("192.168.64.1       16.7d.da.9a.15.64  UHLWI   lo0").gateway();
        assertInstanceOf(Gateway.Other.class, g);
    }

    @Test
    void expireForms() {
        List<Route> rs = Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet:",
                "Destination        Gateway            Flags               Netif Expire",
                "default            10.120.10.1        UGScg                 en8       ",
                "169.254            link#23            UCS                   en8      !",
                "10.120.10.1        0:0:c:7:ac:78      UHLWIir               en8   1151",
                "127.0.0.1          127.0.0.1          UH                    lo0")).routes();
        assertEquals(Expire.NONE, rs.get(0).expire());
        assertEquals(Expire.EXPIRED, rs.get(1).expire());
        assertEquals(Expire.seconds(1151), rs.get(2).expire());
        assertEquals(Expire.NONE, rs.get(3).expire());
    }

    @Test
    void crlfTrailingBlanksAndWhitespaceOnlyLines() {
        String text = "Routing tables\r\n\r\nInternet:\r\n"
                + "Destination        Gateway            Flags           Netif Expire\r\n"
                + "default            192.168.0.1        UGScg             en0       \r\n"
                + "   \t  \r\n"
                + "169.254            link#6             UCS               en0      !\r\n"
                + "                            ";
        RouteTable t = Fixtures.parse(text);
        assertEquals(2, t.size());
        assertEquals(5, t.routes().get(0).line());
        assertEquals(7, t.routes().get(1).line());
        assertEquals("en0", t.routes().get(0).iface());
        assertEquals(Expire.EXPIRED, t.routes().get(1).expire());
    }

    @Test
    void emptyTable() {
        assertEquals(0, Fixtures.parse("Routing tables\n").size());
        assertEquals(0, Fixtures.parse("Routing tables\n\nInternet6:\n"
                + "Destination                             Gateway                                 Flags               Netif Expire\n").size());
    }

    @Test
    void sectionsGiveTheFamilyAndHeadersAreReadPerSection() {
        RouteTable t = Fixtures.parseFile("walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out");
        assertEquals(24, t.section(AddressFamily.INET).size());
        assertEquals(66, t.section(AddressFamily.INET6).size());
    }

    @Test
    void refsAndUseOnOldDefaultOutput() {
        // macOS 10.14 netstat -rn: Refs and Use for IPv4 only, Netif width 7/8
        List<Route> rs = Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet:",
                "Destination        Gateway            Flags        Refs      Use   Netif Expire",
                "default            192.168.1.254      UGSc           85       24     en0       ",
                "192.168.71.160     link#20            UHLWIi          1     1708  vmnet8      !",
                "", "Internet6:",
                "Destination                             Gateway                         Flags         Netif Expire",
                "fe80::%lo0/64                           fe80::1%lo0                     UcI             lo0       ")).routes();
        assertEquals(Map.of("Refs", "85", "Use", "24"), rs.get(0).attributes());
        assertEquals("vmnet8", rs.get(1).iface());
        assertEquals(Expire.EXPIRED, rs.get(1).expire());
        assertTrue(rs.get(2).attributes().isEmpty());
        assertEquals(AddressFamily.INET6, rs.get(2).family());
    }

    @Test
    void dashLWithRtIfaMissingOnSomeRowsAndBlankMtu() {
        // 10.15+ netstat -rnl: RT_IFA only when the route has an interface address, Mtu blank when 0
        List<Route> rs = Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet:",
                "Destination        Gateway            RT_IFA             Flags        Refs      Use    Mtu          Netif Expire",
                "default            192.168.1.1        192.168.1.20       UGScg          12        0   1500            en0       ",
                "127                127.0.0.1          127.0.0.1          UCS             0        0  16384            lo0       ",
                "169.254            link#6             UCS             0        0   1500            en0      !",
                "224.0.0/4          link#6             UmCS            1        0                   en0      !",
                "192.168.1.1        0:25:90:38:94:4    192.168.1.20       UHLWIir        3       17   1500            en0   1190"))
                .routes();
        assertEquals(5, rs.size());
        assertEquals(Map.of("RT_IFA", "192.168.1.20", "Refs", "12", "Use", "0", "Mtu", "1500"), rs.get(0).attributes());
        assertEquals(List.of("RT_IFA", "Refs", "Use", "Mtu"), List.copyOf(rs.get(0).attributes().keySet()));
        assertEquals("UCS", rs.get(2).flags().text());
        assertFalse(rs.get(2).attributes().containsKey("RT_IFA"));
        assertEquals(Map.of("Refs", "1", "Use", "0"), rs.get(3).attributes());
        assertEquals(Expire.EXPIRED, rs.get(3).expire());
        assertEquals("0:25:90:38:94:4", rs.get(4).gateway().text());
        assertEquals(Expire.seconds(1190), rs.get(4).expire());
        assertEquals("UHLWIir", rs.get(4).flags().text());
    }

    @Test
    void netifWidthsAreNotOffsets() {
        // Netif 7 (<=11), 10 (12-13, as in the jackpal capture), 14 (14+) and an over-long gateway pushing columns right
        String[] rows = {
                "default            192.168.1.1        UGSc          en0",
                "default            192.168.1.1        UGSc             en0",
                "default            192.168.1.1        UGSc                 en0",
                "default            192.168.1.1        UGSc    bridge100",
        };
        for (String row : rows) {
            assertEquals(row.strip().substring(row.strip().lastIndexOf(' ') + 1), Fixtures.inetRow(row).iface());
        }
        Route wide = Fixtures.inet6Row("fe80::%utun3/64                         fe80::1188:a032:c478:4b13%utun3 UcI   utun3");
        assertEquals("utun3", wide.iface());
    }

    @Test
    void stderrNoiseLinesAreSkipped() {
        RouteTable t = Fixtures.parse(Fixtures.lines("Routing tables", "", "Internet6:",
                "Destination                             Gateway                                 Flags               Netif Expire",
                "illegal prefixlen",
                "netstat: sysctl: net.route.0.0.dump: Cannot allocate memory",
                "::1                                     ::1                                     UHL                   lo0"));
        assertEquals(1, t.size());
        assertEquals(7, t.routes().get(0).line());
    }

    @Test
    void bareTableWithoutRoutingTablesLineTakesTheFamilyFromTheHeaderWidth() {
        RouteTable v4 = Fixtures.parse(Fixtures.lines(
                "Destination        Gateway            Flags           Netif Expire",
                "10.243/27          10.243.0.7         UGSc            utun3"));
        assertEquals(AddressFamily.INET, v4.routes().get(0).family());
        RouteTable v6 = Fixtures.parse(Fixtures.lines(
                "Destination                             Gateway                                 Flags               Netif Expire",
                "default                                 fe80::%utun0                            UGcIg               utun0"));
        assertEquals(AddressFamily.INET6, v6.routes().get(0).family());
    }

    @Test
    void unknownFlagLettersAreKept() {
        Route r = Fixtures.inetRow("10/8   link#6   UCSPz   en0");
        assertEquals("Pz", r.flags().unknown());
    }
}
