package dev.routediff.rules.clientvpn;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.Warning;
import dev.routediff.rules.openvpn.Attribution;
import dev.routediff.rules.openvpn.OpenVpnRule;
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
    private final Attribution attribution;

    private Explainer(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings ruleSettings) {
        this.after = after;
        this.diff = diff;
        this.settings = EndpointSettings.from(ruleSettings, before);
        this.tunnelPrefixGiven = ruleSettings.has(EndpointSettings.TUNNEL_PREFIX);
        this.device = DeviceTable.of(before);
        Platform platform = Platform.of(ruleSettings, after, Platform.of(before).orElse(Platform.MACOS));
        this.facts = TunnelFacts.infer(before, after, diff, platform, settings.assignedIp(),
                tunnelPrefixGiven ? settings.tunnelPrefix() : 0);
        this.blockLocal = !device.nonPrivateLans().isEmpty();
        this.attribution = new Attribution(facts.seen(), blockLocal ? device.lansOnGatewayInterface() : List.of());
    }

    static Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        return new Explainer(before, after, diff, settings).run();
    }

    private Explanation run() {
        List<AttributedChange> changes = new ArrayList<>();
        for (Route r : diff.added()) {
            changes.add(new AttributedChange(ChangeKind.ADDED, r, ruleOf(addedRule(r))));
        }
        for (Route r : diff.removed()) {
            changes.add(new AttributedChange(ChangeKind.REMOVED, r, ruleOf(removedRule(r))));
        }
        for (RouteDiff.Change c : diff.changed()) {
            // No rule moves a route to another interface or changes its flags.
            changes.add(new AttributedChange(ChangeKind.CHANGED, c.after(), null));
        }
        return new Explanation(facts.toMap(), changes, diff.ignored(), missing(), warnings());
    }

    private static String ruleOf(ClientVpnRule rule) {
        return rule == null ? null : rule.id();
    }

    private boolean onTunnel(Route r) {
        return facts.tunnelInterface() != null && r.iface().equals(facts.tunnelInterface());
    }

    /** The OpenVPN mechanism behind the row (read the same way on every platform), as AWS's rule. */
    private ClientVpnRule addedRule(Route r) {
        if (r.family() == AddressFamily.INET6) {
            boolean pushed = onTunnel(r) && settings.carriesIpv6() && settings.routes().contains(r.destination());
            return pushed ? ClientVpnRule.PUSHED_ROUTE : null;
        }
        OpenVpnRule o = attribution.added(r);
        if (o == null) {
            return null;
        }
        return switch (o) {
            case CLIENT_HOST, P2P_PEER -> ClientVpnRule.CLIENT_HOST;
            case TUNNEL_SUBNET -> ClientVpnRule.TUNNEL_SUBNET;
            case DEF1_LOWER -> ClientVpnRule.LOWER_HALF;
            case DEF1_UPPER -> ClientVpnRule.UPPER_HALF;
            case REDIRECT_DEFAULT -> blockLocal ? ClientVpnRule.BLOCK_LOCAL : ClientVpnRule.REDIRECT_DEFAULT;
            case BLOCK_LOCAL -> ClientVpnRule.BLOCK_LOCAL;
            case REMOTE_HOST -> ClientVpnRule.ENDPOINT_BYPASS;
            case BYPASS_DHCP -> ClientVpnRule.BYPASS_DHCP;
            case INTERFACE_ROWS -> ClientVpnRule.INTERFACE_ROWS;
            case PUSHED_ROUTE -> pushedRoute(r.destination());
            case ROUTE_IPV6 -> null;
        };
    }

    /** A route via R on the tunnel that is no redirect-gateway row: pushed in split mode. */
    private ClientVpnRule pushedRoute(Prefix d) {
        if (settings.routesKnown() && settings.routes().contains(d) && !Boolean.FALSE.equals(facts.splitTunnel())) {
            return ClientVpnRule.PUSHED_ROUTE;
        }
        boolean pushedUnknownList = !settings.routesKnown() && !Boolean.FALSE.equals(facts.splitTunnel())
                && !Boolean.FALSE.equals(settings.splitTunnel()) && !d.isDefault();
        return pushedUnknownList ? ClientVpnRule.PUSHED_ROUTE : null;
    }

    private ClientVpnRule removedRule(Route r) {
        if (r.family() != AddressFamily.INET) {
            return null;
        }
        if (attribution.removed(r, diff.added()) == OpenVpnRule.REDIRECT_DEFAULT) {
            return blockLocal ? ClientVpnRule.BLOCK_LOCAL : ClientVpnRule.REDIRECT_DEFAULT;
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
        List<Expectation> expected = PlatformRows.adapt(Predictor.predict(filled, device).expected(),
                facts.seen().platform(), filled.assignedIp(), facts.tunnelInterface());
        for (Expectation e : expected) {
            if (e.conditional() || !e.isConcrete()) {
                continue;
            }
            boolean present = afterRoutes.stream().anyMatch(e::matches);
            if ((e.change() == ChangeKind.ADDED) != present) {
                out.add(e.toPredictedRoute());
            }
        }
        return out;
    }

    private List<Warning> warnings() {
        List<Warning> out = new ArrayList<>(settings.inputWarnings());
        // The same checks of the settings as predict's, so both commands warn alike for the same flags.
        out.addAll(Predictor.settingsWarnings(settings));
        Prefix n = facts.vpnSubnet();
        if (n != null && n.length() != EndpointSettings.OBSERVED_TUNNEL_PREFIX && !tunnelPrefixGiven) {
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
        if (!Boolean.FALSE.equals(settings.splitTunnel()) && settings.routes().stream().anyMatch(Prefix::isDefault)) {
            out.add(new Warning(WarningCodes.DEFAULT_ROUTE_IN_SPLIT_TUNNEL, "0.0.0.0/0 is in the route table of a "
                    + "split-tunnel endpoint: not installed on macOS; on Windows it is installed and the client loops "
                    + "connect/disconnect", Prefix.DEFAULT_V4.toString()));
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
