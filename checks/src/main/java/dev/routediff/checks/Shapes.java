package dev.routediff.checks;

import dev.routediff.core.lookup.Move;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import java.util.List;
import java.util.regex.Pattern;

/** What the diagnoses recognise in rows: tunnels, bridges, on-link networks, address rows, special ranges. */
final class Shapes {

    /**
     * Container and VM bridges: Docker ({@code docker0}, {@code br-<id>}, {@code docker_gwbridge}), macOS
     * {@code bridge100}+ (OrbStack, Colima, Lima, UTM, Docker Desktop's vmnet), VMware {@code vmnet*}, VirtualBox
     * {@code vboxnet*}, libvirt {@code virbr*}.
     */
    private static final Pattern BRIDGE = Pattern.compile(
            "docker0|docker_gwbridge|br-[0-9a-f]{6,}|bridge[0-9]+|vmnet[0-9]+|vboxnet[0-9]+|virbr[0-9]+");

    /** Ranges no VPN route competes over: loopback, link-local, multicast, limited broadcast and their IPv6 peers. */
    private static final List<Prefix> SPECIAL = List.of(Prefix.parse("127.0.0.0/8"), Prefix.parse("169.254.0.0/16"),
            Prefix.parse("224.0.0.0/4"), Prefix.parse("255.255.255.255/32"), Prefix.parse("::1/128"),
            Prefix.parse("fe80::/10"), Prefix.parse("ff00::/8"));

    static final Prefix LOWER_HALF = Prefix.parse("0.0.0.0/1");
    static final Prefix UPPER_HALF = Prefix.parse("128.0.0.0/1");

    private Shapes() {
    }

    static boolean isTunnel(String iface) {
        return Move.isTunnel(iface);
    }

    static boolean isBridge(String iface) {
        return BRIDGE.matcher(iface).matches();
    }

    /** A destination in loopback, link-local, multicast or broadcast space (zoned ones included). */
    static boolean special(Prefix p) {
        if (p.address().zone() != null) {
            return true;
        }
        for (Prefix s : SPECIAL) {
            if (s.family() == p.family() && s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Delivered on the link (no next hop address): {@code link#N}, an interface name, a MAC. */
    static boolean onLink(Route r) {
        return r.gateway() instanceof Gateway.Link || r.gateway() instanceof Gateway.Interface
                || r.gateway() instanceof Gateway.Mac;
    }

    /** The next hop address of a route, zone dropped, or null. */
    static IpAddress gatewayAddress(Route r) {
        return r.gateway() instanceof Gateway.Address a ? a.address().withoutZone() : null;
    }

    /**
     * A point-to-point address row: a host route whose gateway is its own destination ({@code 10.243.0.7 10.243.0.7
     * UH utun3}), the row macOS keeps for an interface's own address.
     */
    static boolean addressRow(Route r) {
        IpAddress g = gatewayAddress(r);
        return r.destination().isHostLength() && g != null && g.equals(r.destination().address().withoutZone());
    }

    static boolean scoped(Route r) {
        return r.flags().has(RouteFlag.IFSCOPE);
    }

    /** A network that competes in ordinary lookups: not the default or a special range, a regular mask. */
    static boolean ordinaryNetwork(Route r) {
        Prefix d = r.destination();
        return !d.isIrregular() && !d.isDefault() && !special(d);
    }

    /** A catch-all: the default or one of def1's halves. */
    static boolean catchAll(Prefix p) {
        return p.isDefault() || p.equals(LOWER_HALF) || p.equals(UPPER_HALF)
                || (p.family() == AddressFamily.INET6 && p.length() <= 1);
    }

    /** An address to show a prefix by: its first host, or the address itself for a host-length prefix. */
    static IpAddress sample(Prefix p) {
        return p.isHostLength() ? p.address().withoutZone() : p.address().withoutZone().plus(1);
    }

    /** The part two overlapping prefixes share: the longer of them. */
    static Prefix overlap(Prefix a, Prefix b) {
        return a.length() >= b.length() ? a : b;
    }

    /** "10.0.0.0/16 via 10.8.0.1 on utun3 (line 12)". */
    static String describe(Route r) {
        return r.destination() + " via " + r.gateway().text() + " on " + (r.iface().isEmpty() ? "no interface"
                : r.iface()) + " (line " + r.line() + ")";
    }
}
