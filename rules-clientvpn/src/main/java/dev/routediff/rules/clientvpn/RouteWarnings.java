package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks behind the surprises users file tickets about: a VPN route that loses to a more specific local route,
 * a client CIDR on top of the home LAN, the same destination twice. Shared by predict (against the table before)
 * and explain (against the table after).
 */
final class RouteWarnings {

    /** Ranges a pushed route never competes with in practice: loopback, link-local, multicast, broadcast. */
    private static final List<Prefix> NOT_COMPETING = List.of(Prefix.parse("127.0.0.0/8"),
            Prefix.parse("169.254.0.0/16"), Prefix.parse("224.0.0.0/4"), Prefix.parse("255.255.255.255/32"));

    private RouteWarnings() {
    }

    /**
     * {@code vpn-route-shadowed}: a more specific route off the tunnel wins the longest-prefix match for part (or
     * all) of a VPN destination, so that traffic does not enter the tunnel.
     *
     * @param vpnDestinations the destinations routed into the tunnel
     * @param deviceRoutes    the routes that compete with them (the table before, or the non-tunnel rows after)
     */
    static List<Warning> shadowed(Collection<Prefix> vpnDestinations, List<Route> deviceRoutes) {
        List<Warning> out = new ArrayList<>();
        for (Shadowing s : shadowings(vpnDestinations, deviceRoutes)) {
            out.add(new Warning(WarningCodes.VPN_ROUTE_SHADOWED, s.message(), s.vpn().toString()));
        }
        return out;
    }

    /** A VPN destination and the more specific routes off the tunnel that win part or all of it. */
    record Shadowing(Prefix vpn, List<Route> winners, boolean wholly) {
        String message() {
            String list = winners.stream().limit(3).map(r -> r.destination() + " on " + r.iface())
                    .collect(Collectors.joining(", ")) + (winners.size() > 3 ? " and " + (winners.size() - 3) + " more" : "");
            return "VPN route " + vpn + " is " + (wholly ? "wholly" : "partly") + " shadowed by the more specific "
                    + list + ": traffic " + (wholly ? "to it" : "to those addresses") + " does not enter the tunnel";
        }
    }

    /** The shadowings behind {@link #shadowed}, for callers that need the rows (check's evidence). */
    static List<Shadowing> shadowings(Collection<Prefix> vpnDestinations, List<Route> deviceRoutes) {
        List<Shadowing> out = new ArrayList<>();
        for (Prefix d : vpnDestinations) {
            // def1's two halves are meant to lose to every local route: LAN access under full tunnel is by design.
            if (d.family() != AddressFamily.INET || d.isIrregular() || d.length() <= 1) {
                continue;
            }
            List<Route> winners = deviceRoutes.stream()
                    .filter(RouteWarnings::competes)
                    .filter(r -> r.destination().length() > d.length() && d.contains(r.destination()))
                    .sorted(Comparator.comparing(Route::destination))
                    .toList();
            if (winners.isEmpty()) {
                continue;
            }
            boolean wholly = coveredSize(winners.stream().map(Route::destination).toList()) == d.ipv4Size();
            out.add(new Shadowing(d, winners, wholly));
        }
        return out;
    }

    /** A route that takes part in the longest-prefix match against a pushed route. */
    private static boolean competes(Route r) {
        Prefix p = r.destination();
        if (r.isNeighborEntry() || r.flags().has(RouteFlag.IFSCOPE) || p.isIrregular() || p.family() != AddressFamily.INET) {
            return false;
        }
        // Own-address and router /32 rows (UCS, link#N) only carry traffic to that one local address.
        if (p.isHostLength() && !r.flags().has(RouteFlag.GATEWAY)) {
            return false;
        }
        return NOT_COMPETING.stream().noneMatch(x -> x.contains(p));
    }

    /** Number of IPv4 addresses the prefixes cover together (nested ones counted once). */
    static long coveredSize(List<Prefix> prefixes) {
        List<Prefix> sorted = prefixes.stream().sorted(Comparator.comparingInt(Prefix::length)).toList();
        List<Prefix> outer = new ArrayList<>();
        for (Prefix p : sorted) {
            if (outer.stream().noneMatch(o -> o.contains(p))) {
                outer.add(p);
            }
        }
        return outer.stream().mapToLong(Prefix::ipv4Size).sum();
    }

    /**
     * {@code client-cidr-overlaps-lan}: the client CIDR or the tunnel subnet overlaps a network the device is on, so
     * addresses on one side cannot be reached (the more specific route wins) or the routes fail to install.
     */
    static List<Warning> overlapsLan(Prefix clientCidr, Prefix tunnelSubnet, List<Route> lans) {
        List<Warning> out = new ArrayList<>();
        for (Route lan : lans) {
            Prefix l = lan.destination();
            if (clientCidr != null && clientCidr.overlaps(l)) {
                out.add(new Warning(WarningCodes.CLIENT_CIDR_OVERLAPS_LAN, "client CIDR " + clientCidr + " overlaps the LAN "
                        + l + " on " + lan.iface() + ": VPN clients and local hosts in the overlap cannot both be reached",
                        l.toString()));
            } else if (tunnelSubnet != null && tunnelSubnet.overlaps(l)) {
                out.add(new Warning(WarningCodes.CLIENT_CIDR_OVERLAPS_LAN, "tunnel subnet " + tunnelSubnet
                        + " overlaps the LAN " + l + " on " + lan.iface(), l.toString()));
            }
        }
        return out;
    }

    /** {@code duplicate-route}: one destination given more than once. */
    static List<Warning> duplicates(List<String> given, String what) {
        Map<Prefix, Integer> count = new LinkedHashMap<>();
        for (String g : given) {
            try {
                count.merge(Prefix.parse(g), 1, Integer::sum);
            } catch (IllegalArgumentException bad) {
                // Reported as an input error where the value is read.
            }
        }
        List<Warning> out = new ArrayList<>();
        count.forEach((p, n) -> {
            if (n > 1) {
                out.add(new Warning(WarningCodes.DUPLICATE_ROUTE, p + " appears " + n + " times in " + what
                        + "; it is pushed once", p.toString()));
            }
        });
        return out;
    }

    /** {@code duplicate-route} in an observed table: the same destination more than once on the tunnel. */
    static List<Warning> duplicatesOnTunnel(List<Route> tunnelRoutes) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Route r : tunnelRoutes) {
            count.merge(r.destination() + (r.host() ? " host" : ""), 1, Integer::sum);
        }
        List<Warning> out = new ArrayList<>();
        count.forEach((d, n) -> {
            if (n > 1) {
                String dest = d.replace(" host", "");
                out.add(new Warning(WarningCodes.DUPLICATE_ROUTE, dest + " is on the tunnel " + n
                        + " times: two routes to one destination compete", dest));
            }
        });
        return out;
    }
}
