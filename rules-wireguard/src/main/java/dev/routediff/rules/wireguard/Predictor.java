package dev.routediff.rules.wireguard;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What wg-quick up does to the main routing table, one method per platform; symbolic without a configuration. */
final class Predictor {

    static final String TUNNEL = "utunN";
    static final String DEFAULT_IFACE = "default interface";
    static final String ORIGINAL_GATEWAY = "original default gateway";

    private final List<PredictedRoute> routes = new ArrayList<>();
    private final List<SkippedRoute> skipped = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    private Predictor() {
    }

    static Prediction predict(WgSettings s, RouteTable before) {
        Predictor p = new Predictor();
        if (s.config() == null) {
            p.law(s.platform());
        } else if (s.platform() == Platform.MACOS) {
            p.macos(s, s.config(), before);
        } else {
            p.linux(s.config(), before);
        }
        return new Prediction(p.routes, p.skipped, p.warnings);
    }

    private void add(WireGuardRule rule, String destination, String gateway, String iface, String why) {
        routes.add(new PredictedRoute(ChangeKind.ADDED, rule.id(), destination, gateway, iface, why,
                rule == WireGuardRule.ADDRESS_HOST));
    }

    private void law(Platform platform) {
        if (platform == Platform.MACOS) {
            add(WireGuardRule.ADDRESS_HOST, "each IPv4 Address A", "A", TUNNEL,
                    "the utun is point-to-point with the peer equal to its own address (rule 1)");
            add(WireGuardRule.DEFAULT_HALVES, "0.0.0.0/1 and 128.0.0.0/1 for an AllowedIP 0.0.0.0/0", TUNNEL, TUNNEL,
                    "a /0 is split in two halves that beat the default without replacing it (rule 2)");
            add(WireGuardRule.ALLOWED_IP, "each other AllowedIP, longest first", TUNNEL, TUNNEL,
                    "route add -interface utunN (rule 5)");
            add(WireGuardRule.ENDPOINT_VIA_GATEWAY, "each peer endpoint, with a /0", ORIGINAL_GATEWAY, DEFAULT_IFACE,
                    "keeps the encrypted traffic out of the tunnel (rule 3)");
            add(WireGuardRule.ENDPOINT_BLACKHOLE, "each peer endpoint, with a /0 and no default gateway", "127.0.0.1",
                    "lo0", "a blackhole to prevent a routing loop (rule 4)");
        } else {
            add(WireGuardRule.LINUX_CONNECTED, "the prefix of each Address A/len", "wg0", "wg0",
                    "the kernel's connected route for the address (rule 7)");
            add(WireGuardRule.LINUX_ALLOWED_IP, "each AllowedIP other than a /0", "wg0", "wg0",
                    "ip route add CIDR dev wg0 (rule 9)");
            skipped.add(new SkippedRoute("an AllowedIP /0", WireGuardRule.LINUX_POLICY_DEFAULT.id(),
                    "routed by policy in table 51820, not in the main table (rule 8)"));
        }
    }

    /** The AllowedIPs of all peers in file order, each once: wg(8) gives a prefix to one peer only. */
    private List<Prefix> allowedIps(WgConfig config) {
        Set<Prefix> seen = new LinkedHashSet<>();
        for (WgConfig.Peer peer : config.peers()) {
            for (Prefix p : peer.allowedIps()) {
                if (!seen.add(p)) {
                    warnings.add(new Warning(Codes.DUPLICATE_ALLOWED_IP, p + " is listed more than once in AllowedIPs; "
                            + "wg gives it to one peer only (the last one configured)", p.toString()));
                }
            }
        }
        return new ArrayList<>(seen);
    }

    private void tableOff(List<Prefix> allowed) {
        for (Prefix p : allowed) {
            skipped.add(new SkippedRoute(p.toString(), WireGuardRule.TABLE_OFF.id(),
                    "Table = off: wg-quick adds no routes"));
        }
    }

