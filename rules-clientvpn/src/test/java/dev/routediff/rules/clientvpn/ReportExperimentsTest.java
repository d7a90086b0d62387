package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The field report's three experiments (BLOG; clientvpn-routing.md section 2). */
class ReportExperimentsTest {

    private static final List<String> NINE_ROUTES = List.of("10.63.0.0/16", "172.16.0.0/24", "172.16.8.0/24",
            "172.22.0.0/24", "172.27.0.0/24", "172.28.0.0/24", "172.29.0.0/24", "172.30.0.0/24", "172.31.0.0/24");

    private final ClientVpnRules rules = new ClientVpnRules();

    static RuleSettings settings(String... nameValue) {
        RuleSettings s = RuleSettings.EMPTY;
        for (int i = 0; i < nameValue.length; i += 2) {
            s = s.with(nameValue[i], nameValue[i + 1]);
        }
        return s;
    }

    /** Rows as "rule destination gateway" for compact comparison. */
    static List<String> rows(Prediction p) {
        return p.routes().stream().map(r -> (r.change() == ChangeKind.REMOVED ? "-" : "") + r.rule() + " "
                + r.destination() + " " + r.gateway()).toList();
    }

    static List<String> skipped(Prediction p) {
        return p.skipped().stream().map(s -> s.rule() + " " + s.destination()).toList();
    }

