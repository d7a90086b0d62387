package dev.routediff.rules.wireguard;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attributes the changes of an observed diff to the wg-quick rules. The tunnel is the utun holding an A -> A host
 * route, else the interface that added routes name as their own gateway (route add -interface); with a
 * configuration, only its AllowedIPs and endpoints are explained, and what it predicts but the table lacks is missing.
 */
final class Explainer {

    private Explainer() {
    }

    static Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        WgSettings s = WgSettings.from(settings, before);
        WgConfig config = s.config();
        String tunnel = tunnel(diff, s.platform(), config);
        Set<String> addresses = new LinkedHashSet<>();
        boolean halves4 = false;
        boolean halves6 = false;
        for (Route r : diff.added()) {
            if (r.iface().equals(tunnel) && isAddressHost(r)) {
                addresses.add(r.destination().address().toString());
            }
            if (s.platform() == Platform.LINUX && r.iface().equals(tunnel)
                    && "local".equals(r.attributes().get("type")) && PolicyRule.tableOf(r).equals("local")) {
                addresses.add(r.destination().address().toString()); // local A dev wg0 table local
            }
            if (s.platform() == Platform.LINUX && r.iface().equals(tunnel) && r.destination().length() == 0
                    && !PolicyRule.tableOf(r).equals("main")) {
                // wg-quick's full tunnel on Linux: the /0 in its own table (51820), chosen by ip rules
                if (r.family() == AddressFamily.INET) {
                    halves4 = true;
                } else {
                    halves6 = true;
                }
            }
            if (r.iface().equals(tunnel) && Predictor.isHalf(r.destination())) {
                if (r.family() == AddressFamily.INET) {
                    halves4 = true;
                } else {
                    halves6 = true;
                }
            }
        }
        List<AttributedChange> changes = new ArrayList<>();
        Set<String> endpoints = new LinkedHashSet<>();
        for (Route r : diff.added()) {
            boolean halves = r.family() == AddressFamily.INET ? halves4 : halves6;
            String rule = rule(r, tunnel, s, config, halves);
            if (rule != null && (rule.equals(WireGuardRule.ENDPOINT_VIA_GATEWAY.id())
                    || rule.equals(WireGuardRule.ENDPOINT_BLACKHOLE.id()))) {
                endpoints.add(r.destination().address().toString());
            }
            changes.add(new AttributedChange(ChangeKind.ADDED, r, rule));
        }
        // wg-quick up removes nothing and changes nothing.
        for (Route r : diff.removed()) {
            changes.add(new AttributedChange(ChangeKind.REMOVED, r, null));
        }
        for (RouteDiff.Change c : diff.changed()) {
            changes.add(new AttributedChange(ChangeKind.CHANGED, c.after(), null));
        }
        Map<String, Object> inferred = new LinkedHashMap<>();
        inferred.put("tunnel_interface", tunnel);
        inferred.put("addresses", addresses.isEmpty() ? null : String.join(", ", addresses));
        inferred.put("full_tunnel", tunnel == null ? null : halves4 || halves6);
        inferred.put("endpoints", endpoints.isEmpty() ? null : String.join(", ", endpoints));
        WgSettings.Hop hop = s.gateway4();
        inferred.put("default_gateway", hop == null ? null : hop.gateway());

