package dev.routediff.rules.openvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.Platform;
import java.util.List;

/**
 * Which OpenVPN mechanism a changed row comes from, given what the tables show ({@link ObservedTunnel}). Shared by
 * the {@code openvpn} rule set and the rule sets built on it ({@code aws-client-vpn}), which map the answer to
 * their own rule ids and add their conditions (split tunnel, the route list).
 */
public final class Attribution {

    private final ObservedTunnel tunnel;
    private final List<Prefix> lansOnGatewayInterface;

    /**
     * @param lansOnGatewayInterface the networks on L's interface before connecting: block-local covers each with
     *                               two halves
     */
    public Attribution(ObservedTunnel tunnel, List<Prefix> lansOnGatewayInterface) {
        this.tunnel = tunnel;
        this.lansOnGatewayInterface = List.copyOf(lansOnGatewayInterface);
    }

    public ObservedTunnel tunnel() {
        return tunnel;
    }

    /** The rule behind an added row, or null. */
    public OpenVpnRule added(Route r) {
        if (r.family() == AddressFamily.INET6) {
            boolean linkLocal = Prefix.parse("fe80::/10").contains(r.destination())
                    || Prefix.parse("ff00::/8").contains(r.destination());
            return tunnel.onTunnel(r) && !linkLocal ? OpenVpnRule.ROUTE_IPV6 : null;
        }
        Prefix d = r.destination();
        IpAddress gw = ObservedTunnel.address(r);
        IpAddress c = tunnel.assignedIp();
        IpAddress p = tunnel.peer();
        if (tunnel.onTunnel(r)) {
            boolean toSelf = ObservedTunnel.onLink(r) || (c != null && c.equals(gw));
            if (toSelf) {
                if (c != null && d.equals(Prefix.host(c))) {
                    return OpenVpnRule.CLIENT_HOST;
                }
                if (p != null && d.equals(Prefix.host(p))) {
                    return OpenVpnRule.P2P_PEER;
                }
                Prefix n = tunnel.subnet();
                if (n != null && (d.equals(n) || isBroadcastOf(d, n) && tunnel.platform() == Platform.WINDOWS)) {
                    return OpenVpnRule.TUNNEL_SUBNET;
                }
                // Only beside an OpenVPN-shaped tunnel: these rows alone say nothing about the client.
                if (c != null && (d.equals(ObservedTunnel.MULTICAST) || d.equals(ObservedTunnel.BROADCAST))) {
                    return OpenVpnRule.INTERFACE_ROWS;
                }
                return null;
            }
            if (gw == null || !gw.equals(tunnel.routeGateway())) {
                return null;
            }
            if (d.equals(ObservedTunnel.LOWER_HALF)) {
                return OpenVpnRule.DEF1_LOWER;
            }
            if (d.equals(ObservedTunnel.UPPER_HALF)) {
                return OpenVpnRule.DEF1_UPPER;
            }
            if (d.isDefault()) {
                return OpenVpnRule.REDIRECT_DEFAULT;
            }
            if (isLanHalf(d)) {
                return OpenVpnRule.BLOCK_LOCAL;
            }
            // net30: the server pushes its tunnel subnet via the peer; with a known prefix that is the subnet.
            if (d.equals(tunnel.subnet())) {
                return OpenVpnRule.TUNNEL_SUBNET;
            }
            return OpenVpnRule.PUSHED_ROUTE;
        }
        IpAddress l = tunnel.defaultGateway();
        if (!tunnel.openVpnShaped()) {
            return null; // a /32 via L beside another client's tunnel is not redirect-gateway's
        }
        if (l != null && l.equals(gw) && d.isHostLength() && !d.address().equals(l)) {
            if (d.address().equals(tunnel.endpointIp())) {
                return OpenVpnRule.REMOTE_HOST;
            }
            return tunnel.platform() == Platform.WINDOWS ? OpenVpnRule.BYPASS_DHCP : null;
        }
        boolean gatewayBypass = l != null && d.equals(Prefix.host(l)) && ObservedTunnel.onLink(r)
                && r.iface().equals(tunnel.defaultInterface()) && !lansOnGatewayInterface.isEmpty();
        return gatewayBypass ? OpenVpnRule.BLOCK_LOCAL : null;
    }

    /** The rule behind a removed row, or null: only redirect-gateway without def1 deletes a route. */
    public OpenVpnRule removed(Route r, List<Route> added) {
        boolean defaultMoved = r.family() == AddressFamily.INET && r.destination().isDefault()
                && r.equals(tunnel.oldDefault()) && added.stream().anyMatch(a -> tunnel.onTunnel(a)
                && a.destination().isDefault());
        return defaultMoved ? OpenVpnRule.REDIRECT_DEFAULT : null;
    }

    boolean isLanHalf(Prefix d) {
        return lansOnGatewayInterface.stream().anyMatch(lan -> Prefixes.halves(lan).contains(d));
    }

    static boolean isBroadcastOf(Prefix d, Prefix n) {
        return d.isHostLength() && n.length() < 31 && d.address().equals(Prefixes.broadcast(n));
    }
}