    private void macos(WgSettings s, WgConfig config, RouteTable before) {
        Set<Prefix> onTunnel = new LinkedHashSet<>();
        for (WgConfig.Address a : config.addresses()) {
            if (a.isIpv4()) {
                Prefix host = Prefix.host(a.ip());
                add(WireGuardRule.ADDRESS_HOST, host.toString(), a.ip().toString(), TUNNEL,
                        "ifconfig utunN inet A A alias: point-to-point with the peer equal to its own address (rule 1)");
                onTunnel.add(host);
            } else {
                warnings.add(new Warning(Codes.IPV6_ADDRESS_NOT_MODELLED, "the routes macOS adds for the IPv6 address "
                        + a.ip() + "/" + a.length() + " on the utun (ifconfig inet6 A alias) are not modelled",
                        a.prefix().toString()));
            }
        }
        List<Prefix> allowed = allowedIps(config);
        if (config.table().equals("off")) {
            tableOff(allowed);
            return;
        }
        boolean auto = config.table().isEmpty() || config.table().equals("auto");
        // darwin.bash sorts wg show allowed-ips with sort -nr -k 2 -t /: longest prefix first.
        List<Prefix> ordered = new ArrayList<>(allowed);
        ordered.sort(Comparator.comparingInt(Prefix::length).reversed());
        boolean auto4 = false;
        boolean auto6 = false;
        for (Prefix p : ordered) {
            boolean v4 = p.family() == AddressFamily.INET;
            if (p.length() == 0 && auto) {
                if (v4) {
                    auto4 = true;
                    add(WireGuardRule.DEFAULT_HALVES, "0.0.0.0/1", TUNNEL, TUNNEL,
                            "AllowedIP 0.0.0.0/0: the lower half, more specific than the default, which stays (rule 2)");
                    add(WireGuardRule.DEFAULT_HALVES, "128.0.0.0/1", TUNNEL, TUNNEL,
                            "AllowedIP 0.0.0.0/0: the upper half (rule 2)");
                } else {
                    auto6 = true;
                    add(WireGuardRule.DEFAULT_HALVES, "::/1", TUNNEL, TUNNEL,
                            "AllowedIP ::/0: the lower half, more specific than the default, which stays (rule 2)");
                    add(WireGuardRule.DEFAULT_HALVES, "8000::/1", TUNNEL, TUNNEL,
                            "AllowedIP ::/0: the upper half (rule 2)");
                }
            } else if (p.length() == 0) {
                skipped.add(new SkippedRoute(p.toString(), WireGuardRule.ALLOWED_IP.id(), "Table = main: route add "
                        + p + " -interface utunN fails while a default route exists, and wg-quick up stops (inferred)"));
                warnings.add(new Warning(Codes.DEFAULT_ROUTE_EXISTS, "Table = main with AllowedIP " + p + ": wg-quick "
                        + "adds it as a second default, which macOS refuses (File exists); wg-quick up then stops",
                        p.toString()));
            } else if (onTunnel.contains(p)) {
                skipped.add(new SkippedRoute(p.toString(), WireGuardRule.ALLOWED_IP.id(),
                        "route get already resolves it to utunN (the address's own host route)"));
            } else {
                add(WireGuardRule.ALLOWED_IP, p.toString(), TUNNEL, TUNNEL, "route add " + p + " -interface utunN (rule 5)");
                onTunnel.add(p);
                collision(before, p);
            }
        }
        endpoints(s, config, auto4, auto6);
    }

    /** A route add of a destination the device already routes elsewhere fails with File exists; set -e stops up. */
    private void collision(RouteTable before, Prefix p) {
        if (before == null) {
            return;
        }
        for (Route r : before.section(p.family())) {
            if (r.destination().equals(p) && !r.isNeighborEntry()
                    && !r.flags().has(RouteFlag.IFSCOPE)) {
                warnings.add(new Warning(Codes.ROUTE_EXISTS, "AllowedIP " + p + " is already routed via "
                        + r.gateway().text() + " on " + r.iface() + ": route add fails (File exists) and wg-quick up "
                        + "stops (inferred)", p.toString()));
                return;
            }
        }
    }

    private void endpoints(WgSettings s, WgConfig config, boolean auto4, boolean auto6) {
        Set<String> done = new LinkedHashSet<>();
        for (WgConfig.Peer peer : config.peers()) {
            WgConfig.Endpoint e = peer.endpoint();
            if (e == null || !done.add(e.host())) {
                continue;
            }
            if (e.isName()) {
                if (!auto4 && !auto6) {
                    continue;
                }
                warnings.add(new Warning(Codes.ENDPOINT_NAME, "endpoint " + e.host() + " is a name: wg resolves it when "
                        + "the interface comes up; routediff does not resolve names, so its host route is shown "
                        + "symbolically", null));
                endpoint(s, "address of " + e.host(), auto4 ? AddressFamily.INET : AddressFamily.INET6);
                continue;
            }
            AddressFamily f = e.ip().family();
            if ((f == AddressFamily.INET && auto4) || (f == AddressFamily.INET6 && auto6)) {
                endpoint(s, Prefix.host(e.ip().withoutZone()).toString(), f);
            }
        }
    }

