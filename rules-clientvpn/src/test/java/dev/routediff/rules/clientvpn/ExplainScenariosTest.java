package dev.routediff.rules.clientvpn;

import static dev.routediff.rules.clientvpn.Tables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Full tunnel, unexplained and missing routes, block-local (reference 5.3) and CRE (reference 5.4). */
class ExplainScenariosTest {

    private final ClientVpnRules rules = new ClientVpnRules();

    private static final List<Route> HOME = List.of(
            row("default", "192.168.0.1", "UGScg", "en0"),
            row("127", "127.0.0.1", "UCS", "lo0"),
            row("127.0.0.1", "127.0.0.1", "UH", "lo0"),
            row("169.254", "link#6", "UCS", "en0", "!"),
            row("192.168.0", "link#6", "UCS", "en0", "!"),
            row("192.168.0.1/32", "link#6", "UCS", "en0", "!"),
            row("192.168.0.1", "90:f3:5:ee:a2:bb", "UHLWIir", "en0", "1174"),
            row("192.168.0.14/32", "link#6", "UCS", "en0", "!"),
            row("224.0.0/4", "link#6", "UmCS", "en0", "!"));

    private static RouteTable with(String name, List<Route> base, Route... extra) {
        List<Route> all = new ArrayList<>(base);
        all.addAll(List.of(extra));
        return Tables.table(name, all);
    }

    private Explanation explain(RouteTable before, RouteTable after, RuleSettings settings) {
        return rules.explain(before, after, RouteDiffer.diff(before, after, false), settings);
    }

    private static List<String> attributed(Explanation e) {
        return e.changes().stream().map(c -> c.change() + " " + c.rule() + " " + c.route().destination() + " "
                + c.route().gateway().text()).toList();
    }

    /** Experiment 1b as a table: full tunnel, C 172.31.0.34, S 54.168.0.83 (row forms from reference section 4). */
    private static RouteTable fullTunnelAfter(Route... extra) {
        List<Route> rows = new ArrayList<>(HOME);
        rows.addAll(List.of(
                row("0/1", "172.31.0.33", "UGSc", "utun2"),
                row("54.168.0.83/32", "192.168.0.1", "UGSc", "en0"),
                row("128.0/1", "172.31.0.33", "UGSc", "utun2"),
                row("172.31.0.32/27", "172.31.0.34", "UGSc", "utun2"),
                row("172.31.0.34", "172.31.0.34", "UH", "utun2")));
        rows.addAll(List.of(extra));
        return Tables.table("after", rows);
    }

    @Test
    void fullTunnelIsRules12And4To6() {
        Explanation e = explain(Tables.table("before", HOME), fullTunnelAfter(), RuleSettings.EMPTY);
        assertEquals(List.of("added 5 0.0.0.0/1 172.31.0.33", "added 4 54.168.0.83/32 192.168.0.1",
                "added 6 128.0.0.0/1 172.31.0.33", "added 2 172.31.0.32/27 172.31.0.34",
                "added 1 172.31.0.34/32 172.31.0.34"), attributed(e));
        assertEquals("54.168.0.83", e.inferred().get("endpoint_ip"));
        assertEquals(Boolean.FALSE, e.inferred().get("split_tunnel"));
        assertEquals("172.31.0.33", e.inferred().get("vpn_gateway"));
        assertEquals("utun2", e.inferred().get("tunnel_interface"));
        assertTrue(e.fullyExplained());
    }

    @Test
    void fullTunnelWithItsSettingsMissesNothingAndSkipsTheRouteTable() {
        RuleSettings s = ReportExperimentsTest.settings("client-cidr", "172.31.0.0/16", "split-tunnel", "false",
                "route", "192.168.0.0/16", "route", "0.0.0.0/0", "route", "8.8.8.8/32");
        Explanation e = explain(Tables.table("before", HOME), fullTunnelAfter(), s);
        assertEquals(List.of(), e.missing());
        assertTrue(e.fullyExplained());
    }

    @Test
    void aRouteNoRuleExplainsHasNoRule() {
        RouteTable after = fullTunnelAfter(row("100.64/10", "100.100.100.100", "UGSc", "utun9"),
                row("10.99/16", "172.31.0.33", "UGSc", "utun2"));
        Explanation e = explain(Tables.table("before", HOME), after, RuleSettings.EMPTY);
        List<String> unexplained = e.changes().stream().filter(c -> c.rule() == null)
                .map(c -> c.route().destination().toString()).toList();
        // A route via R on a full tunnel is not a pushed route: AWS pushes none in that mode.
        assertEquals(List.of("10.99.0.0/16", "100.64.0.0/10"), unexplained.stream().sorted().toList());
        assertFalse(e.fullyExplained());
    }

