package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the rules need to know of the device's table before connecting: its default gateway, its LANs and the
 * routes a pushed route can collide with. An absent table ({@link #NONE}) knows nothing.
 */
record DeviceTable(List<Route> routes) {

    static final DeviceTable NONE = new DeviceTable(List.of());

    /** Ranges Client Route Enforcement leaves alone (cvpn-working-cre page). */
    private static final List<Prefix> ENFORCEMENT_IGNORES = List.of(Prefix.parse("127.0.0.0/8"),
            Prefix.parse("169.254.0.0/16"), Prefix.parse("224.0.0.0/4"), Prefix.parse("255.255.255.255/32"));
    private static final List<Prefix> NOT_A_LAN = List.of(Prefix.parse("127.0.0.0/8"), Prefix.parse("224.0.0.0/4"));

    DeviceTable {
        routes = List.copyOf(routes);
    }

    static DeviceTable of(RouteTable table) {
        return table == null ? NONE : new DeviceTable(table.section(AddressFamily.INET));
    }

    boolean isKnown() {
        return !routes.isEmpty();
    }

    /** The unscoped IPv4 default with an address gateway: the one OpenVPN takes as the original gateway L. */
    Optional<Route> defaultRoute() {
        return routes.stream()
                .filter(r -> r.destination().isDefault() && !r.destination().isIrregular())
                .filter(r -> !r.flags().has(RouteFlag.IFSCOPE))
                .filter(r -> r.gateway() instanceof Gateway.Address)
                .findFirst();
    }

    Optional<IpAddress> defaultGateway() {
        return defaultRoute().map(r -> ((Gateway.Address) r.gateway()).address());
    }

    String defaultInterface() {
        return defaultRoute().map(Route::iface).orElse("");
    }

    /** Networks directly attached to an interface (a {@code link#N} gateway), other than loopback and multicast. */
    List<Route> lans() {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            Prefix d = r.destination();
            boolean onLink = r.gateway() instanceof Gateway.Link || r.gateway() instanceof Gateway.Interface;
            if (onLink && !r.host() && !d.isIrregular() && d.length() > 0 && d.length() < 32
                    && !r.iface().startsWith("utun") && NOT_A_LAN.stream().noneMatch(x -> x.contains(d))) {
                out.add(r);
            }
        }
        return out;
    }

    /** LANs outside 10/8, 172.16/12, 192.168/16 and 169.254/16: any of them makes AWS push block-local. */
    List<Route> nonPrivateLans() {
        return lans().stream().filter(r -> !Cidr.isPrivateLan(r.destination())).toList();
    }

    /** The LANs on the interface of the default route: those block-local covers with two halves. */
    List<Prefix> lansOnGatewayInterface() {
        String iface = defaultInterface();
        return lans().stream().filter(r -> r.iface().equals(iface)).map(Route::destination).distinct().toList();
    }

    /** An existing unscoped route to exactly {@code destination}, which a pushed route cannot be added next to. */
    Optional<Route> sameDestination(Prefix destination) {
        return routes.stream()
                .filter(r -> r.destination().equals(destination))
                .filter(r -> !r.isNeighborEntry() && !r.flags().has(RouteFlag.IFSCOPE))
                .findFirst();
    }

    /**
     * Routes Client Route Enforcement may remove: main-table (unscoped) routes outside its ignored ranges. Host-length
     * rows (the router's and the device's own /32s, ARP entries) are kept: removing them would cut the path to the
     * VPN server itself (inferred; the AWS page names only whole CIDRs).
     */
    List<Route> enforceable() {
        return routes.stream()
                .filter(r -> !r.isNeighborEntry() && !r.flags().has(RouteFlag.IFSCOPE))
                .filter(r -> !r.destination().isIrregular() && !r.destination().isDefault())
                .filter(r -> !r.destination().isHostLength())
                .filter(r -> ENFORCEMENT_IGNORES.stream().noneMatch(x -> x.contains(r.destination())))
                .toList();
    }
}
