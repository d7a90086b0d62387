package dev.routediff.rules.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.input.TextInput;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSets;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.rules.openvpn.OpenVpnRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A non-OpenVPN full tunnel gets pattern explanations and inferred values instead of "unknown". */
class GenericTunnelTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load(GenericTunnelTest.class.getClassLoader());

    static RouteTable table(String name) {
        try (InputStream in = GenericTunnelTest.class.getResourceAsStream("/tables/" + name)) {
            return new RouteTableReader(REGISTRY).parse(TextInput.open(name, in), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Explanation orchestrated(RuleSet selected, String before, String after) {
        RouteTable b = table(before);
        RouteTable a = table(after);
        return RuleSets.explain(selected, List.of(new OpenVpnRules(), new GenericTunnelRules()), b, a,
                RouteDiffer.diff(b, a, false), RuleSettings.EMPTY);
    }

    private static List<String> lines(Explanation e) {
        return e.changes().stream().map(GenericTunnelTest::line).toList();
    }

    private static String line(AttributedChange c) {
        return c.change() + " " + c.route().destination() + " " + c.route().iface() + " -> "
                + (c.pattern() ? "pattern " : "") + c.rule();
    }

    @Test
    void macosFullTunnelOfANonOpenVpnClientIsExplainedByPattern() {
        Explanation e = orchestrated(new OpenVpnRules(), "macos-before.txt", "macos-anyconnect-full-after.txt");
        assertEquals(List.of(
                "added 0.0.0.0/0 utun4 -> pattern default-to-tunnel",
                "added 10.99.0.0/16 utun4 -> pattern network-via-tunnel",
                "added 10.99.12.44/32 utun4 -> pattern tunnel-own-address",
                "added 172.16.0.0/12 utun4 -> pattern network-via-tunnel",
                "added 203.0.113.55/32 en0 -> pattern server-host-route",
                "added 224.0.0.0/4 utun4 -> pattern tunnel-interface-rows",
                "added 255.255.255.255/32 utun4 -> pattern tunnel-interface-rows",
                "changed 0.0.0.0/0 en0 -> pattern default-to-tunnel"), lines(e));
        assertTrue(e.fullyExplained(), "a pattern counts as explained");
        assertTrue(e.changes().stream().allMatch(c -> GenericTunnelRules.ID.equals(c.ruleSet())));
        assertEquals("utun4", e.inferred().get("tunnel_interface"));
        assertEquals("203.0.113.55", e.inferred().get("endpoint_ip"));
        assertEquals("10.99.12.44", e.inferred().get("assigned_ip"));
        assertTrue(e.warnings().stream().noneMatch(w -> w.code().equals(RuleSets.TRY_RULE_SET)),
                "patterns are no rule set to try");
    }

    @Test
    void quartersOnATunnelAreACatchAll() {
        Explanation e = orchestrated(new OpenVpnRules(), "linux-before.txt", "linux-wireguard-app-after.txt");
        assertTrue(lines(e).contains("added 64.0.0.0/2 wg0 -> pattern catch-all-on-tunnel"), () -> lines(e).toString());
        assertTrue(lines(e).contains("added 162.159.192.1/32 wlp2s0 -> pattern server-host-route"));
        assertTrue(lines(e).contains("added 10.64.0.2/32 wg0 -> pattern tunnel-own-address"), () -> lines(e).toString());
        assertEquals(Boolean.FALSE, e.inferred().get("split_tunnel"));
        assertEquals("wg0", e.inferred().get("tunnel_interface"));
        assertTrue(e.fullyExplained(), () -> lines(e).toString());
    }

    @Test
    void anotherRuleSetsHitGivesTryRuleSet() {
        RouteTable b = table("macos-before.txt");
        RouteTable a = table("macos-anyconnect-full-after.txt");
        RuleSet nothing = new Renamed(new GenericTunnelRules(),
                new dev.routediff.core.rules.RuleSetInfo("other-vpn", "test", List.of()));
        Explanation e = RuleSets.explain(new OpenVpnRules(), List.of(nothing), b, a, RouteDiffer.diff(b, a, false),
                RuleSettings.EMPTY);
        assertTrue(e.warnings().stream().anyMatch(w -> w.code().equals(RuleSets.TRY_RULE_SET)
                && w.message().contains("--rules other-vpn")), () -> e.warnings().toString());
        assertTrue(e.changes().stream().noneMatch(AttributedChange::pattern));
    }

    @Test
    void aRuleSetWithoutTheTablesPlatformWarns() {
        RouteTable b = table("linux-before.txt");
        RouteTable a = table("linux-wireguard-app-after.txt");
        var rules = new OpenVpnRules().info().rules().stream().map(r -> new dev.routediff.core.rules.RuleInfo(r.id(),
                r.name(), r.summary(), r.source(), r.observedOn(), r.forms().stream()
                .filter(f -> f.platform() == dev.routediff.core.rules.Platform.MACOS).toList())).toList();
        RuleSet macOnly = new Renamed(new OpenVpnRules(),
                new dev.routediff.core.rules.RuleSetInfo("mac-only", "test", rules));
        Explanation e = RuleSets.explain(macOnly, List.of(), b, a, RouteDiffer.diff(b, a, false), RuleSettings.EMPTY);
        assertTrue(e.warnings().stream().anyMatch(w -> w.code().equals(RuleSets.PLATFORM_NOT_MODELLED)
                && w.message().contains("Linux")), () -> e.warnings().toString());
    }

    /** Another rule set's answers under another name and info, never explaining by pattern. */
    private record Renamed(RuleSet inner, dev.routediff.core.rules.RuleSetInfo info) implements RuleSet {
        @Override
        public dev.routediff.core.rules.Prediction predict(RuleSettings settings, RouteTable before) {
            return inner.predict(settings, before);
        }

        @Override
        public Explanation explain(RouteTable before, RouteTable after, dev.routediff.core.diff.RouteDiff diff,
                                   RuleSettings settings) {
            return inner.explain(before, after, diff, settings);
        }
    }
}
