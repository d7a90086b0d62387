package dev.routediff.rules.openvpn;

import com.google.auto.service.AutoService;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AbstractRuleSet;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleInfo;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSetInfo;
import dev.routediff.core.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenVPN rule set ({@code openvpn}): the routes any OpenVPN 2.x client installs on macOS, Linux and Windows,
 * from OpenVPN's options (or a pasted PUSH_REPLY line). Settings: {@link OpenVpnSettings#NAMES}; rules:
 * {@link OpenVpnRule}.
 */
@AutoService(RuleSet.class)
public final class OpenVpnRules extends AbstractRuleSet {

    public static final String ID = "openvpn";

    /** The inferred keys of an explanation, in their documented order. */
    public static final List<String> INFERRED_KEYS = List.of("platform", "tunnel_interface", "topology",
            "assigned_ip", "peer", "vpn_subnet", "vpn_gateway", "redirect_gateway", "endpoint_ip", "default_gateway");

    public OpenVpnRules() {
        super(new RuleSetInfo(ID,
                "Any OpenVPN 2.x client (Tunnelblick, Viscosity, OpenVPN GUI, openvpn) on macOS, Linux and Windows: "
                        + "routes from ifconfig, route-gateway, redirect-gateway and pushed routes",
                RuleInfo.all(OpenVpnRule.values()), OpenVpnSettings.OPTIONS, 50));
    }

    @Override
    public Prediction predict(RuleSettings settings, RouteTable before) {
        OpenVpnSettings s = OpenVpnSettings.from(settings, before);
        List<PredictedRoute> routes = OpenVpnPredictor.predict(s, before).stream()
                .map(e -> e.toPredictedRoute(e.rule().id())).toList();
        return new Prediction(routes, List.of(), List.of());
    }

    @Override
    public Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        Platform platform = Platform.of(settings, after, Platform.of(before).orElse(Platform.MACOS));
        OpenVpnSettings s = OpenVpnSettings.from(settings.has(Platform.SETTING) ? settings
                : settings.with(Platform.SETTING, platform.id()), before);
        ObservedTunnel seen = ObservedTunnel.infer(before, after, diff, platform, s.assignedIp(), s.prefix());
        List<Route> beforeV4 = before == null ? List.of() : before.section(AddressFamily.INET);
        List<Prefix> lans = Prefixes.lans(beforeV4, "").stream().filter(r -> r.iface().equals(seen.defaultInterface()))
                .map(Route::destination).distinct().toList();
        Attribution attribution = new Attribution(seen, s.has("block-local") || !lans.isEmpty() ? lans : List.of());

        List<AttributedChange> changes = new ArrayList<>();
        for (Route r : diff.added()) {
            changes.add(new AttributedChange(ChangeKind.ADDED, r, id(attribution.added(r))));
        }
        for (Route r : diff.removed()) {
            changes.add(new AttributedChange(ChangeKind.REMOVED, r, id(attribution.removed(r, diff.added()))));
        }
        for (RouteDiff.Change c : diff.changed()) {
            changes.add(new AttributedChange(ChangeKind.CHANGED, c.after(), null));
        }
        return new Explanation(inferred(seen), changes, diff.ignored(), missing(s, seen, before, after), List.of());
    }

    static Map<String, Object> inferred(ObservedTunnel t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("platform", t.platform().id());
        m.put("tunnel_interface", t.tunnelInterface());
        m.put("topology", t.topology());
        m.put("assigned_ip", text(t.assignedIp()));
        m.put("peer", text(t.peer()));
        m.put("vpn_subnet", t.subnet() == null ? null : t.subnet().toString());
        m.put("vpn_gateway", text(t.routeGateway()));
        m.put("redirect_gateway", t.redirect() == null ? (t.found() ? "none" : null) : t.redirect());
        m.put("endpoint_ip", text(t.endpointIp()));
        m.put("default_gateway", text(t.defaultGateway()));
        return m;
    }

    /** What the settings, completed with what the tables show, predict but the table after lacks. */
    private static List<PredictedRoute> missing(OpenVpnSettings s, ObservedTunnel seen, RouteTable before,
                                                RouteTable after) {
        if (!s.given()) {
            return List.of();
        }
        OpenVpnSettings filled = new OpenVpnSettings(s.platform(), s.topology(),
                s.assignedIp() != null ? s.assignedIp() : seen.assignedIp(),
                s.peer() != null ? s.peer() : seen.peer(),
                s.prefix() > 0 ? s.prefix() : seen.subnet() == null ? 0 : seen.subnet().length(),
                s.routeGateway() != null ? s.routeGateway() : seen.peer() == null ? seen.routeGateway() : null,
                s.redirect(), s.routes(), s.routesIpv6(),
                s.endpointIp() != null ? s.endpointIp() : seen.endpointIp(), s.defaultGateway(), true);
        List<PredictedRoute> out = new ArrayList<>();
        for (Expected e : OpenVpnPredictor.predict(filled, before, seen.tunnelInterface())) {
            if (e.conditional() || !e.isConcrete()) {
                continue;
            }
            boolean present = after.routes().stream().anyMatch(e::matches);
            if ((e.change() == ChangeKind.ADDED) != present) {
                out.add(e.toPredictedRoute(e.rule().id()));
            }
        }
        return out;
    }

    private static String id(OpenVpnRule rule) {
        return rule == null ? null : rule.id();
    }

    private static String text(IpAddress a) {
        return a == null ? null : a.toString();
    }
}
