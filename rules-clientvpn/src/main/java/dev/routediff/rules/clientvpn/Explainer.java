package dev.routediff.rules.clientvpn;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * Attributes every change of an observed diff to the rule that explains it (null when none does) and, when
 * settings are given, lists what they predict but the table after lacks.
 */
final class Explainer {

    private final RouteTable after;
    private final RouteDiff diff;
    private final EndpointSettings settings;
    private final boolean tunnelPrefixGiven;
    private final DeviceTable device;
    private final TunnelFacts facts;
    private final boolean blockLocal;

    private Explainer(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings ruleSettings) {
        this.after = after;
        this.diff = diff;
        this.settings = EndpointSettings.from(ruleSettings, before);
        this.tunnelPrefixGiven = ruleSettings.has(EndpointSettings.TUNNEL_PREFIX);
        this.device = DeviceTable.of(before);
        this.facts = TunnelFacts.infer(before, after, diff);
        this.blockLocal = !device.nonPrivateLans().isEmpty();
    }

    static Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        return new Explainer(before, after, diff, settings).run();
    }

    private Explanation run() {
        List<AttributedChange> changes = new ArrayList<>();
        for (Route r : diff.added()) {
            changes.add(new AttributedChange(Expectation.ADDED, r, ruleOf(addedRule(r))));
        }
        for (Route r : diff.removed()) {
            changes.add(new AttributedChange(Expectation.REMOVED, r, ruleOf(removedRule(r))));
        }
        for (RouteDiff.Change c : diff.changed()) {
            // No rule moves a route to another interface or changes its flags.
            changes.add(new AttributedChange("changed", c.after(), null));
        }
        return new Explanation(facts.toMap(), changes, diff.ignored(), missing(), warnings());
    }

    private static String ruleOf(ClientVpnRule rule) {
        return rule == null ? null : rule.id();
    }

    private boolean onTunnel(Route r) {
        return facts.tunnelInterface() != null && r.iface().equals(facts.tunnelInterface());
    }

    private ClientVpnRule addedRule(Route r) {
        if (r.family() == AddressFamily.INET6) {
            boolean pushed = onTunnel(r) && settings.carriesIpv6() && settings.routes().contains(r.destination());
            return pushed ? ClientVpnRule.PUSHED_ROUTE : null;
        }
        Prefix d = r.destination();
        IpAddress gw = TunnelFacts.address(r);
        IpAddress c = facts.assignedIp();
        if (onTunnel(r)) {
            if (c != null && c.equals(gw)) {
                if (d.equals(Prefix.host(c))) {
                    return ClientVpnRule.CLIENT_HOST;
                }
                return d.equals(facts.vpnSubnet()) ? ClientVpnRule.TUNNEL_SUBNET : null;
            }
            if (gw == null || !gw.equals(facts.vpnGateway())) {
                return null;
            }
            return viaRouteGateway(d);
        }
        if (gw != null && gw.equals(facts.defaultGateway()) && d.isHostLength()
                && d.address().equals(facts.endpointIp())) {
            return ClientVpnRule.ENDPOINT_BYPASS;
        }
        // block-local adds L/32 on-link so the gateway stays reachable past the LAN halves.
        boolean gatewayBypass = blockLocal && facts.defaultGateway() != null
                && d.equals(Prefix.host(facts.defaultGateway())) && r.iface().equals(device.defaultInterface())
                && (r.gateway() instanceof Gateway.Link || r.gateway() instanceof Gateway.Interface);
        return gatewayBypass ? ClientVpnRule.BLOCK_LOCAL : null;
    }

    /** A route via R on the tunnel: def1's halves, block-local's rows, or a pushed route. */
    private ClientVpnRule viaRouteGateway(Prefix d) {
        if (d.equals(Prefix.parse("0.0.0.0/1"))) {
            return ClientVpnRule.LOWER_HALF;
        }
        if (d.equals(Prefix.parse("128.0.0.0/1"))) {
            return ClientVpnRule.UPPER_HALF;
        }
        if (settings.routesKnown() && settings.routes().contains(d) && !Boolean.FALSE.equals(facts.splitTunnel())) {
            return ClientVpnRule.PUSHED_ROUTE;
        }
        if (blockLocal && (d.isDefault() || isLanHalf(d))) {
            return ClientVpnRule.BLOCK_LOCAL;
        }
        boolean pushedUnknownList = !settings.routesKnown() && !Boolean.FALSE.equals(facts.splitTunnel())
                && !Boolean.FALSE.equals(settings.splitTunnel()) && !d.isDefault();
        return pushedUnknownList ? ClientVpnRule.PUSHED_ROUTE : null;
    }

    private boolean isLanHalf(Prefix d) {
        return device.lansOnGatewayInterface().stream().anyMatch(lan -> Cidr.halves(lan).contains(d));
    }

    private ClientVpnRule removedRule(Route r) {
        if (r.family() != AddressFamily.INET) {
            return null;
        }
        boolean defaultReplaced = blockLocal && r.destination().isDefault()
                && r.equals(device.defaultRoute().orElse(null))
                && diff.added().stream().anyMatch(a -> onTunnel(a) && a.destination().isDefault());
        if (defaultReplaced) {
            return ClientVpnRule.BLOCK_LOCAL;
        }
        if (Boolean.FALSE.equals(settings.routeEnforcement()) || !device.enforceable().contains(r)) {
            return null;
        }
        // Only Client Route Enforcement deletes a local route covered by a route the tunnel brought.
        boolean covered = diff.added().stream()
                .filter(a -> onTunnel(a) && !a.destination().isHostLength() && !a.destination().isDefault())
                .anyMatch(a -> a.destination().contains(r.destination()));
        return covered ? ClientVpnRule.ROUTE_ENFORCEMENT : null;
    }

    private List<PredictedRoute> missing() {
        if (!settings.given()) {
            return List.of();
        }
        EndpointSettings filled = settings.orInferred(facts.assignedIp(), facts.splitTunnel(), facts.endpointIp());
        if (!tunnelPrefixGiven && facts.vpnSubnet() != null) {
            filled = filled.withTunnelPrefix(facts.vpnSubnet().length());
        }
        List<Route> afterRoutes = after.routes();
        List<PredictedRoute> out = new ArrayList<>();
        for (Expectation e : Predictor.predict(filled, device).expected()) {
            if (e.conditional() || !e.isConcrete()) {
                continue;
            }
            boolean present = afterRoutes.stream().anyMatch(e::matches);
            if (e.change().equals(Expectation.ADDED) != present) {
                out.add(e.toPredictedRoute());
            }
        }
        return out;
    }

    private List<Warning> warnings() {
        List<Warning> out = new ArrayList<>(settings.inputWarnings());
        Prefix n = facts.vpnSubnet();
        if (n != null && n.length() != EndpointSettings.OBSERVED_TUNNEL_PREFIX) {
            out.add(new Warning(WarningCodes.PREFIX_NOT_27, "the tunnel subnet " + n + " is not a /27 as in every "
                    + "earlier observation", n.toString()));
        }
        if (n != null && facts.vpnGateway() != null && !facts.vpnGateway().equals(n.firstHost())) {
            out.add(new Warning(WarningCodes.GATEWAY_NOT_FIRST_HOST, "routes on " + facts.tunnelInterface()
                    + " go via " + facts.vpnGateway() + ", not via " + n.firstHost() + ", the first host of " + n,
                    facts.vpnGateway().toString()));
        }
        String tunnel = facts.tunnelInterface();
        if (tunnel != null) {
            List<Route> onTunnel = after.routes().stream().filter(r -> r.iface().equals(tunnel)).toList();
            List<Route> offTunnel = after.routes().stream().filter(r -> !r.iface().equals(tunnel)).toList();
            List<Prefix> intoTunnel = onTunnel.stream().map(Route::destination)
                    .filter(d -> !d.isHostLength() && !d.equals(n)).distinct().toList();
            out.addAll(RouteWarnings.shadowed(intoTunnel, offTunnel));
            out.addAll(RouteWarnings.duplicatesOnTunnel(onTunnel));
        }
        out.addAll(RouteWarnings.overlapsLan(settings.clientCidr(), n, device.lans()));
        if (Boolean.TRUE.equals(settings.splitTunnel()) && settings.routes().stream().anyMatch(Prefix::isDefault)) {
            out.add(new Warning(WarningCodes.DEFAULT_ROUTE_IN_SPLIT_TUNNEL, "0.0.0.0/0 is in the route table of a "
                    + "split-tunnel endpoint: not installed on macOS; on Windows it is installed and the client loops "
                    + "connect/disconnect", Prefix.DEFAULT_V4.toString()));
        }
        if (settings.routes().size() > Predictor.ROUTE_QUOTA) {
            out.add(new Warning(WarningCodes.ROUTE_QUOTA, settings.routes().size() + " destinations exceed the "
                    + "default quota of " + Predictor.ROUTE_QUOTA + " routes per target network association", null));
        }
        if (blockLocal) {
            Route lan = device.nonPrivateLans().get(0);
            out.add(new Warning(WarningCodes.BLOCK_LOCAL, "LAN " + lan.destination() + " on " + lan.iface()
                    + " is outside 10/8, 172.16/12, 192.168/16 and 169.254/16: the endpoint pushes "
                    + "redirect-gateway block-local", lan.destination().toString()));
        }
        return out;
    }
}
