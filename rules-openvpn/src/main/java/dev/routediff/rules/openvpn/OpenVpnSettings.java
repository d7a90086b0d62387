package dev.routediff.rules.openvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.RuleOption;
import dev.routediff.core.rules.RuleOption.Kind;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an OpenVPN client is told, from settings named like OpenVPN's own options or from a pasted
 * {@code PUSH_REPLY} line; a setting given explicitly overrides the push. A null field is unknown.
 *
 * @param topology       subnet, net30 or p2p (null: subnet when ifconfig has a netmask)
 * @param assignedIp     C, ifconfig's first address
 * @param peer           P, ifconfig's second address in net30/p2p
 * @param prefix         the tunnel subnet's length (ifconfig's netmask), 0 when unknown
 * @param routeGateway   R
 * @param redirect       redirect-gateway's flags (def1, local, block-local, bypass-dhcp…), null without it
 * @param routes         pushed or configured IPv4 routes
 * @param routesIpv6     pushed or configured IPv6 routes
 * @param endpointIp     S, the server's public address
 * @param defaultGateway L, from the setting or the table before
 * @param given          true when any setting this rule set reads was given
 */
public record OpenVpnSettings(Platform platform, String topology, IpAddress assignedIp, IpAddress peer, int prefix,
                              IpAddress routeGateway, Set<String> redirect, List<PushedRoute> routes,
                              List<Prefix> routesIpv6, IpAddress endpointIp, IpAddress defaultGateway,
                              boolean given) {

    public static final String PLATFORM = Platform.SETTING;
    public static final String PUSH_REPLY = "push-reply";
    public static final String IFCONFIG = "ifconfig";
    public static final String TOPOLOGY = "topology";
    public static final String ROUTE_GATEWAY = "route-gateway";
    public static final String REDIRECT_GATEWAY = "redirect-gateway";
    public static final String ROUTE = "route";
    public static final String ROUTE_IPV6 = "route-ipv6";
    public static final String ASSIGNED_IP = "assigned-ip";
    public static final String ENDPOINT_IP = "endpoint-ip";
    public static final String DEFAULT_GATEWAY = "default-gateway";
    public static final String TUNNEL_PREFIX = "tunnel-prefix";

    /** Every setting name this rule set reads. */
    public static final List<String> NAMES = List.of(PLATFORM, PUSH_REPLY, IFCONFIG, TOPOLOGY, ROUTE_GATEWAY,
            REDIRECT_GATEWAY, ROUTE, ROUTE_IPV6, ASSIGNED_IP, ENDPOINT_IP, DEFAULT_GATEWAY, TUNNEL_PREFIX);

    /** The options the command line offers for these settings. */
    public static final List<RuleOption> OPTIONS = List.of(
            Platform.OPTION,
            RuleOption.of(PUSH_REPLY, Kind.TEXT, "LINE|FILE", "The PUSH_REPLY line of an OpenVPN log (quote it), or a "
                    + "log file holding one: route-gateway, topology, ifconfig, redirect-gateway, route, route-ipv6."),
            RuleOption.of(IFCONFIG, Kind.TEXT, "'C MASK'|'C PEER'", "ifconfig: the assigned address and netmask "
                    + "(topology subnet) or the p2p peer (net30)."),
            RuleOption.of(TOPOLOGY, Kind.TEXT, "NAME", "topology: subnet, net30 or p2p."),
            RuleOption.of(ROUTE_GATEWAY, Kind.ADDRESS, "IP", "route-gateway: the gateway of pushed routes and of "
                    + "redirect-gateway's rows."),
            RuleOption.of(REDIRECT_GATEWAY, Kind.TEXT, "FLAGS", "redirect-gateway's flags, e.g. 'def1 bypass-dhcp', "
                    + "'block-local', 'local'; 'none' for split tunnel."),
            RuleOption.of(ROUTE, Kind.CIDR, "CIDR", "A destination of the endpoint's route table (repeatable).")
                    .repeated(),
            RuleOption.of(ROUTE_IPV6, Kind.CIDR, "CIDR", "route-ipv6: an IPv6 network pushed into the tunnel "
                    + "(repeatable).").repeated(),
            RuleOption.of(ASSIGNED_IP, Kind.ADDRESS, "IP", "The address the client was given (Connections tab)."),
            RuleOption.of(ENDPOINT_IP, Kind.ADDRESS, "IP", "The endpoint's public IP the client connected to."),
            RuleOption.of(DEFAULT_GATEWAY, Kind.ADDRESS, "IP", "The device's default gateway before connecting."),
            RuleOption.of(TUNNEL_PREFIX, Kind.INTEGER, "N",
                    "Prefix length of the tunnel subnet the client is placed in (observed: 27)."));

    /** A route as {@code --route} gives it: network, and a gateway (null: route-gateway) or a keyword. */
    public record PushedRoute(Prefix destination, IpAddress gateway, String keyword) {
    }

    public OpenVpnSettings {
        redirect = redirect == null ? null : Set.copyOf(redirect);
        routes = List.copyOf(routes);
        routesIpv6 = List.copyOf(routesIpv6);
    }

    public boolean redirects() {
        return redirect != null && !redirect.contains("!ipv4");
    }

    public boolean has(String flag) {
        return redirect != null && redirect.contains(flag);
    }

    public boolean p2p() {
        return "net30".equals(topology) || "p2p".equals(topology) || peer != null;
    }

    /** R: route-gateway, else the peer in net30/p2p (init.c do_init_route_list). */
    public IpAddress effectiveRouteGateway() {
        return routeGateway != null ? routeGateway : p2p() ? peer : null;
    }

    public Prefix subnet() {
        return assignedIp == null || prefix <= 0 ? null : Prefix.of(assignedIp, prefix);
    }

    public static OpenVpnSettings from(RuleSettings settings, RouteTable before) {
        boolean given = NAMES.stream().filter(n -> !n.equals(PLATFORM)).anyMatch(settings::has);
        Platform platform = Platform.of(settings, before, Platform.MACOS);
        Builder b = new Builder();
        settings.get(PUSH_REPLY).ifPresent(v -> b.push(pushReplyText(v)));
        settings.get(TOPOLOGY).ifPresent(v -> b.topology(v, "--" + TOPOLOGY));
        settings.get(IFCONFIG).ifPresent(v -> b.ifconfig(v.split("\\s+"), "--" + IFCONFIG));
        settings.get(ROUTE_GATEWAY).ifPresent(v -> b.routeGateway = ipv4("--" + ROUTE_GATEWAY, v));
        settings.get(REDIRECT_GATEWAY).ifPresent(v -> b.redirect(v));
        if (settings.has(ROUTE)) {
            b.routes.clear();
            for (String v : settings.all(ROUTE)) {
                b.route(v.strip().split("\\s+"), "--" + ROUTE);
            }
        }
        if (settings.has(ROUTE_IPV6)) {
            b.routesIpv6.clear();
            for (String v : settings.all(ROUTE_IPV6)) {
                b.routeIpv6(v.strip().split("\\s+")[0], "--" + ROUTE_IPV6);
            }
        }
        settings.get(ASSIGNED_IP).ifPresent(v -> b.assigned = ipv4("--" + ASSIGNED_IP, v));
        settings.get(TUNNEL_PREFIX).ifPresent(v -> b.prefix = prefix(v));
        IpAddress endpoint = settings.get(ENDPOINT_IP).map(v -> ipv4("--" + ENDPOINT_IP, v)).orElse(null);
        IpAddress gateway = settings.get(DEFAULT_GATEWAY).map(v -> ipv4("--" + DEFAULT_GATEWAY, v))
                .orElse(before == null ? null : ObservedTunnel.defaultRoute(before.section(AddressFamily.INET))
                        .map(ObservedTunnel::address).orElse(null));
        return new OpenVpnSettings(platform, b.topology, b.assigned, b.peer, b.prefix, b.routeGateway, b.redirect,
                b.routes, b.routesIpv6, endpoint, gateway, given);
    }

    /** The PUSH_REPLY options from a pasted log line, or from a file holding an OpenVPN log. */
    static String pushReplyText(String value) {
        String text = value;
        if (!value.contains("PUSH_REPLY")) {
            Path p = Path.of(value);
            if (!Files.isRegularFile(p)) {
                throw new RouteInputException("--" + PUSH_REPLY, "expected a PUSH_REPLY line of an OpenVPN log "
                        + "(PUSH_REPLY,route-gateway 10.0.0.97,topology subnet,ifconfig 10.0.0.98 255.255.255.224,…) "
                        + "or a log file holding one, found '" + value + "'");
            }
            try {
                text = Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> l.contains("PUSH_REPLY"))
                        .reduce((a, b) -> b).orElseThrow(() -> new RouteInputException(value,
                                "no PUSH_REPLY line in this file (OpenVPN logs it at verb 3 and above)"));
            } catch (IOException e) {
                throw new RouteInputException(value, "cannot read: " + e.getMessage());
            }
        }
        String s = text.substring(text.indexOf("PUSH_REPLY") + "PUSH_REPLY".length());
        // The log quotes the message: 'PUSH_REPLY,…'
        int quote = s.indexOf('\'');
        return quote >= 0 ? s.substring(0, quote) : s.strip();
    }

    private static final class Builder {
        String topology;
        IpAddress assigned;
        IpAddress peer;
        int prefix;
        IpAddress routeGateway;
        Set<String> redirect;
        final List<PushedRoute> routes = new ArrayList<>();
        final List<Prefix> routesIpv6 = new ArrayList<>();

        void push(String options) {
            String where = "--" + PUSH_REPLY;
            for (String option : options.split(",")) {
                String[] t = option.strip().split("\\s+");
                switch (t[0]) {
                    case "topology" -> topology(t.length > 1 ? t[1] : "", where);
                    case "ifconfig" -> ifconfig(java.util.Arrays.copyOfRange(t, 1, t.length), where);
                    case "route-gateway" -> {
                        if (t.length > 1 && !t[1].equals("dhcp")) {
                            routeGateway = ipv4(where + " route-gateway", t[1]);
                        }
                    }
                    case "redirect-gateway" -> redirect(String.join(" ", java.util.Arrays.copyOfRange(t, 1, t.length)));
                    case "redirect-private" -> redirect = new LinkedHashSet<>(List.of("!ipv4"));
                    case "route" -> route(java.util.Arrays.copyOfRange(t, 1, t.length), where + " route");
                    case "route-ipv6" -> {
                        if (t.length > 1) {
                            routeIpv6(t[1], where + " route-ipv6");
                        }
                    }
                    default -> {
                        // dhcp-option, ping, peer-id, cipher…: nothing to do with routes
                    }
                }
            }
        }

        void topology(String v, String where) {
            String t = v.toLowerCase(Locale.ROOT);
            if (!List.of("subnet", "net30", "p2p").contains(t)) {
                throw new RouteInputException(where, "expected topology subnet, net30 or p2p, found '" + v + "'");
            }
            topology = t;
        }

        void ifconfig(String[] t, String where) {
            if (t.length < 2) {
                throw new RouteInputException(where, "expected 'ifconfig ADDRESS NETMASK' (subnet) or "
                        + "'ifconfig ADDRESS PEER' (net30), found '" + String.join(" ", t) + "'");
            }
            assigned = ipv4(where, t[0]);
            int len = maskLength(t[1]);
            if (len > 0 && !"net30".equals(topology) && !"p2p".equals(topology)) {
                prefix = len;
            } else {
                peer = ipv4(where, t[1]);
                if (topology == null) {
                    topology = "net30";
                }
            }
        }

        void redirect(String flags) {
            redirect = new LinkedHashSet<>();
            for (String f : flags.strip().split("\\s+")) {
                if (!f.isEmpty()) {
                    redirect.add(f.toLowerCase(Locale.ROOT));
                }
            }
            if (redirect.contains("none") || redirect.contains("off")) {
                redirect = null;
            }
        }

        void route(String[] t, String where) {
            if (t.length == 0 || t[0].isEmpty()) {
                throw new RouteInputException(where, "expected a network such as 10.0.0.0/16 or "
                        + "'10.0.0.0 255.255.0.0 [GATEWAY]'");
            }
            Prefix dest;
            int next;
            if (t[0].contains("/")) {
                dest = cidr(where, t[0]);
                next = 1;
            } else {
                IpAddress net = ipv4(where, t[0]);
                int len = t.length > 1 ? maskLength(t[1]) : 32;
                if (len < 0) {
                    throw new RouteInputException(where, "'" + t[1] + "' is not a netmask such as 255.255.0.0");
                }
                dest = Prefix.of(net, len);
                next = 2;
            }
            IpAddress gw = null;
            String keyword = null;
            if (t.length > next) {
                String g = t[next];
                if (List.of("vpn_gateway", "net_gateway", "remote_host").contains(g)) {
                    keyword = g;
                } else {
                    gw = ipv4(where, g);
                }
            }
            routes.add(new PushedRoute(dest, gw, keyword));
        }

        void routeIpv6(String v, String where) {
            Prefix p = cidr(where, v);
            if (p.family() != AddressFamily.INET6) {
                throw new RouteInputException(where, "'" + v + "' is not an IPv6 network such as 2000::/3");
            }
            routesIpv6.add(p);
        }
    }

    static int maskLength(String mask) {
        return Prefixes.maskLength(mask);
    }

    static IpAddress ipv4(String where, String value) {
        IpAddress a = IpAddress.tryParse(value);
        if (a == null || !a.isIpv4()) {
            throw new RouteInputException(where, "'" + value + "' is not an IPv4 address such as 10.8.0.2");
        }
        return a;
    }

    static Prefix cidr(String where, String value) {
        try {
            Prefix p = Prefix.parse(value);
            if (p.isIrregular() || value.equals("default")) {
                throw new IllegalArgumentException();
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new RouteInputException(where, "'" + value + "' is not a CIDR block such as 10.0.0.0/16");
        }
    }

    static int prefix(String value) {
        int n = Prefix.parseLength(value, 32);
        if (n < 1 || n > 30) {
            throw new RouteInputException("--" + TUNNEL_PREFIX, "expected a prefix length from 1 to 30, found '"
                    + value + "'");
        }
        return n;
    }
}