    @Test
    void aRouteThatMovedInterfaceIsAnUnexplainedChange() {
        RouteTable before = Tables.table("before", HOME);
        List<Route> moved = new ArrayList<>(HOME);
        moved.set(4, row("192.168.0", "link#6", "UCS", "en1", "!"));
        Explanation e = explain(before, Tables.table("after", moved), RuleSettings.EMPTY);
        assertEquals(1, e.changes().size());
        assertEquals(ChangeKind.CHANGED, e.changes().get(0).change());
        assertNull(e.changes().get(0).rule());
        assertNull(e.inferred().get("assigned_ip"));
        assertNull(e.inferred().get("split_tunnel"));
        assertFalse(e.fullyExplained());
    }

    @Test
    void aPredictedRouteThatDidNotAppearIsMissing() {
        RouteTable before = Tables.resource("tables/clientvpn-split-before.txt");
        RouteTable after = Tables.resource("tables/clientvpn-split-after.txt");
        RuleSettings s = ReportExperimentsTest.settings("split-tunnel", "true", "route", "10.63.0.0/16",
                "route", "10.200.0.0/16");
        Explanation e = explain(before, after, s);
        assertEquals(List.of(new PredictedRoute(ChangeKind.ADDED, "3", "10.200.0.0/16", "10.243.0.1", "utunN",
                "route-table destination pushed in split-tunnel mode, via route-gateway (report rule 3)")), e.missing());
        // With the route list given, the eight destinations it does not name are unexplained.
        assertEquals(8, e.changes().stream().filter(c -> c.rule() == null).count());
        assertFalse(e.fullyExplained());
    }

    @Test
    void aSecondTunnelTableGivesTheSubnetItsOwnPrefixAndWarns() {
        RouteTable before = Tables.table("before", HOME);
        RouteTable after = with("after", HOME,
                row("10.1/16", "172.32.252.65", "UGSc", "utun4"),
                row("172.32.252.64/26", "172.32.252.70", "UGSc", "utun4"),
                row("172.32.252.70", "172.32.252.70", "UH", "utun4"));
        Explanation e = explain(before, after, ReportExperimentsTest.settings("split-tunnel", "true"));
        assertEquals("172.32.252.64/26", e.inferred().get("vpn_subnet"));
        assertEquals(List.of(WarningCodes.PREFIX_NOT_27.code()), ReportExperimentsTest.codes(e.warnings()));
        assertEquals(List.of(), e.missing(), "the observed /26 is used, not the /27 model");
        assertTrue(e.fullyExplained());
    }

    // --- block-local: orbstack/orbstack#1323 rows (reference 5.3), split-tunnel endpoint, LAN 172.31.1.0/24 on en0,
    // OrbStack's 198.19.249.0/24 bridge as the non-private trigger.

    private static final List<Route> ORBSTACK_HOME = List.of(
            row("default", "172.31.1.1", "UGScg", "en0"),
            row("127", "127.0.0.1", "UCS", "lo0"),
            row("172.31.1/24", "link#6", "UCS", "en0", "!"),
            row("172.31.1.1/32", "link#6", "UCS", "en0", "!"),
            row("198.19.249", "link#22", "UC", "bridge100", "!"));

    private static RouteTable blockLocalAfter() {
        List<Route> rows = new ArrayList<>(ORBSTACK_HOME.subList(1, ORBSTACK_HOME.size()));
        rows.add(0, row("default", "172.32.252.1", "UGScg", "utun6"));
        rows.addAll(List.of(
                row("10/10", "172.32.252.1", "UGSc", "utun6"),
                row("10.1/16", "172.32.252.1", "UGSc", "utun6"),
                row("54.168.0.83/32", "172.31.1.1", "UGSc", "en0"),
                row("172.31.1/25", "172.32.252.1", "UGSc", "utun6"),
                row("172.31.1.128/25", "172.32.252.1", "UGSc", "utun6"),
                row("172.32.252/27", "172.32.252.3", "UGSc", "utun6"),
                row("172.32.252.3", "172.32.252.3", "UH", "utun6")));
        return Tables.table("after", rows);
    }

    @Test
    void blockLocalIsExplained() {
        Explanation e = explain(Tables.table("before", ORBSTACK_HOME), blockLocalAfter(), RuleSettings.EMPTY);
        assertEquals(List.of("added 9 0.0.0.0/0 172.32.252.1", "added 3 10.0.0.0/10 172.32.252.1",
                "added 3 10.1.0.0/16 172.32.252.1", "added 4 54.168.0.83/32 172.31.1.1",
                "added 9 172.31.1.0/25 172.32.252.1", "added 9 172.31.1.128/25 172.32.252.1",
                "added 2 172.32.252.0/27 172.32.252.3", "added 1 172.32.252.3/32 172.32.252.3",
                "removed 9 0.0.0.0/0 172.31.1.1"), attributed(e));
        assertNull(e.inferred().get("split_tunnel"), "a replaced default says nothing about the tunnel mode");
        assertEquals("54.168.0.83", e.inferred().get("endpoint_ip"));
        assertEquals(List.of(WarningCodes.BLOCK_LOCAL.code()), ReportExperimentsTest.codes(e.warnings()));
        assertTrue(e.fullyExplained());
    }

