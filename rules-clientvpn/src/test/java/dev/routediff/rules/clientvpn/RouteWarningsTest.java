package dev.routediff.rules.clientvpn;

import static dev.routediff.rules.clientvpn.Tables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each warning code: one case that triggers it, one that shows it stays quiet. */
class RouteWarningsTest {

    private final ClientVpnRules rules = new ClientVpnRules();

    /** A home network 192.168.1.0/24 (the ticket classic). */
    private static final List<Route> HOME = List.of(
            row("default", "192.168.1.1", "UGScg", "en0"),
            row("127", "127.0.0.1", "UCS", "lo0"),
            row("169.254", "link#6", "UCS", "en0", "!"),
            row("192.168.1", "link#6", "UCS", "en0", "!"),
            row("192.168.1.1/32", "link#6", "UCS", "en0", "!"),
            row("192.168.1.1", "90:f3:5:ee:a2:bb", "UHLWIir", "en0", "1174"),
            row("192.168.1.14/32", "link#6", "UCS", "en0", "!"),
            row("224.0.0/4", "link#6", "UmCS", "en0", "!"));

    private static RouteTable table(String name, List<Route> base, Route... extra) {
        List<Route> all = new ArrayList<>(base);
        all.addAll(List.of(extra));
        return Tables.table(name, all);
    }

    private static RuleSettings split(String... routes) {
        RuleSettings s = RuleSettings.EMPTY.with("client-cidr", "10.243.0.0/22").with("assigned-ip", "10.243.0.7")
                .with("split-tunnel", "true");
        for (String r : routes) {
            s = s.with("route", r);
        }
        return s;
    }

