package dev.routediff.rules.clientvpn;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a before/after pair shows of the connection, read off the tables as the reference advises (5.1): take C, N
 * and R from the observed rows rather than from the /27 model. A null field was not seen.
 *
 * @param splitTunnel true when neither 0/1 + 128.0/1 nor a replaced default appeared, false when the halves did,
 *                    null when the default was replaced (block-local) or no tunnel was found
 */
record TunnelFacts(IpAddress assignedIp, Prefix vpnSubnet, IpAddress vpnGateway, String tunnelInterface,
                   Boolean splitTunnel, IpAddress endpointIp, IpAddress defaultGateway) {

    /** The keys of {@link #toMap()}, in their documented order. */
    static final List<String> KEYS = List.of("assigned_ip", "vpn_subnet", "vpn_gateway", "tunnel_interface",
            "split_tunnel", "endpoint_ip", "default_gateway");

    private static final Prefix LOWER_HALF = Prefix.parse("0.0.0.0/1");
    private static final Prefix UPPER_HALF = Prefix.parse("128.0.0.0/1");

    static TunnelFacts infer(RouteTable before, RouteTable after, RouteDiff diff) {
        List<Route> afterV4 = after.section(AddressFamily.INET);
        List<Route> addedV4 = diff.added().stream().filter(r -> r.family() == AddressFamily.INET).toList();
        IpAddress gatewayL = DeviceTable.of(before).defaultGateway().orElse(null);

        // A client host row that appeared on connecting beats one that was there already (a second tunnel).
        Route clientRow = clientHostRow(addedV4).or(() -> clientHostRow(afterV4)).orElse(null);
        if (clientRow == null) {
            return new TunnelFacts(null, null, null, null, null, endpointIp(addedV4, null, gatewayL), gatewayL);
        }
        IpAddress c = clientRow.destination().address();
        String tunnel = clientRow.iface();
        List<Route> onTunnel = afterV4.stream().filter(r -> r.iface().equals(tunnel)).toList();

        Prefix subnet = onTunnel.stream()
                .filter(r -> !r.destination().isHostLength() && c.equals(address(r)) && r.destination().contains(c))
                .map(Route::destination).findFirst().orElse(null);
        IpAddress routeGateway = mostCommon(onTunnel.stream()
                .map(TunnelFacts::address).filter(a -> a != null && !a.equals(c)).toList());

        List<Route> addedOnTunnel = addedV4.stream().filter(r -> r.iface().equals(tunnel)).toList();
        boolean halves = addedOnTunnel.stream().anyMatch(r -> r.destination().equals(LOWER_HALF))
                && addedOnTunnel.stream().anyMatch(r -> r.destination().equals(UPPER_HALF));
        boolean defaultReplaced = addedOnTunnel.stream().anyMatch(r -> r.destination().isDefault());
        Boolean split = halves ? Boolean.FALSE : defaultReplaced ? null : Boolean.TRUE;

        return new TunnelFacts(c, subnet, routeGateway, tunnel, split, endpointIp(addedV4, tunnel, gatewayL),
                gatewayL);
    }

    private static Optional<Route> clientHostRow(List<Route> routes) {
        return routes.stream()
                .filter(r -> r.iface().startsWith("utun") && r.destination().isHostLength())
                .filter(r -> r.destination().address().equals(address(r)))
                .findFirst();
    }

    /** Rule 4's row: a /32 added via the original default gateway, off the tunnel. */
    private static IpAddress endpointIp(List<Route> added, String tunnel, IpAddress gatewayL) {
        if (gatewayL == null) {
            return null;
        }
        return added.stream()
                .filter(r -> !r.iface().equals(tunnel) && r.destination().isHostLength())
                .filter(r -> gatewayL.equals(address(r)) && !r.destination().address().equals(gatewayL))
                .map(r -> r.destination().address()).findFirst().orElse(null);
    }

    static IpAddress address(Route r) {
        return r.gateway() instanceof Gateway.Address a ? a.address().withoutZone() : null;
    }

    private static IpAddress mostCommon(List<IpAddress> addresses) {
        Map<IpAddress, Long> counts = addresses.stream()
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
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
