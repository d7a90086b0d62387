package dev.routediff.parser.macos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal names the line and says what was expected and what was found, on one line. */
class ErrorTest {

    private static final String V4_HEADER = "Destination        Gateway            Flags           Netif Expire";
    private static final String V6_HEADER =
            "Destination                             Gateway                                 Flags               Netif Expire";

    private static RouteInputException refuse(String text) {
        return assertThrows(RouteInputException.class, () -> Fixtures.parse(text));
    }

    private static RouteInputException refuseInetRow(String row) {
        return refuse(Fixtures.lines("Routing tables", "", "Internet:", V4_HEADER,
                "default            192.168.0.1        UGScg             en0", row));
    }

    private static void assertProblem(RouteInputException e, int line, String problem) {
        assertEquals(line, e.line());
        assertEquals(problem, e.problem());
        assertEquals("test:" + line + ": " + problem, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "300.1.2/24|expected an IPv4 destination such as 10.0.0.0/16, found '300.1.2/24'",
            "10.0.0.0.0|expected an IPv4 destination such as 10.0.0.0/16, found '10.0.0.0.0'",
            "10..1/16|expected an IPv4 destination such as 10.0.0.0/16, found '10..1/16'",
            "10/33|expected an IPv4 destination such as 10.0.0.0/16, found '10/33'",
            "10/|expected an IPv4 destination such as 10.0.0.0/16, found '10/'",
            "0&0xzz|expected an IPv4 destination such as 10.0.0.0/16, found '0&0xzz'",
            "127.1|expected an IPv4 destination such as 10.0.0.0/16, found '127.1' (address bits set beyond /8)",
            "10.1/8|expected an IPv4 destination such as 10.0.0.0/16, found '10.1/8' (address bits set beyond /8)",
    })
    void badIpv4Destination(String dest, String problem) {
        assertProblem(refuseInetRow(dest + "   link#6   UCS   en0"), 6, problem);
    }

    @Test
    void tooFewColumns() {
        assertProblem(refuseInetRow("10/16              10.243.0.1"), 6,
                "expected at least 4 columns (Destination Gateway Flags Netif), found 2: '10/16 10.243.0.1'");
    }

    @Test
    void missingNetif() {
        assertProblem(refuseInetRow("10/16              10.243.0.1         UGSc     !"), 6,
                "expected Flags and a Netif name after the Gateway, found 'UGSc !'");
    }

    @Test
    void tooManyValuesAfterNetif() {
        assertProblem(refuseInetRow("10/16              10.243.0.1         UGSc   utun3   12   !"), 6,
                "expected an optional Expire (seconds or '!') after Netif 'utun3', found '12 !'");
    }

    @Test
    void numbersWhereNoneBelong() {
        assertProblem(refuseInetRow("10/16              10.243.0.1         UGSc   12   utun3"), 6,
                "expected at most 0 numbers [] between Flags and Netif, found '12'");
    }

    @Test
    void addressWhereFlagsBelong() {
        assertProblem(refuseInetRow("10/16              10.243.0.1   10.243.0.7   UGSc   utun3"), 6,
                "expected Flags between Gateway and Netif, found '10.243.0.7 UGSc'");
    }

    @Test
    void rowBeforeAnyHeader() {
        assertProblem(refuse(Fixtures.lines("Routing tables", "", "Internet:",
                        "default            192.168.0.1        UGScg             en0")), 4,
                "expected a 'Destination Gateway Flags … Netif' header before the first route, found"
                        + " 'default            192.168.0.1        UGScg             en0'");
    }

    @Test
    void shellPromptBeforeTheTable() {
        assertProblem(refuse(Fixtures.lines("$ netstat -rn", "Routing tables")), 1,
                "expected a 'Destination Gateway Flags … Netif' header before the first route, found '$ netstat -rn'");
    }

    @Test
    void unknownSectionTitle() {
        assertProblem(refuse(Fixtures.lines("Routing tables", "", "AppleTalk:")), 3,
                "expected a section title 'Internet:' or 'Internet6:', found 'AppleTalk:' (only IPv4 and IPv6"
                        + " tables are read; use -f inet or -f inet6)");
    }