        List<PredictedRoute> missing = new ArrayList<>();
        Prediction p = null;
        if (config != null) {
            p = Predictor.predict(s, before);
            for (PredictedRoute pr : p.routes()) {
                if (!present(pr, after, tunnel)) {
                    missing.add(pr);
                }
            }
        }
        return new Explanation(inferred, changes, diff.ignored(), missing, p == null ? List.of() : p.warnings());
    }

    /** The utun with an A -> A host route; else the interface that added routes name as their gateway. */
    private static String tunnel(RouteDiff diff, Platform platform, WgConfig config) {
        if (platform == Platform.LINUX) {
            return config != null && config.name() != null ? config.name() : "wg0";
        }
        for (Route r : diff.added()) {
            if (r.iface().startsWith("utun") && isAddressHost(r)) {
                return r.iface();
            }
        }
        for (Route r : diff.added()) {
            if (r.gateway() instanceof Gateway.Interface g && g.name().equals(r.iface())) {
                return r.iface();
            }
        }
        return null;
    }

    private static boolean isAddressHost(Route r) {
        return r.destination().isHostLength() && r.gateway() instanceof Gateway.Address a
                && a.address().withoutZone().equals(r.destination().address());
    }

    /** @param halves whether this family's /0 halves appeared: endpoint routes come only with them (AUTO_ROUTE). */
    private static String rule(Route r, String tunnel, WgSettings s, WgConfig config, boolean halves) {
        Prefix d = r.destination();
        if (tunnel != null && r.iface().equals(tunnel)) {
            if (s.platform() == Platform.LINUX) {
                if (config != null && config.addresses().stream().anyMatch(a -> a.prefix().equals(d)
                        && a.length() < a.ip().family().bits())) {
                    return WireGuardRule.LINUX_CONNECTED.id();
                }
                // a capture of every table (ip rule; ip route show table all) shows what the main table cannot
                String table = PolicyRule.tableOf(r);
                if (table.equals("local")) {
                    // ip address add A makes the kernel add local A (and broadcast rows for A's prefix) to table local
                    return config == null || config.addresses().stream().anyMatch(a -> a.prefix().contains(d))
                            ? WireGuardRule.LINUX_CONNECTED.id() : null;
                }
                if (!table.equals("main") && d.length() == 0) {
                    return config == null || allowed(config, d) ? WireGuardRule.LINUX_POLICY_DEFAULT.id() : null;
                }
                return config == null || allowed(config, d) ? WireGuardRule.LINUX_ALLOWED_IP.id() : null;
            }
            if (isAddressHost(r) && r.family() == AddressFamily.INET) {
                return config == null || config.addresses().stream().anyMatch(a -> a.ip().equals(d.address()))
                        ? WireGuardRule.ADDRESS_HOST.id() : null;
            }
            if (Predictor.isHalf(d)) {
                return config == null || allowed(config, Prefix.of(d.address(), 0))
                        ? WireGuardRule.DEFAULT_HALVES.id() : null;
            }
            if (r.gateway() instanceof Gateway.Interface g && g.name().equals(tunnel)) {
                return config == null || allowed(config, d) ? WireGuardRule.ALLOWED_IP.id() : null;
            }
            return null;
        }
        if (s.platform() != Platform.MACOS || !d.isHostLength() || !(r.gateway() instanceof Gateway.Address gw)) {
            return null;
        }
        boolean fullTunnel = halves || (config != null && config.peers().stream()
                .anyMatch(p -> p.allowedIps().contains(Prefix.of(d.address(), 0))));
        if (!fullTunnel || (config != null && !isEndpoint(config, d.address()))) {
            return null;
        }
        IpAddress via = gw.address();
        if (Predictor.isLoopback(via.withoutZone()) && r.flags().has(RouteFlag.BLACKHOLE)) {
            return WireGuardRule.ENDPOINT_BLACKHOLE.id();
        }
        WgSettings.Hop hop = s.gateway(r.family());
        if (hop != null && IpAddress.tryParse(hop.gateway()) != null
                && IpAddress.tryParse(hop.gateway()).withoutZone().equals(via.withoutZone())) {
            return WireGuardRule.ENDPOINT_VIA_GATEWAY.id();
        }
        return null;
    }

    private static boolean allowed(WgConfig config, Prefix d) {
        return config.peers().stream().anyMatch(p -> p.allowedIps().contains(d));
    }

    /** A literal endpoint must match; a name could have resolved to any address, so any host route may be it. */
    private static boolean isEndpoint(WgConfig config, IpAddress a) {
        return config.peers().stream().map(WgConfig.Peer::endpoint).anyMatch(e -> e != null
                && (e.isName() || e.ip().withoutZone().equals(a.withoutZone())));
    }

    private static boolean present(PredictedRoute p, RouteTable after, String tunnel) {
        Prefix d;
        try {
            d = Prefix.parse(p.destination());
        } catch (IllegalArgumentException symbolic) {
            return true;
        }
        String iface = p.iface().equals(Predictor.TUNNEL) ? tunnel : p.iface();
        return after.section(d.family()).stream().anyMatch(r -> r.destination().equals(d)
                && (iface == null || iface.equals(Predictor.DEFAULT_IFACE) || iface.equals(r.iface())));
    }
}