    @Test
    void blockLocalIsPredictedFromTheTableBefore() {
        RuleSettings s = ReportExperimentsTest.settings("assigned-ip", "172.32.252.3", "split-tunnel", "true",
                "route", "10.0.0.0/10", "route", "10.1.0.0/16", "endpoint-ip", "54.168.0.83");
        Prediction p = rules.predict(s, Tables.table("before", ORBSTACK_HOME));
        assertEquals(List.of("1 172.32.252.3/32 172.32.252.3", "2 172.32.252.0/27 172.32.252.3",
                "3 10.0.0.0/10 172.32.252.1", "3 10.1.0.0/16 172.32.252.1", "4 54.168.0.83/32 172.31.1.1",
                "-9 0.0.0.0/0 172.31.1.1", "9 0.0.0.0/0 172.32.252.1", "9 172.31.1.0/25 172.32.252.1",
                "9 172.31.1.128/25 172.32.252.1"), ReportExperimentsTest.rows(p));
        assertEquals(List.of(WarningCodes.BLOCK_LOCAL.code()), ReportExperimentsTest.codes(p.warnings()));

        Explanation e = explain(Tables.table("before", ORBSTACK_HOME), blockLocalAfter(), s);
        assertEquals(List.of(), e.missing());
    }

    @Test
    void blockLocalOnAFullTunnelKeepsTheDefault() {
        RuleSettings s = ReportExperimentsTest.settings("assigned-ip", "172.32.252.3", "split-tunnel", "false");
        Prediction p = rules.predict(s, Tables.table("before", ORBSTACK_HOME));
        assertEquals(List.of("1 172.32.252.3/32 172.32.252.3", "2 172.32.252.0/27 172.32.252.3",
                "4 endpoint public IP 172.31.1.1", "5 0.0.0.0/1 172.32.252.1", "6 128.0.0.0/1 172.32.252.1",
                "9 172.31.1.0/25 172.32.252.1", "9 172.31.1.128/25 172.32.252.1"), ReportExperimentsTest.rows(p));
    }

    // --- Client Route Enforcement: the cvpn-working-cre example, VPN 172.31.0.0/16 versus local 172.31.1.0/24.

    private static final List<Route> CRE_HOME = List.of(
            row("default", "192.168.0.1", "UGScg", "en0"),
            row("172.31.1/24", "192.168.0.50", "UGSc", "en0"),
            row("192.168.0", "link#6", "UCS", "en0", "!"),
            row("192.168.0.1/32", "link#6", "UCS", "en0", "!"));

    @Test
    void routeEnforcementRemovesTheConflictingLocalRoute() {
        RuleSettings s = ReportExperimentsTest.settings("assigned-ip", "10.243.0.7", "split-tunnel", "true",
                "route", "172.31.0.0/16", "endpoint-json",
                Tables.path("aws-cli/endpoint-unknown-fields.json").toString());
        Prediction p = rules.predict(s, Tables.table("before", CRE_HOME));
        assertEquals(List.of("1 10.243.0.7/32 10.243.0.7", "2 10.243.0.0/27 10.243.0.7",
                "3 172.31.0.0/16 10.243.0.1", "-10 172.31.1.0/24 192.168.0.50"), ReportExperimentsTest.rows(p));

        List<Route> afterRows = new ArrayList<>(CRE_HOME);
        afterRows.remove(1);
        afterRows.addAll(List.of(row("10.243/27", "10.243.0.7", "UGSc", "utun3"),
                row("10.243.0.7", "10.243.0.7", "UH", "utun3"),
                row("172.31/16", "10.243.0.1", "UGSc", "utun3")));
        RouteTable before = Tables.table("before", CRE_HOME);
        RouteTable after = Tables.table("after", afterRows);
        Explanation e = explain(before, after, s);
        assertTrue(attributed(e).contains("removed 10 172.31.1.0/24 192.168.0.50"), attributed(e).toString());
        assertEquals(List.of(), e.missing());
        assertTrue(e.fullyExplained());

        // Without the removal the enforcement prediction is missing.
        List<Route> kept = new ArrayList<>(afterRows);
        kept.add(CRE_HOME.get(1));
        Explanation notRemoved = explain(before, Tables.table("after", kept), s);
        assertEquals(List.of("removed 10 172.31.1.0/24"), notRemoved.missing().stream()
                .map(m -> m.change() + " " + m.rule() + " " + m.destination()).toList());
    }

    @Test
    void withoutEnforcementAPushedRouteEqualToALanRouteIsSkipped() {
        RuleSettings s = ReportExperimentsTest.settings("assigned-ip", "10.243.0.7", "split-tunnel", "true",
                "route", "192.168.0.0/24", "route", "10.0.0.0/16");
        Prediction p = rules.predict(s, Tables.table("before", HOME));
        assertEquals(List.of("8 192.168.0.0/24"), ReportExperimentsTest.skipped(p));
        assertTrue(p.skipped().get(0).why().contains("via link#6 on en0"), p.skipped().get(0).why());
        assertEquals(List.of("1 10.243.0.7/32 10.243.0.7", "2 10.243.0.0/27 10.243.0.7", "3 10.0.0.0/16 10.243.0.1"),
                ReportExperimentsTest.rows(p));
    }
}
