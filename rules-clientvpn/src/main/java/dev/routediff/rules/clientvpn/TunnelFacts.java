package dev.routediff.rules.clientvpn;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.rules.openvpn.ObservedTunnel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a before/after pair shows of the connection, read off the tables as the reference advises (5.1): take C, N
 * and R from the observed rows rather than from the /27 model. The rows are read as any OpenVPN client's
 * ({@link ObservedTunnel}), on macOS, Linux and Windows. A null field was not seen.
 *
 * @param splitTunnel true when neither 0/1 + 128.0/1 nor a replaced default appeared, false when the halves did,
 *                    null when the default was replaced (block-local or no def1) or no tunnel was found
 * @param seen        the OpenVPN reading behind these facts
 */
record TunnelFacts(IpAddress assignedIp, Prefix vpnSubnet, IpAddress vpnGateway, String tunnelInterface,
                   Boolean splitTunnel, IpAddress endpointIp, IpAddress defaultGateway, ObservedTunnel seen) {

    /** The keys of {@link #toMap()}, in their documented order. */
    static final List<String> KEYS = List.of("assigned_ip", "vpn_subnet", "vpn_gateway", "tunnel_interface",
            "split_tunnel", "endpoint_ip", "default_gateway");

    /**
     * @param assignedGiven the assigned IP the user gave (used where the rows show none, Linux route -n), or null
     * @param prefixGiven   the tunnel prefix the user gave, or 0
     */
    static TunnelFacts infer(RouteTable before, RouteTable after, RouteDiff diff, Platform platform,
                             IpAddress assignedGiven, int prefixGiven) {
        ObservedTunnel seen = ObservedTunnel.infer(before, after, diff, platform, null, prefixGiven);
        if (seen.assignedIp() == null && assignedGiven != null && seen.found()) {
            seen = ObservedTunnel.infer(before, after, diff, platform, assignedGiven, prefixGiven);
        }
        if (!seen.found()) {
            return new TunnelFacts(null, null, null, null, null, seen.endpointIp(), seen.defaultGateway(), seen);
        }
        Boolean split = "def1".equals(seen.redirect()) ? Boolean.FALSE
                : "default".equals(seen.redirect()) ? null : Boolean.TRUE;
        return new TunnelFacts(seen.assignedIp(), seen.subnet(), seen.routeGateway(), seen.tunnelInterface(), split,
                seen.endpointIp(), seen.defaultGateway(), seen);
    }

    static IpAddress address(Route r) {
        return r.gateway() instanceof Gateway.Address a ? a.address().withoutZone() : null;
    }

    /** The facts under their documented keys and order; values are strings, a Boolean, or null. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assigned_ip", text(assignedIp));
        m.put("vpn_subnet", vpnSubnet == null ? null : vpnSubnet.toString());
        m.put("vpn_gateway", text(vpnGateway));
        m.put("tunnel_interface", tunnelInterface);
        m.put("split_tunnel", splitTunnel);
        m.put("endpoint_ip", text(endpointIp));
        m.put("default_gateway", text(defaultGateway));
        return m;
    }

    private static String text(IpAddress a) {
        return a == null ? null : a.toString();
    }
}
