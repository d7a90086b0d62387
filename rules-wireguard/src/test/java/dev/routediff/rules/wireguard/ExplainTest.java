package dev.routediff.rules.wireguard;

import static dev.routediff.rules.wireguard.Tables.home;
import static dev.routediff.rules.wireguard.Tables.homeTable;
import static dev.routediff.rules.wireguard.Tables.row;
import static dev.routediff.rules.wireguard.Tables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables after wg-quick up, in the macOS row forms of the reference (section 11): 0/1 utun6 UScg utun6 … */
class ExplainTest {

    private static final WireGuardRules RULES = new WireGuardRules();

    /** The rows wg-quick up with full-tunnel.conf leaves on a home Mac (utun6). */
    static final List<Route> FULL = List.of(
            row("0/1", "utun6", "UScg", "utun6"),
            row("10.8.0.2", "10.8.0.2", "UH", "utun6"),
            row("128.0/1", "utun6", "USc", "utun6"),
            row("203.0.113.5", "192.168.1.1", "UGHS", "en0"));

    static RouteTable after(List<Route> added) {
        List<Route> rows = new ArrayList<>(home());
        rows.addAll(added);
        return table("after", rows.toArray(Route[]::new));
    }

    static Explanation explain(RouteTable before, RouteTable after, RuleSettings settings) {
        return RULES.explain(before, after, RouteDiffer.diff(before, after, false), settings);
    }

    /** destination → rule (null when unexplained), in diff order. */
    static Map<String, String> rules(Explanation e) {
        Map<String, String> m = new LinkedHashMap<>();
        e.changes().forEach(c -> m.put(c.change() + " " + c.route().destination(), c.rule()));
        return m;
    }

    @Test
    void fullTunnelIsExplainedRowByRow() {
        Explanation e = explain(homeTable(), after(FULL), RuleSettings.EMPTY);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("added 0.0.0.0/1", "2");
        expected.put("added 10.8.0.2/32", "1");
        expected.put("added 128.0.0.0/1", "2");
        expected.put("added 203.0.113.5/32", "3");
        assertEquals(expected, rules(e));
        assertEquals("utun6", e.inferred().get("tunnel_interface"));
        assertEquals("10.8.0.2", e.inferred().get("addresses"));
        assertEquals(true, e.inferred().get("full_tunnel"));
        assertEquals("203.0.113.5", e.inferred().get("endpoints"));
        assertEquals("192.168.1.1", e.inferred().get("default_gateway"));
        assertEquals(List.of("tunnel_interface", "addresses", "full_tunnel", "endpoints", "default_gateway"),
                List.copyOf(e.inferred().keySet()));
        assertTrue(e.fullyExplained());
    }

    @Test
    void withTheConfigurationAMissingHalfIsReported() {
        RuleSettings s = PredictTest.config("full-tunnel.conf");
        assertTrue(explain(homeTable(), after(FULL), s).fullyExplained());
        List<Route> withoutUpper = FULL.stream().filter(r -> !r.destinationRaw().equals("128.0/1")).toList();
        Explanation e = explain(homeTable(), after(withoutUpper), s);
        assertEquals(List.of("128.0.0.0/1"), e.missing().stream().map(PredictedRoute::destination).toList());
        assertFalse(e.fullyExplained());
    }

    @Test
    void theTunnelIsFoundFromInterfaceRoutesWhenThereIsNoAddressRoute() {
        Explanation e = explain(homeTable(), after(List.of(
                row("172.16", "utun4", "USc", "utun4"),
                row("172.16.5/24", "utun4", "USc", "utun4"))), RuleSettings.EMPTY);
        assertEquals("utun4", e.inferred().get("tunnel_interface"));
        assertEquals(false, e.inferred().get("full_tunnel"));
        assertNull(e.inferred().get("addresses"));
        assertEquals(List.of("5", "5"), e.changes().stream().map(c -> c.rule()).toList());
    }

