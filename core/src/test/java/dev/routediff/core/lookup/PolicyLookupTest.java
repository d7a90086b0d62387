package dev.routediff.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.PolicyRules;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rule walk on hand-made tables in the shapes of wg-quick's full tunnel (rules 32764/32765, table 51820) and
 * Tailscale's exit node (rule 5270, table 52 with throw routes); parser-linux and the CLI test the captured ones.
 */
class PolicyLookupTest {

    private static int line;

    /** {@code [type] dest (via gw | dev iface) [table t]}, as ip route prints it. */
    private static Route route(String type, String dest, String via, String dev, String table) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (type != null) {
            attributes.put("type", type);
        }
        if (table != null) {
            attributes.put("table", table);
        }
        Prefix p = Prefix.parse(dest);
        Gateway g = type != null && type.equals("throw") ? new Gateway.Other("throw")
                : via != null ? new Gateway.Address(IpAddress.parse(via)) : new Gateway.Interface(dev);
        return new Route(p.family(), p, dest, p.isHostLength(), g, RouteFlags.NONE, dev == null ? "" : dev,
                Expire.NONE, ++line, attributes);
    }

    private static PolicyRule rule(long priority, boolean not, Map<String, String> selectors, PolicyRule.Action action,
                                   int suppress, String text) {
        return new PolicyRule(priority, not, null, null, null, selectors, action, suppress, text, 0);
    }

    private static final List<Route> HOME = List.of(
            route(null, "0.0.0.0/0", "192.168.1.1", "eth0", null),
            route(null, "192.168.1.0/24", null, "eth0", null),
            route("local", "192.168.1.14/32", null, "eth0", "local"));

    private static RouteTable wgQuick(boolean withRules) {
        List<Route> routes = new ArrayList<>();
        routes.add(route(null, "0.0.0.0/0", null, "wg0", "51820"));
        routes.addAll(HOME);
        RouteTable.Builder b = RouteTable.builder("wg", "linux-ip-route", 4);
        routes.forEach(b::add);
        if (withRules) {
            b.policy(new PolicyRules(List.of(
                    rule(0, false, Map.of(), new PolicyRule.LookupTable("local"), -1, "from all lookup local"),
                    rule(32765, true, Map.of("fwmark", "0xca6c"), new PolicyRule.LookupTable("51820"), -1,
                            "not from all fwmark 0xca6c lookup 51820"),
                    rule(32764, false, Map.of(), new PolicyRule.LookupTable("main"), 0,
                            "from all lookup main suppress_prefixlength 0"),
                    rule(32766, false, Map.of(), new PolicyRule.LookupTable("main"), -1, "from all lookup main"))));
        }
        return b.build();
    }

    private static Trace trace(RouteTable t, String address) {
        return PolicyLookup.trace(t, List.of(IpAddress.parse(address))).get(0);
    }

    @Test
    void wgQuickFullTunnelSendsInternetTrafficIntoTheTunnel() {
        RouteTable t = wgQuick(true);
        assertTrue(PolicyLookup.applies(t));
        Trace internet = trace(t, "1.1.1.1");
        assertEquals("wg0", internet.chosen().orElseThrow().iface());
        assertEquals(Trace.Disposition.TUNNEL, internet.disposition());
        assertEquals("rule 32765: not from all fwmark 0xca6c lookup 51820", internet.lookup().rule());
        assertEquals("rule 32765: not from all fwmark 0xca6c lookup 51820; longest prefix /0 of 1 candidate",
                internet.lookup().why());
        assertEquals(List.of(
                "rule 0: from all lookup local: table local has no route for it",
                "rule 32764: from all lookup main suppress_prefixlength 0: table main gives 0.0.0.0/0 via 192.168.1.1"
                        + " dev eth0, refused: prefix /0 is within suppress_prefixlength 0",
                "rule 32765: not from all fwmark 0xca6c lookup 51820: table 51820 gives 0.0.0.0/0 dev wg0: chosen"),
                internet.rules());

        Trace lan = trace(t, "192.168.1.20");
        assertEquals("eth0", lan.chosen().orElseThrow().iface());
        assertEquals("rule 32764: from all lookup main suppress_prefixlength 0", lan.lookup().rule());
        assertEquals("rule 0: from all lookup local", trace(t, "192.168.1.14").lookup().rule());
        assertEquals(List.of(), PolicyLookup.warnings(t));
    }

    @Test
    void withoutRulesTheKernelDefaultsDecideAndAWarningSaysSo() {
        RouteTable t = wgQuick(false);
        assertTrue(PolicyLookup.applies(t));
        Trace internet = trace(t, "1.1.1.1");
        assertEquals("eth0", internet.chosen().orElseThrow().iface());
        assertEquals("rule 32766: from all lookup main", internet.lookup().rule());
        List<Warning> w = PolicyLookup.warnings(t);
        assertEquals(1, w.size());
        assertEquals(PolicyLookup.RULES_MISSING, w.get(0).code());
        assertTrue(w.get(0).message().startsWith("wg has routes in table 51820 but no policy rules"), w.get(0).message());
    }

    @Test
    void aRuleForATableTheDumpLacksIsWarnedAbout() {
        RouteTable t = RouteTable.builder("main-only", "linux-ip-route", 2).add(HOME.get(0)).add(HOME.get(1))
                .policy(wgQuick(true).policy()).build();
        assertEquals("eth0", trace(t, "1.1.1.1").chosen().orElseThrow().iface());
        List<Warning> w = PolicyLookup.warnings(t);
        assertEquals(List.of(PolicyLookup.TABLE_MISSING), w.stream().map(Warning::code).toList());
        assertEquals("the rules look up tables local, 51820, of which main-only shows no route: if they have routes,"
                + " capture 'ip route show table all'", w.get(0).message());
    }

    @Test
    void aPlainMainTableNeedsNoWalk() {
        RouteTable t = RouteTable.builder("plain", "linux-ip-route", 2).add(HOME.get(0)).add(HOME.get(1)).build();
        assertFalse(PolicyLookup.applies(t));
        assertNull(RouteScan.lookup(t, List.of(IpAddress.parse("1.1.1.1"))).get(0).rule());
    }

    @Test
    void tailscaleThrowRoutesHandTheLanBackToMain() {
        RouteTable.Builder b = RouteTable.builder("ts", "linux-ip-route", 6);
        b.add(route(null, "0.0.0.0/0", null, "tailscale0", "52"));
        b.add(route("throw", "192.168.1.0/24", null, null, "52"));
        HOME.forEach(b::add);
        b.policy(new PolicyRules(List.of(
                rule(5250, false, Map.of("fwmark", "0x80000/0xff0000"), new PolicyRule.Refuse("unreachable"), -1,
                        "from all fwmark 0x80000/0xff0000 unreachable"),
                rule(5270, false, Map.of(), new PolicyRule.LookupTable("52"), -1, "from all lookup 52"),
                rule(32766, false, Map.of(), new PolicyRule.LookupTable("main"), -1, "from all lookup main"))));
        RouteTable t = b.build();
        Trace internet = trace(t, "1.1.1.1");
        assertEquals("tailscale0", internet.chosen().orElseThrow().iface());
        assertEquals(Trace.Disposition.TUNNEL, internet.disposition());
        assertEquals("rule 5270: from all lookup 52", internet.lookup().rule());
        assertEquals("rule 5250: from all fwmark 0x80000/0xff0000 unreachable: does not match (fwmark"
                + " 0x80000/0xff0000: ordinary traffic is unmarked)", internet.rules().get(0));
        Trace lan = trace(t, "192.168.1.20");
        assertEquals("eth0", lan.chosen().orElseThrow().iface());
        assertEquals("rule 5270: from all lookup 52: table 52 throws it (throw 192.168.1.0/24), on to the next rule",
                lan.rules().get(1));
        assertEquals("rule 32766: from all lookup main", lan.lookup().rule());
    }

    @Test
    void refusingRulesAndGotoAndIifLo() {
        RouteTable.Builder b = RouteTable.builder("refuse", "linux-ip-route", 3);
        HOME.forEach(b::add);
        b.policy(new PolicyRules(List.of(
                rule(10, false, Map.of("iif", "eth1"), new PolicyRule.LookupTable("main"), -1,
                        "from all iif eth1 lookup main"),
                rule(20, false, Map.of("iif", "lo"), new PolicyRule.Goto(40), -1, "from all iif lo goto 40"),
                rule(30, false, Map.of(), new PolicyRule.LookupTable("main"), -1, "from all lookup main"),
                new PolicyRule(40, false, null, null, Prefix.parse("198.51.100.0/24"), Map.of(),
                        new PolicyRule.Refuse("prohibit"), -1, "from all to 198.51.100.0/24 prohibit", 0),
                rule(50, false, Map.of(), new PolicyRule.LookupTable("main"), -1, "from all lookup main"))));
        RouteTable t = b.build();
        Trace refused = trace(t, "198.51.100.7");
        assertEquals(Trace.Disposition.DROPPED, refused.disposition());
        assertTrue(refused.chosen().isEmpty());
        assertEquals("rule 40: from all to 198.51.100.0/24 prohibit (traffic refused); no route matches",
                refused.lookup().why());
        assertEquals(List.of(
                "rule 10: from all iif eth1 lookup main: does not match (iif eth1: only traffic arriving on eth1;"
                        + " this host's own comes from lo)",
                "rule 20: from all iif lo goto 40: matches, goes on at priority 40",
                "rule 40: from all to 198.51.100.0/24 prohibit: matches, the traffic is refused (prohibit)"),
                refused.rules());
        Trace other = trace(t, "1.1.1.1");
        assertEquals("rule 50: from all lookup main", other.lookup().rule());
    }
}