    private static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }

    private Explanation explain(RouteTable before, RouteTable after, RuleSettings settings) {
        return rules.explain(before, after, RouteDiffer.diff(before, after, false), settings);
    }

    @Test
    void aPushedRouteShadowedByTheHomeLanIsReportedInPredictAndExplain() {
        RouteTable before = table("before", HOME);
        Prediction p = rules.predict(split("192.168.0.0/16", "10.63.0.0/16"), before);
        Warning w = p.warnings().stream().filter(x -> x.code().equals(WarningCodes.VPN_ROUTE_SHADOWED.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(p.warnings().toString()));
        assertEquals("192.168.0.0/16", w.destination());
        assertEquals("VPN route 192.168.0.0/16 is partly shadowed by the more specific 192.168.1.0/24 on en0: traffic "
                + "to those addresses does not enter the tunnel", w.message());

        RouteTable after = table("after", HOME,
                row("10.243/27", "10.243.0.7", "UGSc", "utun3"),
                row("10.243.0.7", "10.243.0.7", "UH", "utun3"),
                row("192.168/16", "10.243.0.1", "UGSc", "utun3"),
                row("10.63/16", "10.243.0.1", "UGSc", "utun3"));
        assertEquals(List.of(WarningCodes.VPN_ROUTE_SHADOWED.code()),
                codes(explain(before, after, RuleSettings.EMPTY).warnings()));
    }

    @Test
    void aVpnRouteCoveredEntirelyByLocalRoutesIsWhollyShadowed() {
        RouteTable before = table("before", HOME,
                row("10.20/17", "192.168.1.50", "UGSc", "en0"),
                row("10.20.128/17", "192.168.1.50", "UGSc", "en0"));
        Warning w = rules.predict(split("10.20.0.0/16"), before).warnings().stream()
                .filter(x -> x.code().equals(WarningCodes.VPN_ROUTE_SHADOWED.code())).findFirst().orElseThrow();
        assertTrue(w.message().startsWith("VPN route 10.20.0.0/16 is wholly shadowed by the more specific "
                + "10.20.0.0/17 on en0, 10.20.128.0/17 on en0"), w.message());
    }

    @Test
    void shadowingStaysQuietWhenNothingLocalIsMoreSpecific(@TempDir Path dir) throws IOException {
        RouteTable before = table("before", HOME);
        // 10.63/16 has no local competitor; own-address /32 rows, link-local and multicast never count; full
        // tunnel's halves lose to the LAN by design.
        assertEquals(List.of(), codes(rules.predict(split("10.63.0.0/16", "192.168.1.14/32"), before).warnings()
                .stream().filter(w -> w.code().equals(WarningCodes.VPN_ROUTE_SHADOWED.code())).toList()));
        RuleSettings full = RuleSettings.EMPTY.with("assigned-ip", "10.243.0.7").with("split-tunnel", "false");
        assertEquals(List.of(), codes(rules.predict(full, before).warnings()));
        // Client Route Enforcement removes the competitor instead (rule 10).
        Path endpoint = dir.resolve("endpoint.json");
        Files.writeString(endpoint, "{\"ClientVpnEndpoints\": [{\"ClientRouteEnforcementOptions\": {\"Enforced\": true}}]}");
        Prediction cre = rules.predict(split("192.168.0.0/16").with("endpoint-json", endpoint.toString()), before);
        assertTrue(cre.warnings().stream().noneMatch(w -> w.code().equals(WarningCodes.VPN_ROUTE_SHADOWED.code())),
                cre.warnings().toString());
        assertTrue(cre.routes().stream().anyMatch(r -> r.change() == ChangeKind.REMOVED
                && r.destination().equals("192.168.1.0/24")), cre.routes().toString());
    }

    @Test
    void clientCidrOverlappingTheLanIsReported() {
        RouteTable before = table("before", HOME);
        RuleSettings s = RuleSettings.EMPTY.with("client-cidr", "192.168.0.0/22").with("assigned-ip", "192.168.0.7")
                .with("split-tunnel", "true");
        Warning w = rules.predict(s, before).warnings().stream()
                .filter(x -> x.code().equals(WarningCodes.CLIENT_CIDR_OVERLAPS_LAN.code())).findFirst().orElseThrow();
        assertEquals("192.168.1.0/24", w.destination());
        assertTrue(w.message().startsWith("client CIDR 192.168.0.0/22 overlaps the LAN 192.168.1.0/24 on en0"), w.message());
        assertEquals(List.of(), codes(rules.predict(split(), before).warnings()));
    }

    @Test
    void theTunnelSubnetOverlappingALanIsReportedByExplain() {
        RouteTable before = table("before", HOME, row("10.243/24", "link#9", "UCS", "en5", "!"));
        RouteTable after = table("after", before.routes(),
                row("10.243/27", "10.243.0.7", "UGSc", "utun3"),
                row("10.243.0.7", "10.243.0.7", "UH", "utun3"));
        List<Warning> ws = explain(before, after, RuleSettings.EMPTY).warnings();
        assertTrue(codes(ws).contains(WarningCodes.CLIENT_CIDR_OVERLAPS_LAN.code()), ws.toString());
    }

    @Test
    void duplicateRoutesAreReportedFromFlagsAndFromTheTable() {
        RouteTable before = table("before", HOME);
        List<Warning> ws = rules.predict(split("10.63.0.0/16", "10.63.0.0/16"), before).warnings();
        assertEquals(List.of(WarningCodes.DUPLICATE_ROUTE.code()), codes(ws));
        assertEquals("10.63.0.0/16 appears 2 times in the --route options; it is pushed once", ws.get(0).message());
        assertEquals(List.of(), codes(rules.predict(split("10.63.0.0/16", "10.64.0.0/16"), before).warnings()));

        RouteTable after = table("after", HOME,
                row("10.243/27", "10.243.0.7", "UGSc", "utun3"),
                row("10.243.0.7", "10.243.0.7", "UH", "utun3"),
                row("10.63/16", "10.243.0.1", "UGSc", "utun3"),
                row("10.63/16", "10.243.0.1", "UGSc", "utun3"));
        assertTrue(codes(explain(before, after, RuleSettings.EMPTY).warnings())
                .contains(WarningCodes.DUPLICATE_ROUTE.code()));
    }

    @Test
    void explainAlsoWarnsAboutTheDefaultRouteAndTheQuotaWhenSettingsSayso() {
        RouteTable before = table("before", HOME);
        RouteTable after = table("after", HOME,
                row("10.243/27", "10.243.0.7", "UGSc", "utun3"),
                row("10.243.0.7", "10.243.0.7", "UH", "utun3"));
        assertTrue(codes(explain(before, after, split("0.0.0.0/0")).warnings())
                .contains(WarningCodes.DEFAULT_ROUTE_IN_SPLIT_TUNNEL.code()));
        String[] many = IntStream.range(0, 101).mapToObj(i -> "10." + i + ".0.0/16").toArray(String[]::new);
        assertTrue(codes(explain(before, after, split(many)).warnings()).contains(WarningCodes.ROUTE_QUOTA.code()));
        assertEquals(List.of(), codes(explain(before, after, split("10.63.0.0/16")).warnings()));
    }
}