    @Test
    void withTheConfigurationOnlyItsAllowedIpsAreExplained() {
        RuleSettings s = PredictTest.config("split.conf");
        Explanation e = explain(homeTable(), after(List.of(
                row("10.8.0.2", "10.8.0.2", "UH", "utun6"),
                row("10.8.0/24", "utun6", "USc", "utun6"),
                row("172.16", "utun6", "USc", "utun6"),
                row("172.16.5/24", "utun6", "USc", "utun6"),
                row("172.17", "utun6", "USc", "utun6"))), s);
        assertEquals("1", rules(e).get("added 10.8.0.2/32"));
        assertEquals("5", rules(e).get("added 10.8.0.0/24"));
        assertEquals("5", rules(e).get("added 172.16.5.0/24"));
        assertNull(rules(e).get("added 172.17.0.0/16"));
        assertTrue(rules(e).containsKey("added 172.17.0.0/16"));
        assertEquals(List.of(), e.missing());
        assertFalse(e.fullyExplained());
    }

    @Test
    void aBlackholeEndpointIsRuleFourAndIpv6HalvesAreRuleTwo() {
        RouteTable offline = table("offline", row("127", "127.0.0.1", "UCS", "lo0"));
        RouteTable after = table("after", row("127", "127.0.0.1", "UCS", "lo0"),
                row("0/1", "utun6", "UScg", "utun6"),
                row("10.8.0.2", "10.8.0.2", "UH", "utun6"),
                row("128.0/1", "utun6", "USc", "utun6"),
                row("203.0.113.5", "127.0.0.1", "UGHSB", "lo0"),
                row("::/1", "utun6", "USc", "utun6"),
                row("8000::/1", "utun6", "USc", "utun6"));
        Explanation e = explain(offline, after, RuleSettings.EMPTY);
        assertEquals("4", rules(e).get("added 203.0.113.5/32"));
        assertEquals("2", rules(e).get("added ::/1"));
        assertEquals("2", rules(e).get("added 8000::/1"));
        assertNull(e.inferred().get("default_gateway"));
        assertTrue(e.fullyExplained());
    }

    @Test
    void whatWgQuickDoesNotDoIsLeftUnexplained() {
        List<Route> rows = new ArrayList<>(FULL);
        rows.add(row("10.99/16", "192.168.1.254", "UGSc", "en0"));
        rows.add(row("198.51.100.9", "192.168.1.254", "UGHS", "en0"));
        RouteTable before = homeTable(row("172.31", "192.168.1.1", "UGSc", "en0"));
        Explanation e = explain(before, after(rows), RuleSettings.EMPTY);
        assertTrue(rules(e).containsKey("added 10.99.0.0/16"), rules(e).toString());
        assertNull(rules(e).get("added 10.99.0.0/16"));
        assertTrue(rules(e).containsKey("added 198.51.100.9/32"), rules(e).toString());
        assertNull(rules(e).get("added 198.51.100.9/32"));
        assertTrue(rules(e).containsKey("removed 172.31.0.0/16"));
        assertNull(rules(e).get("removed 172.31.0.0/16"));
        assertEquals("203.0.113.5", e.inferred().get("endpoints"));
        assertFalse(e.fullyExplained());
    }

    @Test
    void anEndpointRouteNeedsAFullTunnel() {
        Explanation e = explain(homeTable(), after(List.of(
                row("10.8.0.2", "10.8.0.2", "UH", "utun6"),
                row("172.16", "utun6", "USc", "utun6"),
                row("203.0.113.5", "192.168.1.1", "UGHS", "en0"))), RuleSettings.EMPTY);
        assertNull(rules(e).get("added 203.0.113.5/32"));
        assertNull(e.inferred().get("endpoints"));
        assertEquals(false, e.inferred().get("full_tunnel"));
    }

    @Test
    void noTunnelMeansNothingIsInferred() {
        Explanation e = explain(homeTable(), homeTable(), RuleSettings.EMPTY);
        assertNull(e.inferred().get("tunnel_interface"));
        assertNull(e.inferred().get("full_tunnel"));
        assertEquals(List.of(), e.changes());
        assertTrue(e.fullyExplained());
    }
}
