package dev.routediff.rules.openvpn;

import static dev.routediff.core.rules.ChangeKind.ADDED;
import static dev.routediff.rules.openvpn.Expected.ON_LINK;
import static dev.routediff.core.rules.ChangeKind.REMOVED;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows an OpenVPN client's settings give on one platform, in the order OpenVPN installs them (the tunnel's
 * address, redirect-gateway, then each route). What is unknown stays symbolic.
 */
public final class OpenVpnPredictor {

    private final OpenVpnSettings s;
    private final Platform platform;
    private final Route oldDefault;
    private final List<Route> beforeV4;
    private final String tunnelName;
    private final List<Expected> out = new ArrayList<>();

    private OpenVpnPredictor(OpenVpnSettings settings, RouteTable before, String tunnelName) {
        this.s = settings;
        this.tunnelName = tunnelName;
        this.platform = settings.platform();
        this.beforeV4 = before == null ? List.of() : before.section(AddressFamily.INET);
        this.oldDefault = ObservedTunnel.defaultRoute(beforeV4).orElse(null);
    }

    public static List<Expected> predict(OpenVpnSettings settings, RouteTable before) {
        return new OpenVpnPredictor(settings, before, null).run();
    }

    /** The same, naming the tunnel interface a table showed (explain checks the table after against it). */
    public static List<Expected> predict(OpenVpnSettings settings, RouteTable before, String tunnelName) {
        return new OpenVpnPredictor(settings, before, tunnelName).run();
    }

    private List<Expected> run() {
        tunnelAddress();
        if (s.redirects()) {
            redirect();
        }
        for (OpenVpnSettings.PushedRoute r : s.routes()) {
            route(r);
        }
        if (s.routes().isEmpty() && !s.given()) {
            add(OpenVpnRule.PUSHED_ROUTE, null, Symbols.ROUTE, gatewayR(), tun(),
                    "each route the server pushes (or the config lists) goes via route-gateway (route.c add_routes)");
        }
        for (Prefix d : s.routesIpv6()) {
            add(OpenVpnRule.ROUTE_IPV6, d, d.toString(), platform == Platform.WINDOWS ? ON_LINK : tun(), tun(),
                    "route-ipv6 goes into the tunnel (route.c add_route_ipv6)");
        }
        return List.copyOf(out);
    }

    private void tunnelAddress() {
        IpAddress c = s.assignedIp();
        String cText = c == null ? Symbols.ASSIGNED : c.toString();
        boolean windows = platform == Platform.WINDOWS;
        if (s.p2p() && !windows) {
            IpAddress p = s.peer();
            add(OpenVpnRule.P2P_PEER, p == null ? null : Prefix.host(p), p == null ? Symbols.PEER
                    : Prefix.host(p).toString(), platform == Platform.MACOS ? cText : tun(), tun(),
                    "net30/p2p: the tunnel is point-to-point to the peer, the kernel routes the peer to it "
                            + "(tun.c do_ifconfig)");
            return;
        }
        if (platform == Platform.MACOS) {
            add(OpenVpnRule.CLIENT_HOST, c == null ? null : Prefix.host(c), c == null ? Symbols.ASSIGNED
                    : Prefix.host(c).toString(), cText, tun(), "ifconfig utunN C C: the utun is point-to-point "
                    + "with the peer equal to the assigned address (tun.c do_ifconfig)");
        } else if (windows) {
            add(OpenVpnRule.CLIENT_HOST, c == null ? null : Prefix.host(c), c == null ? Symbols.ASSIGNED
                    : Prefix.host(c).toString(), ON_LINK, tun(), "Windows adds an on-link /32 for the adapter's "
                    + "address");
        }
        // Windows net30: the adapter is given the /30 around C (tun.c verify_255_255_255_252).
        Prefix n = s.p2p() && windows && c != null ? Prefix.of(c, 30) : s.subnet();
        String nText = n == null ? Symbols.SUBNET : n.toString();
        String why = switch (platform) {
            case MACOS -> "OpenVPN routes the tunnel's own subnet to the assigned address (tun.c do_ifconfig)";
            case LINUX -> "the kernel's connected route for the address OpenVPN assigns (tun.c do_ifconfig, "
                    + "ip addr add C/len)";
            case WINDOWS -> "Windows' on-link route for the adapter's subnet";
        };
        add(OpenVpnRule.TUNNEL_SUBNET, n, nText, platform == Platform.MACOS ? cText : windows ? ON_LINK : tun(),
                tun(), why);
        if (windows) {
            Prefix b = n == null ? null : Prefix.host(Prefixes.broadcast(n));
            add(OpenVpnRule.TUNNEL_SUBNET, b, b == null ? Symbols.BROADCAST : b.toString(), ON_LINK, tun(),
                    "Windows' on-link route for the adapter subnet's broadcast address");
            add(OpenVpnRule.INTERFACE_ROWS, ObservedTunnel.MULTICAST, ObservedTunnel.MULTICAST.toString(), ON_LINK,
                    tun(), "Windows' multicast row for the new adapter");
            add(OpenVpnRule.INTERFACE_ROWS, ObservedTunnel.BROADCAST, ObservedTunnel.BROADCAST.toString(), ON_LINK,
                    tun(), "Windows' limited-broadcast row for the new adapter");
        }
    }

