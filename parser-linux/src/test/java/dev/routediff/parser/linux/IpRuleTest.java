package dev.routediff.parser.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ip rule show lines, alone and before the routes of every table. */
class IpRuleTest {

    private static PolicyRule one(String line) {
        RouteTable t = Fixtures.parse(Fixtures.IP_ROUTE, line + "\n");
        assertEquals(0, t.size());
        assertEquals(1, t.policy().rules().size());
        return t.policy().rules().get(0);
    }

    @Test
    void wgQuickRulesAsTheKernelNumbersThem() {
        PolicyRule notMarked = one("32765:\tnot from all fwmark 0xca6c lookup 51820");
        assertEquals(32765, notMarked.priority());
        assertTrue(notMarked.invert());
        assertNull(notMarked.from());
        assertNull(notMarked.family());
        assertEquals(Map.of("fwmark", "0xca6c"), notMarked.selectors());
        assertEquals(new PolicyRule.LookupTable("51820"), notMarked.action());
        assertEquals(-1, notMarked.suppressPrefixLength());
        assertEquals("32765: not from all fwmark 0xca6c lookup 51820", notMarked.toString());

        PolicyRule suppress = one("32764:\tfrom all lookup main suppress_prefixlength 0");
        assertEquals(new PolicyRule.LookupTable("main"), suppress.action());
        assertEquals(0, suppress.suppressPrefixLength());
    }

    @Test
    void selectorsAndActions() {
        PolicyRule r = one("100:\tfrom 10.0.0.0/8 to 192.0.2.0/24 iif eth1 oif wg0 ipproto tcp sport 1000-2000"
                + " dport 443 lookup 200 proto static");
        assertEquals(Prefix.parse("10.0.0.0/8"), r.from());
        assertEquals(Prefix.parse("192.0.2.0/24"), r.to());
        assertEquals(AddressFamily.INET, r.family());
        assertEquals(List.of("iif", "oif", "ipproto", "sport", "dport"), List.copyOf(r.selectors().keySet()));
        assertEquals("1000-2000", r.selectors().get("sport"));
        assertEquals(new PolicyRule.Goto(300), one("200:\tfrom all iif lo [detached] goto 300").action());
        assertEquals(new PolicyRule.Refuse("unreachable"),
                one("5250:\tfrom all fwmark 0x80000/0xff0000 unreachable").action());
        assertEquals(new PolicyRule.Refuse("blackhole"), one("10:\tfrom all to 198.51.100.0/24 blackhole").action());
        assertEquals(new PolicyRule.Refuse("prohibit"), one("11:\tfrom 2001:db8::/32 prohibit").action());
        assertEquals(AddressFamily.INET6, one("11:\tfrom 2001:db8::/32 prohibit").family());
        assertEquals(new PolicyRule.Nop(), one("12:\tfrom all nop").action());
        assertEquals(Map.of("l3mdev", ""), one("1000:\tfrom all lookup [l3mdev-table]").selectors());
        assertEquals(new PolicyRule.LookupTable("local"), one("0:\tfrom all lookup 255").action());
    }

    @Test
    void rulesOfBothFamiliesAreOneListInPriorityOrder() {
        RouteTable t = Fixtures.parseFile(Fixtures.IP_ROUTE, "wg-quick-netns__ip_rule_ip-6_rule_ip_route_show_table_all.out");
        assertEquals(List.of(0L, 32764L, 32765L, 32766L, 32767L),
                t.policy().rules().stream().map(PolicyRule::priority).toList());
        assertEquals("51820", t.routes().get(0).attributes().get("table"));
        assertEquals("main", PolicyRule.tableOf(t.routes().get(1)));
    }

    @Test
    void rulesAloneAreClaimedByTheIpRouteParser() {
        String rules = Fixtures.read("wg-quick-netns__ip_rule_ip-6_rule.out");
        assertEquals(90, Fixtures.IP_ROUTE.detect(rules));
        for (var p : List.of(Fixtures.ROUTE, Fixtures.PROC_ROUTE, Fixtures.PROC_IPV6_ROUTE)) {
            assertEquals(0, p.detect(rules), p.info().id());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0:\tfrom all|test:1: expected an action (lookup TABLE, goto N, blackhole, unreachable, prohibit or nop) in"
                    + " the rule '0: from all'",
            "5:\tfrom 10.0.0.300 lookup main|test:1: expected 'all' or an address with an optional /length after"
                    + " 'from', found '10.0.0.300'",
            "5:\tfrom all frobnicate lookup main|test:1: expected a rule selector or action (to, fwmark, iif, oif,"
                    + " ipproto, sport, dport, lookup, goto, blackhole, unreachable, prohibit, nop,"
                    + " suppress_prefixlength…), found 'frobnicate' in '5: from all frobnicate lookup main'",
            "5:\tfrom all lookup main suppress_prefixlength x|test:1: expected a prefix length after"
                    + " 'suppress_prefixlength', found 'x'",
            "99999999999:\tfrom all lookup main|test:1: expected a rule priority 0..4294967295, found '99999999999:'",
    })
    void badRulesNameTheirLine(String line, String expected) {
        RouteInputException e = assertThrows(RouteInputException.class,
                () -> Fixtures.IP_ROUTE.parse(new StringReader(line + "\n"), "test"));
        assertEquals(expected, e.getMessage());
    }
}
