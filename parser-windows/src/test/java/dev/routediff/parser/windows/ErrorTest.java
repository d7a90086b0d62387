package dev.routediff.parser.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.spi.RouteInputException;
import org.junit.jupiter.api.Test;

/** Bad input ends in exactly one line naming the source, the line and what was expected. */
class ErrorTest {

    private static final String RULE = "===========================================================================";

    private static void fails(String text, String message) {
        RouteInputException e = assertThrows(RouteInputException.class, () -> Fixtures.parse(text));
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void notRoutePrintAtAll() {
        fails(Fixtures.lines("", "Kernel IP routing table", "Destination     Gateway"),
                "test:2: expected route print output (from its ==== line, the interface list, 'IPv4 Route Table', "
                        + "'Active Routes:' or the column header), found 'Kernel IP routing table'");
    }

    @Test
    void nonContiguousNetmask() {
        fails(Fixtures.v4Table("        10.0.0.0      255.0.255.0         On-link         10.0.0.2     25"),
                "test:11: expected a contiguous netmask such as 255.255.255.0, found '255.0.255.0'");
    }

    @Test
    void destinationWithBitsOutsideItsMask() {
        fails(Fixtures.v4Table("        10.0.0.1    255.255.255.0         On-link         10.0.0.2     25"),
                "test:11: expected a destination with no bits outside its prefix (Windows prints 10.0.0.0/24), "
                        + "found '10.0.0.1 with netmask 255.255.255.0'");
    }

    @Test
    void hostNamesAreRefusedWithTheCommandToRun() {
        fails(Fixtures.v4Table("      router.lan  255.255.255.255         On-link         10.0.0.2     25"),
                "test:11: expected an IPv4 address as the network destination (run route print, which prints addresses, "
                        + "not names), found the name 'router.lan'");
        fails(Fixtures.v4Table("         0.0.0.0          0.0.0.0     gateway.lan         10.0.0.2     25"),
                "test:11: expected an IPv4 address or On-link as the gateway (run route print, which prints addresses, "
                        + "not names), found the name 'gateway.lan'");
        fails(Fixtures.v4Table("         0.0.0.0          0.0.0.0        10.0.0.1          laptop     25"),
                "test:11: expected an IPv4 address as the interface address (run route print, which prints addresses, "
                        + "not names), found the name 'laptop'");
    }

    @Test
    void shortAndMalformedIpv4Rows() {
        fails(Fixtures.v4Table("         0.0.0.0          0.0.0.0        10.0.0.1     25"),
                "test:11: expected an IPv4 row of 5 columns (destination, netmask, gateway, interface, metric), "
                        + "found '0.0.0.0          0.0.0.0        10.0.0.1     25'");
        fails(Fixtures.v4Table("         0.0.0.0          0.0.0.0        10.0.0.1         10.0.0.2  Default"),
                "test:11: metric must be a whole number 0..4294967295, found 'Default'");
        fails(Fixtures.v4Table("         0.0.0.0          0.0.0.0        2001:db8::1      10.0.0.2     25"),
                "test:11: expected an IPv4 address or On-link as the gateway, found '2001:db8::1'");
    }

    @Test
    void wrappedRowWithoutItsGateway() {
        fails(Fixtures.v6Table("  6    286 fe80::244e:2f1e:2096:62b2/128", "  6    286 fe80::/64                On-link"),
                "test:12: expected the gateway of the IPv6 row on line 11 alone on this line, found '6    286 fe80::/64                On-link'");
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv6 Route Table", RULE, "Active Routes:",
                        " If Metric Network Destination      Gateway", "  6    286 fe80::244e:2f1e:2096:62b2/128"),
                "test:9: expected the gateway of the IPv6 row on line 8 on the next line, found the end of the input");
    }

    @Test
    void malformedIpv6Rows() {
        fails(Fixtures.v6Table("  6    286 fe80::                   On-link"),
                "test:11: expected an IPv6 destination with a prefix length 0..128 such as fe80::/64, found 'fe80::'");
        fails(Fixtures.v6Table("  6    286 fe80::1/64               On-link"),
                "test:11: expected a destination with no bits outside its prefix (Windows prints fe80::/64), found 'fe80::1/64'");
        fails(Fixtures.v6Table("  6    286 10.0.0.0/8               On-link"),
                "test:11: expected an IPv6 address as the network destination, found '10.0.0.0'");
    }

    @Test
    void interfaceListProblems() {
        fails(Fixtures.lines(RULE, "Interface List", "  1...........................Loopback", "  junk here"),
                "test:4: expected an interface row such as ' 12...00 15 5d 0e 76 41 ......Ethernet Adapter' or a ==== line, "
                        + "found 'junk here'");
        fails(Fixtures.lines(RULE, "Interface List", "  1...........................Loopback", "  1...........................Again", RULE),
                "test:4: expected each interface index once in the interface list, found 1 again (first on line 3)");
        fails(Fixtures.lines(RULE, "Interface List", "  1...........................Loopback", RULE),
                "test:5: expected an IPv4 or IPv6 route table after the interface list, found the end of the input");
    }

    @Test
    void structureProblems() {
        fails(Fixtures.lines(RULE, "Interface List", RULE, "Route Table", RULE),
                "test:4: expected a table title naming IPv4 or IPv6 (such as 'IPv4 Route Table'), found 'Route Table'");
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv4 Route Table", "Active Routes:"),
                "test:6: expected the rows of the Active Routes section (or None), found the end of the input");
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv4 Route Table", "Some other line"),
                "test:5: expected a ==== line or a section title such as 'Active Routes:' under the table title, found "
                        + "'Some other line'");
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv4 Route Table", RULE, "Active Routes:"),
                "test:7: expected the rows of the Active Routes section (or None), found the end of the input");
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv4 Route Table", RULE, "Active Routes:",
                        "         0.0.0.0          0.0.0.0        10.0.0.1         10.0.0.2     25"),
                "test:7: expected a column header such as 'Network Destination  Netmask  Gateway  Interface  Metric' "
                        + "before the first row, found '0.0.0.0          0.0.0.0        10.0.0.1         10.0.0.2     25'");
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv4 Route Table", RULE, "Active Routes:", "  None",
                        "Persistent Routes:", "  None", "Third Section:"),
                "test:10: expected a table title or the end of the input after the Persistent Routes section, found 'Third Section:'");
    }

    @Test
    void twoDumpsInOneFileAreNotMerged() {
        String one = Fixtures.read("jackpal-gateway__windowsMultipleGateways.txt");
        fails(one + "\n" + one, "test:28: expected one route table per input, found a second interface list starting here "
                + "(the first starts at line 1); tables are not merged: split it there, e.g. head -n 27 test > before.txt; "
                + "tail -n +28 test > after.txt");
    }

    @Test
    void persistentRowsAreCheckedThoughLeftOut() {
        fails(Fixtures.lines(RULE, "Interface List", RULE, "IPv4 Route Table", RULE, "Active Routes:", "  None",
                        "Persistent Routes:", "  Network Address          Netmask  Gateway Address  Metric",
                        "         10.0.0.0      255.0.255.0       10.88.88.2  Default"),
                "test:10: expected a contiguous netmask such as 255.255.255.0, found '255.0.255.0'");
    }
}
