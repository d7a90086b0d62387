package dev.routediff.rules.openvpn;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a before/after pair shows of an OpenVPN connection on any platform, read off the rows rather than from a
 * model: the tunnel interface, the assigned address C (and the peer P in net30), the tunnel subnet N, the
 * route-gateway R, the server S and the original gateway L. A null field was not seen.
 *
 * <p>How C is found: macOS, the {@code C C UH} row (subnet) or the {@code P C UH} row of a p2p utun whose gateway
 * column is the local address; Linux {@code ip route}, the {@code src} of the kernel's row on the tunnel; Windows,
 * the Interface column of the tunnel's rows, which is the adapter's address. Linux {@code route -n} shows no C: it
 * stays unknown unless {@code assigned-ip} is given (or, net30, the peer's pair partner).
 *
 * @param redirect "def1" when 0/1 and 128.0/1 appeared on the tunnel, "default" when the default itself moved
 *                 to it, null when neither did (split tunnel)
 */
public record ObservedTunnel(Platform platform, String tunnelInterface, IpAddress assignedIp, IpAddress peer,
                             Prefix subnet, IpAddress routeGateway, String redirect, IpAddress endpointIp,
                             IpAddress defaultGateway, String defaultInterface, Route oldDefault) {

    public static final Prefix LOWER_HALF = Prefix.parse("0.0.0.0/1");
    public static final Prefix UPPER_HALF = Prefix.parse("128.0.0.0/1");
    static final Prefix MULTICAST = Prefix.parse("224.0.0.0/4");
    static final Prefix BROADCAST = Prefix.parse("255.255.255.255/32");

    /** Interface names VPN clients create (utun on macOS, tun/tap on Linux and BSD, ppp, WireGuard, vendors'). */
    private static final List<String> TUNNEL_NAMES = List.of("utun", "tun", "tap", "ppp", "wg", "ipsec", "gpd",
            "cscotun", "zt", "tailscale", "nordlynx", "proton", "mullvad", "vpn");

    public boolean found() {
        return tunnelInterface != null;
    }

    /** True when the tunnel shows what OpenVPN installs: an assigned address, a p2p peer or a route-gateway. */
    public boolean openVpnShaped() {
        return tunnelInterface != null && (assignedIp != null || peer != null || routeGateway != null);
    }

    public boolean onTunnel(Route r) {
        return tunnelInterface != null && r.iface().equals(tunnelInterface);
    }

    /** The topology the rows show: net30 when a p2p peer was seen, subnet when C or N was, else null. */
    public String topology() {
        if (peer != null) {
            return "net30";
        }
        return assignedIp != null || subnet != null ? "subnet" : null;
    }

    /**
     * @param assignedGiven the assigned address the user gave, or null
     * @param prefixGiven   the tunnel prefix the user gave, or 0
     */
    public static ObservedTunnel infer(RouteTable before, RouteTable after, RouteDiff diff, Platform platform,
                                       IpAddress assignedGiven, int prefixGiven) {
        List<Route> beforeV4 = before == null ? List.of() : before.section(AddressFamily.INET);
        List<Route> afterV4 = after.section(AddressFamily.INET);
        List<Route> addedV4 = diff.added().stream().filter(r -> r.family() == AddressFamily.INET).toList();
        Route oldDefault = defaultRoute(beforeV4).orElse(null);
        IpAddress l = oldDefault == null ? null : address(oldDefault);
        String lIface = oldDefault == null ? "" : oldDefault.iface();

        String tunnel = tunnelInterface(beforeV4, afterV4, addedV4, platform);
        if (tunnel == null) {
            return new ObservedTunnel(platform, null, assignedGiven, null, null, null, null,
                    endpoint(addedV4, null, l), l, lIface, oldDefault);
        }
        List<Route> onTunnel = afterV4.stream().filter(r -> r.iface().equals(tunnel)).toList();
        List<Route> addedOnTunnel = addedV4.stream().filter(r -> r.iface().equals(tunnel)).toList();

        IpAddress c = null;
        IpAddress p = null;
        Prefix n = null;
        switch (platform) {
            case WINDOWS -> {
                c = IpAddress.tryParse(tunnel);
                IpAddress own = c;
                n = onTunnel.stream().filter(ObservedTunnel::onLink)
                        .map(Route::destination)
                        .filter(d -> !d.isHostLength() && !d.isDefault() && !MULTICAST.contains(d)
                                && own != null && d.contains(own))
                        .findFirst().orElse(null);
            }
            case LINUX -> {
                Route kernel = onTunnel.stream().filter(r -> r.attributes().containsKey("src")).findFirst()
                        .orElse(null);
                if (kernel != null) {
                    c = IpAddress.tryParse(kernel.attributes().get("src"));
                    if (kernel.destination().isHostLength() && c != null
                            && !kernel.destination().address().equals(c)) {
                        p = kernel.destination().address();
                    } else if (!kernel.destination().isHostLength()) {
                        n = kernel.destination();
                    }
                }
                if (p == null && n == null) {
                    Route onLinkNet = onTunnel.stream().filter(ObservedTunnel::onLink)
                            .filter(r -> !r.destination().isDefault() && !r.destination().equals(LOWER_HALF)
                                    && !r.destination().equals(UPPER_HALF))
                            .findFirst().orElse(null);
                    // route -n prints no source: a host row is the peer only if the tunnel's routes go via it.
                    if (onLinkNet != null && onLinkNet.destination().isHostLength()) {
                        IpAddress candidate = onLinkNet.destination().address();
                        p = onTunnel.stream().anyMatch(r -> candidate.equals(address(r))) ? candidate : null;
                    } else if (onLinkNet != null) {
                        n = onLinkNet.destination();
                    }
                }
            }
            default -> {
                Route self = hostRow(addedOnTunnel, true).or(() -> hostRow(onTunnel, true)).orElse(null);
                if (self != null) {
                    c = self.destination().address();
                } else {
                    Route ptp = hostRow(addedOnTunnel, false).or(() -> hostRow(onTunnel, false)).orElse(null);
                    if (ptp != null) {
                        IpAddress dest = ptp.destination().address();
                        IpAddress gw = address(ptp);
                        // BSD prints a p2p interface's host route as peer -> local address; if the other routes on
                        // the tunnel go via the gateway column instead, the columns are the other way round.
                        boolean swapped = onTunnel.stream().filter(r -> r != ptp).anyMatch(r -> gw.equals(address(r)))
                                && onTunnel.stream().filter(r -> r != ptp).noneMatch(r -> dest.equals(address(r)));
                        p = swapped ? gw : dest;
                        c = swapped ? dest : gw;
                    }
                }
                IpAddress own = c;
                if (own != null && p == null) {
                    n = onTunnel.stream()
                            .filter(r -> !r.destination().isHostLength() && own.equals(address(r))
                                    && r.destination().contains(own))
                            .map(Route::destination).findFirst().orElse(null);
                }
            }
        }
        if (assignedGiven != null) {
            c = assignedGiven;
        } else if (c == null && p != null && platform == Platform.LINUX) {
            // net30 pairs: the server side takes the first host of each /30, the client the second.
            long v = p.low();
            c = (v & 3) == 1 ? p.plus(1) : null;
        }
        if (n == null && c != null && prefixGiven > 0) {
            n = Prefix.of(c, prefixGiven);
        }
        IpAddress own = c;
        IpAddress peer = p;
        IpAddress r = peer != null ? peer : mostCommon(onTunnel.stream().map(ObservedTunnel::address)
                .filter(a -> a != null && !a.equals(own) && !(peer != null && a.equals(peer))).toList());

        boolean halves = addedOnTunnel.stream().anyMatch(x -> x.destination().equals(LOWER_HALF))
                && addedOnTunnel.stream().anyMatch(x -> x.destination().equals(UPPER_HALF));
        boolean movedDefault = addedOnTunnel.stream().anyMatch(x -> x.destination().isDefault());
        String redirect = halves ? "def1" : movedDefault ? "default" : null;
        return new ObservedTunnel(platform, tunnel, c, p, n, r, redirect, endpoint(addedV4, tunnel, l), l, lIface,
                oldDefault);
    }

    /**
     * The interface connecting brought: one with added rows and none before (a new utun, tun0, or on Windows a
     * new adapter address), the one with the most added rows winning; else an added interface named like a tunnel.
     */
    static String tunnelInterface(List<Route> before, List<Route> after, List<Route> added, Platform platform) {
        Set<String> old = before.stream().map(Route::iface).collect(Collectors.toSet());
        Map<String, Long> counts = added.stream().filter(r -> !r.iface().isEmpty())
                .collect(Collectors.groupingBy(Route::iface, LinkedHashMap::new, Collectors.counting()));
        Optional<String> fresh = counts.entrySet().stream()
                .filter(e -> !old.contains(e.getKey()) || before.isEmpty() && looksLikeTunnel(e.getKey(), platform))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (fresh.isPresent()) {
            return fresh.get();
        }
        return counts.entrySet().stream().filter(e -> looksLikeTunnel(e.getKey(), platform))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static boolean looksLikeTunnel(String iface, Platform platform) {
        if (platform == Platform.WINDOWS) {
            return false; // an adapter is named by its address: only "new" can tell
        }
        return TUNNEL_NAMES.stream().anyMatch(iface::startsWith);
    }

    /** A host row on the tunnel whose gateway is an address: equal to the destination (self) or not (p2p). */
    private static Optional<Route> hostRow(List<Route> routes, boolean self) {
        return routes.stream()
                .filter(r -> r.destination().isHostLength() && address(r) != null)
                .filter(r -> r.host() || r.flags().has(RouteFlag.HOST) || self)
                .filter(r -> r.destination().address().equals(address(r)) == self)
                .filter(r -> self || !r.flags().has(RouteFlag.GATEWAY))
                .findFirst();
    }

    /** A /32 added off the tunnel via the original gateway: the server's bypass route. */
    private static IpAddress endpoint(List<Route> added, String tunnel, IpAddress l) {
        if (l == null) {
            return null;
        }
        return added.stream()
                .filter(r -> !r.iface().equals(tunnel) && r.destination().isHostLength())
                .filter(r -> l.equals(address(r)) && !r.destination().address().equals(l))
                .map(r -> r.destination().address()).findFirst().orElse(null);
    }

    /** The unscoped IPv4 default with an address gateway (the lowest metric on Windows): OpenVPN's rgi gateway. */
    public static Optional<Route> defaultRoute(List<Route> routes) {
        return routes.stream()
                .filter(r -> r.family() == AddressFamily.INET && r.destination().isDefault())
                .filter(r -> !r.destination().isIrregular() && !r.flags().has(RouteFlag.IFSCOPE))
                .filter(r -> r.gateway() instanceof Gateway.Address)
                .min((a, b) -> Long.compare(metric(a), metric(b)));
    }

    static long metric(Route r) {
        return r.metric() == null ? 0 : r.metric();
    }

    /** An on-link row: Linux and Windows print no gateway (the interface), macOS a link#N. */
    static boolean onLink(Route r) {
        return r.gateway() instanceof Gateway.Interface || r.gateway() instanceof Gateway.Link;
    }

    public static IpAddress address(Route r) {
        return r.gateway() instanceof Gateway.Address a ? a.address().withoutZone() : null;
    }

    private static IpAddress mostCommon(List<IpAddress> addresses) {
        Map<IpAddress, Long> counts = addresses.stream()
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