    static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }

    private Explanation explainFirstExperiment(RuleSettings settings) {
        RouteTable before = Tables.resource("tables/clientvpn-split-before.txt");
        RouteTable after = Tables.resource("tables/clientvpn-split-after.txt");
        RouteDiff diff = RouteDiffer.diff(before, after, false);
        return rules.explain(before, after, diff, settings);
    }

    @Test
    void firstExperimentIsExplainedByRules1To3() {
        Explanation e = explainFirstExperiment(RuleSettings.EMPTY);

        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("assigned_ip", "10.243.0.7");
        expected.put("vpn_subnet", "10.243.0.0/27");
        expected.put("vpn_gateway", "10.243.0.1");
        expected.put("tunnel_interface", "utun3");
        expected.put("split_tunnel", Boolean.TRUE);
        expected.put("endpoint_ip", null);
        expected.put("default_gateway", "192.168.0.1");
        assertEquals(expected, e.inferred());
        assertEquals(TunnelFacts.KEYS, List.copyOf(e.inferred().keySet()));

        List<String> attributed = e.changes().stream()
                .map(c -> c.change() + " " + c.rule() + " " + c.route().destination()).toList();
        List<String> want = new ArrayList<>(List.of("added 1 10.243.0.7/32", "added 2 10.243.0.0/27"));
        NINE_ROUTES.forEach(d -> want.add("added 3 " + d));
        assertEquals(want.stream().sorted().toList(), attributed.stream().sorted().toList());
        assertTrue(e.changes().stream().noneMatch(c -> c.route().destination().toString().startsWith("192.168.0.23")),
                "ARP churn is noise, not a change");
        assertTrue(e.ignored() >= 1, "the new ARP entry and the Expire countdowns are counted as ignored");
        assertTrue(e.missing().isEmpty());
        assertTrue(e.warnings().isEmpty(), () -> e.warnings().toString());
        assertTrue(e.fullyExplained());
    }

    @Test
    void firstExperimentWithItsSettingsMissesNothing() {
        RuleSettings s = settings("client-cidr", "10.243.0.0/22", "split-tunnel", "true");
        for (String r : NINE_ROUTES) {
            s = s.with("route", r);
        }
        Explanation e = explainFirstExperiment(s);
        assertEquals(List.of(), e.missing());
        assertTrue(e.changes().stream().allMatch(c -> c.rule() != null));
        assertTrue(e.fullyExplained());
    }

    @Test
    void firstExperimentPredictionMatchesTheTableAfter() {
        RuleSettings s = settings("assigned-ip", "10.243.0.7", "split-tunnel", "true");
        for (String r : NINE_ROUTES) {
            s = s.with("route", r);
        }
        Prediction p = rules.predict(s, Tables.resource("tables/clientvpn-split-before.txt"));
        List<String> want = new ArrayList<>(List.of("1 10.243.0.7/32 10.243.0.7", "2 10.243.0.0/27 10.243.0.7"));
        NINE_ROUTES.forEach(d -> want.add("3 " + d + " 10.243.0.1"));
        assertEquals(want, rows(p));
        assertEquals(List.of(), p.skipped());
        assertEquals(List.of(), p.warnings());
    }

    static Stream<Arguments> olderExperiments() {
        String three = "192.168.0.0/16,0.0.0.0/0,8.8.8.8/32";
        return Stream.of(
                Arguments.of("1a", "172.31.0.0/16", "172.31.0.130", "true", three,
                        List.of("1 172.31.0.130/32 172.31.0.130", "2 172.31.0.128/27 172.31.0.130",
                                "3 192.168.0.0/16 172.31.0.129", "3 8.8.8.8/32 172.31.0.129"),
                        List.of("7 0.0.0.0/0"), List.of(WarningCodes.DEFAULT_ROUTE_IN_SPLIT_TUNNEL.code())),
                Arguments.of("1b", "172.31.0.0/16", "172.31.0.34", "false", three,
                        List.of("1 172.31.0.34/32 172.31.0.34", "2 172.31.0.32/27 172.31.0.34",
                                "4 endpoint public IP original default gateway",
                                "5 0.0.0.0/1 172.31.0.33", "6 128.0.0.0/1 172.31.0.33"),
                        List.of("3 192.168.0.0/16", "3 0.0.0.0/0", "3 8.8.8.8/32"), List.of()),
                Arguments.of("2a", "172.16.0.0/16", "172.16.0.130", "true", "10.0.0.0/16",
                        List.of("1 172.16.0.130/32 172.16.0.130", "2 172.16.0.128/27 172.16.0.130",
                                "3 10.0.0.0/16 172.16.0.129"),
                        List.of(), List.of()),
                Arguments.of("2b", "172.16.0.0/16", "172.16.0.130", "false", "10.0.0.0/16",
                        List.of("1 172.16.0.130/32 172.16.0.130", "2 172.16.0.128/27 172.16.0.130",
                                "4 endpoint public IP original default gateway",
                                "5 0.0.0.0/1 172.16.0.129", "6 128.0.0.0/1 172.16.0.129"),
                        List.of("3 10.0.0.0/16"), List.of()));
    }

    @ParameterizedTest(name = "experiment {0}")
    @MethodSource("olderExperiments")
    void olderExperimentsFromTheirSettings(String name, String cidr, String assigned, String split, String routes,
                                           List<String> wantRows, List<String> wantSkipped, List<String> wantWarnings) {
        RuleSettings s = settings("client-cidr", cidr, "assigned-ip", assigned, "split-tunnel", split);
        for (String r : routes.split(",")) {
            s = s.with("route", r);
        }
        Prediction p = rules.predict(s, null);
        assertEquals(wantRows, rows(p));
        assertEquals(wantSkipped, skipped(p));
        assertEquals(wantWarnings, codes(p.warnings()));
        assertTrue(p.skipped().stream().map(SkippedRoute::why).allMatch(w -> w != null && !w.isBlank()));
    }

    @Test
    void defaultRouteUnderSplitTunnelIsSkippedWithWhy() {
        Prediction p = rules.predict(settings("assigned-ip", "172.31.0.130", "split-tunnel", "true",
                "route", "0.0.0.0/0"), null);
        SkippedRoute s = p.skipped().get(0);
        assertEquals(new SkippedRoute("0.0.0.0/0", "7", s.why()), s);
        assertTrue(s.why().contains("default route"), s.why());
    }

    @Test
    void fullTunnelWithKnownEndpointAndGatewayIsConcrete() {
        RouteTable before = Tables.resource("tables/clientvpn-split-before.txt");
        Prediction p = rules.predict(settings("assigned-ip", "172.31.0.34", "split-tunnel", "false",
                "endpoint-ip", "54.168.0.83"), before);
        assertEquals(List.of("1 172.31.0.34/32 172.31.0.34", "2 172.31.0.32/27 172.31.0.34",
                "4 54.168.0.83/32 192.168.0.1", "5 0.0.0.0/1 172.31.0.33", "6 128.0.0.0/1 172.31.0.33"), rows(p));
        PredictedRoute bypass = p.routes().get(2);
        assertEquals("en0", bypass.iface(), "rule 4 leaves through the default route's interface");
        assertEquals("utunN", p.routes().get(0).iface());
    }

    @Test
    void explicitDefaultGatewayOverridesTheTable() {
        Prediction p = rules.predict(settings("assigned-ip", "172.31.0.34", "split-tunnel", "false",
                "endpoint-ip", "54.168.0.83", "default-gateway", "10.0.0.1"),
                Tables.resource("tables/clientvpn-split-before.txt"));
        assertEquals("10.0.0.1", p.routes().get(2).gateway());
    }
}