    private void redirect() {
        String lText = s.defaultGateway() == null ? Symbols.DEFAULT_GATEWAY : s.defaultGateway().toString();
        String lIface = lIface();
        if (!s.has("local")) {
            IpAddress sAddr = s.endpointIp();
            add(OpenVpnRule.REMOTE_HOST, sAddr == null ? null : Prefix.host(sAddr), sAddr == null ? Symbols.SERVER
                    : Prefix.host(sAddr).toString(), lText, lIface, "redirect-gateway keeps the server reachable "
                    + "via the original gateway (route.c redirect_default_route_to_vpn)");
        }
        if (s.has("def1")) {
            add(OpenVpnRule.DEF1_LOWER, ObservedTunnel.LOWER_HALF, ObservedTunnel.LOWER_HALF.toString(), gatewayR(),
                    tun(), "redirect-gateway def1: the lower half of the address space into the tunnel");
            add(OpenVpnRule.DEF1_UPPER, ObservedTunnel.UPPER_HALF, ObservedTunnel.UPPER_HALF.toString(), gatewayR(),
                    tun(), "redirect-gateway def1: the upper half of the address space into the tunnel");
        } else {
            out.add(new Expected(OpenVpnRule.REDIRECT_DEFAULT, REMOVED, Prefix.DEFAULT_V4, Prefix.DEFAULT_V4.toString(),
                    lText, lIface, "redirect-gateway without def1 deletes the default via the original gateway",
                    false));
            add(OpenVpnRule.REDIRECT_DEFAULT, Prefix.DEFAULT_V4, Prefix.DEFAULT_V4.toString(), gatewayR(), tun(),
                    "redirect-gateway without def1 adds a default into the tunnel");
        }
        if (s.has("block-local") && s.defaultGateway() != null) {
            Prefix lHost = Prefix.host(s.defaultGateway());
            add(OpenVpnRule.BLOCK_LOCAL, lHost, lHost.toString(), platform == Platform.WINDOWS ? ON_LINK : lIface,
                    lIface, "block-local keeps the original gateway reachable on its link (route.c add_block_local)");
            for (Route lan : Prefixes.lans(beforeV4, "")) {
                if (!lan.iface().equals(lIface)) {
                    continue;
                }
                for (Prefix half : Prefixes.halves(lan.destination())) {
                    add(OpenVpnRule.BLOCK_LOCAL, half, half.toString(), gatewayR(), tun(), "block-local covers LAN "
                            + lan.destination() + " with two halves into the tunnel (route.c add_block_local_item)");
                }
            }
        }
        if (s.has("bypass-dhcp") && platform == Platform.WINDOWS) {
            out.add(new Expected(OpenVpnRule.BYPASS_DHCP, ADDED, null, Symbols.DHCP_SERVER, lText, lIface,
                    "bypass-dhcp: a /32 to the adapter's DHCP server via the original gateway, if that server is "
                            + "off the local subnet (route.c add_bypass_routes)", true));
        }
    }

    private void route(OpenVpnSettings.PushedRoute r) {
        Prefix d = r.destination();
        if ("net_gateway".equals(r.keyword())) {
            String lText = s.defaultGateway() == null ? Symbols.DEFAULT_GATEWAY : s.defaultGateway().toString();
            add(OpenVpnRule.PUSHED_ROUTE, d, d.toString(), lText, lIface(), "route … net_gateway: via the original "
                    + "gateway, outside the tunnel (route.c init_route)");
            return;
        }
        String gw = r.gateway() != null ? r.gateway().toString() : gatewayR();
        add(OpenVpnRule.PUSHED_ROUTE, d, d.toString(), gw, tun(), "pushed route via "
                + (r.gateway() != null ? "its gateway" : "route-gateway") + " (route.c add_routes)");
    }

    private String gatewayR() {
        IpAddress r = s.effectiveRouteGateway();
        return r == null ? Symbols.ROUTE_GATEWAY : r.toString();
    }

    private String tun() {
        if (tunnelName != null) {
            return tunnelName;
        }
        return switch (platform) {
            case MACOS -> "utunN";
            case LINUX -> "tun0";
            case WINDOWS -> s.assignedIp() == null ? Symbols.TUNNEL_ADAPTER : s.assignedIp().toString();
        };
    }

    private String lIface() {
        return oldDefault == null ? Symbols.DEFAULT_INTERFACE : oldDefault.iface();
    }

    private void add(OpenVpnRule rule, Prefix dest, String destText, String gw, String iface, String why) {
        out.add(new Expected(rule, ADDED, dest, destText, gw, iface, why, false));
    }
}
