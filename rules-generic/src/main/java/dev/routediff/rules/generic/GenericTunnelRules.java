package dev.routediff.rules.generic;

import com.google.auto.service.AutoService;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AbstractRuleSet;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleInfo;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSetInfo;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.Warning;
import dev.routediff.rules.openvpn.ObservedTunnel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fallback for any VPN no rule set models ({@code generic-tunnel}): explains changes by the shape of the rows
 * ({@link Pattern}) and infers what those rows show. Asked last, after every other rule set
 * ({@link #explainsByPattern()}); its attributions are marked as patterns.
 */
@AutoService(RuleSet.class)
public final class GenericTunnelRules extends AbstractRuleSet {

    public static final String ID = "generic-tunnel";

    /** Private, shared and special ranges: a host route into one of them is not a VPN server on the internet. */
    private static final List<Prefix> NOT_PUBLIC = List.of(Prefix.parse("10.0.0.0/8"), Prefix.parse("172.16.0.0/12"),
            Prefix.parse("192.168.0.0/16"), Prefix.parse("100.64.0.0/10"), Prefix.parse("127.0.0.0/8"),
            Prefix.parse("169.254.0.0/16"), Prefix.parse("224.0.0.0/3"));

    public GenericTunnelRules() {
        super(new RuleSetInfo(ID,
                "Any other VPN (GlobalProtect, AnyConnect, WireGuard apps, Tailscale, WARP…): explains changes by "
                        + "pattern when no rule set does",
                RuleInfo.all(Pattern.values()), List.of(Platform.OPTION), -100));
    }

    @Override
    public boolean explainsByPattern() {
        return true;
    }

    @Override
    public Prediction predict(RuleSettings settings, RouteTable before) {
        return new Prediction(List.of(), List.of(), List.of(new Warning("patterns-only", ID + " reads patterns off "
                + "observed tables and predicts nothing: use explain, or a rule set for your client", null)));
    }

    @Override
    public Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        Platform platform = Platform.of(settings, after, Platform.of(before).orElse(Platform.MACOS));
        ObservedTunnel t = ObservedTunnel.infer(before, after, diff, platform, null, 0);
        List<Route> addedOnTunnel = diff.added().stream().filter(t::onTunnel).toList();
        boolean catchAll = coversEverything(addedOnTunnel.stream().filter(r -> r.family() == AddressFamily.INET)
                .map(Route::destination).filter(d -> !d.isDefault() && d.length() <= 8).toList());
        boolean defaultMoved = addedOnTunnel.stream().anyMatch(r -> r.destination().isDefault());
        IpAddress own = ownAddress(t, addedOnTunnel);

        List<AttributedChange> changes = new ArrayList<>();
        for (Route r : diff.added()) {
            changes.add(new AttributedChange(ChangeKind.ADDED, r, id(added(r, t, own, catchAll))));
        }
        for (Route r : diff.removed()) {
            boolean oldDefault = r.destination().isDefault() && r.family() == AddressFamily.INET && defaultMoved;
            changes.add(new AttributedChange(ChangeKind.REMOVED, r, oldDefault ? Pattern.DEFAULT_TO_TUNNEL.id() : null));
        }
        for (RouteDiff.Change c : diff.changed()) {
            // macOS keeps the old default as an interface-scoped row when a VPN takes the default.
            boolean scoped = defaultMoved && c.after().destination().isDefault()
                    && c.after().flags().has(RouteFlag.IFSCOPE) && !c.before().flags().has(RouteFlag.IFSCOPE);
            changes.add(new AttributedChange(ChangeKind.CHANGED, c.after(), scoped ? Pattern.DEFAULT_TO_TUNNEL.id() : null));
        }

        Map<String, Object> inferred = new LinkedHashMap<>();
        inferred.put("tunnel_interface", t.tunnelInterface());
        inferred.put("assigned_ip", own == null ? null : own.toString());
        inferred.put("vpn_subnet", t.subnet() == null ? null : t.subnet().toString());
        inferred.put("vpn_gateway", t.routeGateway() == null ? null : t.routeGateway().toString());
        inferred.put("split_tunnel", t.found() ? !(defaultMoved || catchAll) : null);
        inferred.put("full_tunnel_form", defaultMoved ? "default moved to the tunnel"
                : catchAll ? "catch-all pieces on the tunnel, default kept" : null);
        IpAddress server = server(diff.added(), t);
        inferred.put("endpoint_ip", server == null ? null : server.toString());
        inferred.put("default_gateway", t.defaultGateway() == null ? null : t.defaultGateway().toString());
        return new Explanation(inferred, changes, diff.ignored(), List.of(), List.of());
    }

    private static Pattern added(Route r, ObservedTunnel t, IpAddress own, boolean catchAll) {
        Prefix d = r.destination();
        if (t.onTunnel(r)) {
            if (d.isDefault()) {
                return Pattern.DEFAULT_TO_TUNNEL;
            }
            if (r.family() == AddressFamily.INET && catchAll && d.length() <= 8) {
                return Pattern.CATCH_ALL;
            }
            if (d.equals(Prefix.parse("224.0.0.0/4")) || d.equals(Prefix.parse("255.255.255.255/32"))
                    || r.family() == AddressFamily.INET6 && (Prefix.parse("fe80::/10").contains(d)
                    || Prefix.parse("ff00::/8").contains(d))) {
                return Pattern.INTERFACE_ROWS;
            }
            if (own != null && (d.equals(Prefix.host(own)) || d.equals(t.subnet()))) {
                return Pattern.TUNNEL_ADDRESS;
            }
            return Pattern.TUNNEL_NETWORK;
        }
        IpAddress server = server(List.of(r), t);
        return server != null ? Pattern.SERVER_HOST_ROUTE : null;
    }

    /** The address the tunnel holds: what the OpenVPN reading found, else a /32 on-link on the tunnel. */
    private static IpAddress ownAddress(ObservedTunnel t, List<Route> addedOnTunnel) {
        if (t.assignedIp() != null) {
            return t.assignedIp();
        }
        return addedOnTunnel.stream()
                .filter(r -> r.family() == AddressFamily.INET && r.destination().isHostLength())
                .filter(r -> ObservedTunnel.address(r) == null || r.destination().address().equals(ObservedTunnel.address(r)))
                .map(r -> r.destination().address())
                .filter(a -> !a.equals(Prefix.parse("255.255.255.255/32").address()))
                .findFirst().orElse(null);
    }

    /** A host route to a public address via the original default gateway, off the tunnel. */
    private static IpAddress server(List<Route> added, ObservedTunnel t) {
        IpAddress l = t.defaultGateway();
        if (l == null) {
            return null;
        }
        return added.stream()
                .filter(r -> r.family() == AddressFamily.INET && !t.onTunnel(r) && r.destination().isHostLength())
                .filter(r -> l.equals(ObservedTunnel.address(r)))
                .map(r -> r.destination().address())
                .filter(a -> NOT_PUBLIC.stream().noneMatch(p -> p.contains(a)))
                .findFirst().orElse(null);
    }

    /** True when the prefixes together cover 0.0.0.0/0 (0/1 + 128/1, the four /2s, …). */
    static boolean coversEverything(List<Prefix> pieces) {
        long covered = 0;
        List<Prefix> distinct = pieces.stream().distinct().toList();
        for (Prefix p : distinct) {
            if (distinct.stream().noneMatch(o -> o != p && o.length() < p.length() && o.contains(p))) {
                covered += p.ipv4Size();
            }
        }
        return covered == (1L << 32);
    }

    private static String id(Pattern p) {
        return p == null ? null : p.id();
    }
}