    @Test
    void headerWithoutNetif() {
        // Linux netstat -rn, forced through this parser
        assertProblem(refuse(Fixtures.lines("Kernel IP routing table",
                        "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface")), 1,
                "expected a 'Destination Gateway Flags … Netif' header before the first route, found"
                        + " 'Kernel IP routing table'");
        assertProblem(refuse(Fixtures.lines(
                        "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface")), 1,
                "expected a 'Destination Gateway Flags … Netif' header, found"
                        + " 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface'");
    }

    @Test
    void secondDumpInOneInput() {
        assertProblem(refuse(Fixtures.lines("Routing tables", "", "Internet:", V4_HEADER,
                        "default            192.168.0.1        UGScg             en0", "Routing tables")), 6,
                "expected one route table per input, found a second 'Routing tables' starting here (the first starts at"
                        + " line 1); tables are not merged: split it there, e.g. head -n 5 test > before.txt; tail -n +6"
                        + " test > after.txt");
    }

    @Test
    void bareHeaderWhoseSpacingHidesTheFamily() {
        assertProblem(refuse(Fixtures.lines("Destination      Gateway Flags Netif Expire")), 1,
                "expected a section title 'Internet:' or 'Internet6:' before this header: its spacing does not"
                        + " show the address family, found 'Destination      Gateway Flags Netif Expire'");
    }

    @Test
    void ipv6NetworkWithoutLengthIsNetstatWithoutN() {
        RouteInputException e = refuse(Fixtures.lines("Routing tables", "", "Internet6:", V6_HEADER,
                "fe80::%lo0                              fe80::1%lo0                             UcI                   lo0"));
        assertProblem(e, 5, "expected an IPv6 network with a /length, found 'fe80::%lo0' without one and without"
                + " the H flag: this is netstat -r output without -n, whose prefix lengths are not printed; run"
                + " netstat -rn instead");
    }

    @Test
    void badIpv6Destination() {
        RouteInputException e = refuse(Fixtures.lines("Routing tables", "", "Internet6:", V6_HEADER,
                "2600:1700:bab0:d40                      link#10                                 UC                    en0"));
        assertProblem(e, 5, "expected an IPv6 destination such as fe80::%en0/64, found '2600:1700:bab0:d40'");
    }

    @Test
    void hostNameDestination() {
        assertProblem(refuseInetRow("localhost          localhost          UH             lo0"), 6,
                "expected numeric addresses, found the name 'localhost': this is netstat -r output without -n,"
                        + " whose host and network names (cut to 18 characters) cannot be turned back into"
                        + " addresses; run netstat -rn instead");
    }

    @Test
    void netstatWithoutNFixtureIsRefusedAtItsFirstName() {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> Fixtures.parseFile("osx-10.14.6__netstat-r.out"));
        assertEquals("osx-10.14.6__netstat-r.out:5: expected numeric addresses, found the name"
                + " 'dsldevice.attlocal': this is netstat -r output without -n, whose host and network names (cut to"
                + " 18 characters) cannot be turned back into addresses; run netstat -rn instead", e.getMessage());
    }

    @Test
    void freebsdWithoutNIsRefusedForItsNames() {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> Fixtures.parseFile("freebsd12__netstat-r.out"));
        assertEquals(6, e.line());
    }

    /**
     * Documented behaviour: FreeBSD {@code netstat -rn} shares the row grammar, so forcing this parser on it works
     * (detection refuses it, see {@link DetectionTest}). Its full CIDRs read correctly.
     */
    @Test
    void freebsdWithNParsesWhenForced() {
        RouteTable t = Fixtures.parseFile("jackpal-gateway__freeBSD.txt");
        assertEquals(4, t.section(AddressFamily.INET).size());
        assertEquals(9, t.section(AddressFamily.INET6).size());
        assertEquals("172.31.16.0/20", t.routes().get(2).destination().toString());
    }
}