    private void endpoint(WgSettings s, String destination, AddressFamily f) {
        String loopback = f == AddressFamily.INET ? "127.0.0.1" : "::1";
        if (!s.gatewaysKnown()) {
            add(WireGuardRule.ENDPOINT_VIA_GATEWAY, destination, ORIGINAL_GATEWAY, DEFAULT_IFACE,
                    "the peer endpoint stays outside the tunnel, via the default gateway found before connecting "
                            + "(rule 3; a blackhole via " + loopback + " when there is none, rule 4)");
            return;
        }
        WgSettings.Hop hop = s.gateway(f);
        if (hop == null) {
            add(WireGuardRule.ENDPOINT_BLACKHOLE, destination, loopback, "lo0",
                    "no default gateway: a blackhole route keeps the endpoint out of the tunnel (rule 4)");
            warnings.add(new Warning(Codes.ENDPOINT_BLACKHOLE, "no " + (f == AddressFamily.INET ? "IPv4" : "IPv6")
                    + " default gateway before connecting: the endpoint route is a blackhole and the tunnel cannot "
                    + "reach its peer until the network changes", destination));
        } else {
            add(WireGuardRule.ENDPOINT_VIA_GATEWAY, destination, hop.gateway(),
                    hop.iface().isEmpty() ? DEFAULT_IFACE : hop.iface(),
                    "the peer endpoint stays outside the tunnel, via the original default gateway (rule 3)");
        }
    }

    private void linux(WgConfig config, RouteTable before) {
        String dev = config.name() != null ? config.name() : "wg0";
        List<Prefix> onDev = new ArrayList<>();
        for (WgConfig.Address a : config.addresses()) {
            if (a.length() < a.ip().family().bits()) {
                add(WireGuardRule.LINUX_CONNECTED, a.prefix().toString(), dev, dev,
                        "ip address add " + a.ip() + "/" + a.length() + " dev " + dev
                                + ": the kernel's connected route, proto kernel scope link (rule 7)");
                onDev.add(a.prefix());
            }
        }
        List<Prefix> allowed = allowedIps(config);
        String table = config.table();
        if (table.equals("off")) {
            tableOff(allowed);
            return;
        }
        boolean numbered = !table.isEmpty() && !table.equals("auto") && !table.equals("main");
        boolean main = table.equals("main");
        boolean policy = false;
        // linux.bash sorts wg show allowed-ips with sort -nr -k 2 -t / as darwin.bash does: longest prefix first.
        List<Prefix> ordered = new ArrayList<>(allowed);
        ordered.sort(Comparator.comparingInt(Prefix::length).reversed());
        for (Prefix p : ordered) {
            if (numbered) {
                skipped.add(new SkippedRoute(p.toString(), WireGuardRule.LINUX_ALLOWED_IP.id(),
                        "Table = " + table + ": added to table " + table + ", not the main table"));
            } else if (p.length() == 0 && !main) {
                policy = true;
                skipped.add(new SkippedRoute(p.toString(), WireGuardRule.LINUX_POLICY_DEFAULT.id(), "policy routing: "
                        + p + " dev " + dev + " in table 51820 (or the next free table), selected by ip rules; the main "
                        + "table does not change"));
            } else if (!main && onDev.stream().anyMatch(q -> q.contains(p))) {
                skipped.add(new SkippedRoute(p.toString(), WireGuardRule.LINUX_ALLOWED_IP.id(),
                        "ip route show dev " + dev + " match " + p + " already finds a route"));
            } else {
                add(WireGuardRule.LINUX_ALLOWED_IP, p.toString(), dev, dev, "ip route add " + p + " dev " + dev
                        + (main ? " table main" : "") + " (rule 9)");
                // Table = main skips the match check: an equal route already there makes ip route add fail.
                if (main && onDev.contains(p)) {
                    warnings.add(new Warning(Codes.ROUTE_EXISTS, "AllowedIP " + p + " equals the connected route of "
                            + "the address: with Table = main ip route add fails (File exists) and wg-quick up stops "
                            + "(inferred)", p.toString()));
                }
                onDev.add(p);
                if (p.length() == 0 && before != null && before.section(p.family()).stream()
                        .anyMatch(r -> r.destination().isDefault())) {
                    warnings.add(new Warning(Codes.DEFAULT_ROUTE_EXISTS, "Table = main with AllowedIP " + p + ": a "
                            + "default route with the same metric already exists, so ip route add fails (File exists) "
                            + "and wg-quick up stops (inferred)", p.toString()));
                }
            }
        }
        if (policy) {
            warnings.add(new Warning(Codes.POLICY_ROUTING, "the /0 is routed by policy, not by the main table: see "
                    + "ip rule and ip route show table 51820 (wg-quick also adds nft or iptables marking rules)", null));
        }
    }

    static boolean isHalf(Prefix p) {
        return p.length() == 1 && (p.equals(Prefix.parse("0.0.0.0/1")) || p.equals(Prefix.parse("128.0.0.0/1"))
                || p.equals(Prefix.parse("::/1")) || p.equals(Prefix.parse("8000::/1")));
    }

    static boolean isLoopback(IpAddress a) {
        return a.equals(IpAddress.parse("127.0.0.1")) || a.equals(IpAddress.parse("::1"));
    }
}
