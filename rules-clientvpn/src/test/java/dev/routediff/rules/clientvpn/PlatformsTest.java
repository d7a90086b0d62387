package dev.routediff.rules.clientvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.spi.PluginRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AWS Client VPN as the OpenVPN model with AWS's settings: tables from macOS, Linux and Windows in the form each
 * prints (tables/PROVENANCE.md), both full-tunnel forms, net30 rows, and the same warnings from explain as predict.
 */
class PlatformsTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load(PlatformsTest.class.getClassLoader());

    private final ClientVpnRules rules = new ClientVpnRules();

    static RouteTable table(String name) {
        try (InputStream in = PlatformsTest.class.getResourceAsStream("/tables/" + name)) {
            return new RouteTableReader(REGISTRY).parse(TextInput.open(name, in), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Explanation explain(String before, String after, RuleSettings settings) {
        RouteTable b = table(before);
        RouteTable a = table(after);
        return rules.explain(b, a, RouteDiffer.diff(b, a, false), settings);
    }

    private static List<String> lines(Explanation e) {
        return e.changes().stream().map(c -> c.change() + " " + c.route().destination() + " " + c.route().iface()
                + " -> " + c.rule()).toList();
    }

    @Test
    void macosDefaultMovedToTheTunnelWithoutDef1IsFullyExplained() {
        Explanation e = explain("macos-before.txt", "macos-aws-default-moved-after.txt", RuleSettings.EMPTY);
        assertEquals(List.of(
                "added 0.0.0.0/0 utun6 -> 11",
                "added 54.168.0.83/32 en0 -> 4",
                "added 172.32.252.0/27 utun6 -> 2",
                "added 172.32.252.3/32 utun6 -> 1",
                "removed 0.0.0.0/0 en0 -> 11"), lines(e));
        assertTrue(e.fullyExplained());
        assertEquals(null, e.inferred().get("split_tunnel"), "the default replaced: not def1");
        assertEquals("54.168.0.83", e.inferred().get("endpoint_ip"));
    }

    @Test
    void net30TableInfersTheAssignedAddressAndTunnelPrefix24GivesRule2AndTheWarning() {
        Explanation e = explain("macos-before.txt", "macos-net30-after.txt",
                RuleSettings.EMPTY.with("tunnel-prefix", "24"));
        assertEquals("10.10.5.6", e.inferred().get("assigned_ip"));
        assertTrue(lines(e).contains("added 10.10.5.0/24 utun5 -> 2"), () -> lines(e).toString());
        assertTrue(lines(e).contains("added 10.10.5.5/32 utun5 -> 1"), () -> lines(e).toString());
        assertTrue(e.warnings().stream().anyMatch(w -> w.code().equals("prefix-not-27")));
    }

    @Test
    void explainAndPredictWarnAlikeForTheSameSettings() {
        RuleSettings s = RuleSettings.EMPTY.with("tunnel-prefix", "24").with("client-cidr", "10.10.0.0/22")
                .with("assigned-ip", "10.20.5.6");
        Prediction p = rules.predict(s, table("macos-before.txt"));
        Explanation e = explain("macos-before.txt", "macos-net30-after.txt", s);
        List<String> predicted = p.warnings().stream().map(Warning::code).distinct().sorted().toList();
        List<String> explained = e.warnings().stream().map(Warning::code).distinct().sorted().toList();
        assertTrue(explained.containsAll(predicted), explained + " lacks some of " + predicted);
        assertTrue(predicted.contains("prefix-not-27") && predicted.contains("assigned-ip-outside-client-cidr"));
    }

    @Test
    void linuxIpRouteFullTunnelSlash27IsFullyExplained() {
        Explanation e = explain("linux-ip-net30-before.txt", "linux-ip-aws27-after.txt", RuleSettings.EMPTY);
        assertEquals(List.of(
                "added 0.0.0.0/1 tun0 -> 5",
                "added 10.0.0.96/27 tun0 -> 2",
                "added 128.0.0.0/1 tun0 -> 6",
                "added 3.112.20.7/32 wlp2s0 -> 4"), lines(e));
        assertEquals("10.0.0.98", e.inferred().get("assigned_ip"));
        assertEquals(Boolean.FALSE, e.inferred().get("split_tunnel"));
        assertTrue(e.warnings().isEmpty(), () -> e.warnings().toString());
    }

    @Test
    void windowsRoutePrintSplitTunnelSlash27IsFullyExplained() {
        Explanation e = explain("windows-before.txt", "windows-aws27-split-after.txt", RuleSettings.EMPTY);
        assertTrue(e.fullyExplained(), () -> lines(e).toString());
        assertEquals("10.243.0.7", e.inferred().get("assigned_ip"));
        assertEquals("10.243.0.0/27", e.inferred().get("vpn_subnet"));
        assertEquals("10.243.0.1", e.inferred().get("vpn_gateway"));
        assertEquals(Boolean.TRUE, e.inferred().get("split_tunnel"));
        assertTrue(lines(e).contains("added 10.63.0.0/16 10.243.0.7 -> 3"));
        assertTrue(lines(e).contains("added 224.0.0.0/4 10.243.0.7 -> 12"));
    }

    @Test
    void windowsExplainWithSettingsFindsNothingMissing() {
        RuleSettings s = RuleSettings.EMPTY.with("split-tunnel", "true").with("route", "10.63.0.0/16")
                .with("route", "172.16.0.0/24").with("platform", "windows");
        Explanation e = explain("windows-before.txt", "windows-aws27-split-after.txt", s);
        assertTrue(e.missing().isEmpty(), () -> e.missing().toString());
        assertTrue(e.fullyExplained());
    }

    @Test
    void predictPrintsEachPlatformsRows() {
        RuleSettings s = RuleSettings.EMPTY.with("assigned-ip", "10.243.0.7").with("no-such", "x")
                .with("split-tunnel", "false");
        List<String> linux = rows(rules.predict(s.with("platform", "linux"), table("linux-ip-net30-before.txt")));
        assertEquals(List.of(
                "2 10.243.0.0/27 tun0 tun0",
                "4 endpoint public IP 192.168.1.1 wlp2s0",
                "5 0.0.0.0/1 10.243.0.1 tun0",
                "6 128.0.0.0/1 10.243.0.1 tun0"), linux);
        List<String> windows = rows(rules.predict(s.with("platform", "windows"), table("windows-before.txt")));
        assertEquals(List.of(
                "1 10.243.0.7/32 On-link 10.243.0.7",
                "2 10.243.0.0/27 On-link 10.243.0.7",
                "2 10.243.0.31/32 On-link 10.243.0.7",
                "12 224.0.0.0/4 On-link 10.243.0.7",
                "12 255.255.255.255/32 On-link 10.243.0.7",
                "4 endpoint public IP 192.168.1.1 192.168.1.100",
                "5 0.0.0.0/1 10.243.0.1 10.243.0.7",
                "6 128.0.0.0/1 10.243.0.1 10.243.0.7"), windows);
        // Default: the --before table's platform.
        assertEquals(windows, rows(rules.predict(s, table("windows-before.txt"))));
    }

    @Test
    void windowsInstallsAPushedDefaultThatMacosSkips() {
        RuleSettings s = RuleSettings.EMPTY.with("assigned-ip", "10.243.0.7").with("split-tunnel", "true")
                .with("route", "0.0.0.0/0");
        Prediction mac = rules.predict(s.with("platform", "macos"), null);
        assertTrue(mac.skipped().stream().anyMatch(k -> k.rule().equals("7")));
        Prediction win = rules.predict(s.with("platform", "windows"), null);
        assertTrue(win.skipped().stream().noneMatch(k -> k.rule().equals("7")));
        assertTrue(rows(win).contains("7 0.0.0.0/0 10.243.0.1 10.243.0.7"), rows(win).toString());
        assertTrue(win.warnings().stream().anyMatch(w -> w.code().equals("default-route-in-split-tunnel")));
    }

    private static List<String> rows(Prediction p) {
        return p.routes().stream().map(PredictedRoute::toString).map(x -> x).toList().isEmpty() ? List.of()
                : p.routes().stream().map(r -> r.rule() + " " + r.destination() + " " + r.gateway() + " " + r.iface())
                .toList();
    }
}
