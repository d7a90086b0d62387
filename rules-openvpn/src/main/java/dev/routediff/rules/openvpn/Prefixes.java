package dev.routediff.rules.openvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import java.util.ArrayList;
import java.util.List;

/** IPv4 arithmetic the OpenVPN rules need: netmasks, halves, broadcast addresses, the LANs of a table. */
public final class Prefixes {

    private static final List<Prefix> NOT_A_LAN = List.of(Prefix.parse("127.0.0.0/8"), Prefix.parse("224.0.0.0/4"));

    private Prefixes() {
    }

    /** The length of a contiguous dotted netmask (255.255.255.224 -> 27), or -1. */
    public static int maskLength(String mask) {
        IpAddress m = IpAddress.tryParse(mask);
        if (m == null || !m.isIpv4()) {
            return -1;
        }
        long v = m.low() & 0xffffffffL;
        int len = Long.bitCount(v);
        long expected = len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
        return v == expected ? len : -1;
    }

    /** The dotted netmask of a length (27 -> 255.255.255.224). */
    public static String mask(int length) {
        long v = length == 0 ? 0 : (0xffffffffL << (32 - length)) & 0xffffffffL;
        return IpAddress.ipv4(v).toString();
    }

    /** The two halves of a prefix (one bit longer), as block-local installs them. */
    public static List<Prefix> halves(Prefix p) {
        if (p.isIrregular() || p.length() >= p.family().bits()) {
            return List.of();
        }
        int len = p.length() + 1;
        long size = 1L << (32 - len);
        return List.of(Prefix.of(p.address(), len), Prefix.of(p.address().plus(size), len));
    }

    public static IpAddress broadcast(Prefix n) {
        return n.address().plus(n.ipv4Size() - 1);
    }

    /**
     * Networks attached to an interface in a table (no gateway address: link#N, on-link, dev), other than loopback,
     * multicast, host rows and tunnel interfaces named in {@code skip}.
     */
    public static List<Route> lans(List<Route> routes, String skipInterface) {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            Prefix d = r.destination();
            boolean onLink = r.gateway() instanceof Gateway.Link || r.gateway() instanceof Gateway.Interface;
            if (r.family() == AddressFamily.INET && onLink && !r.host() && !d.isIrregular() && d.length() > 0
                    && d.length() < 32 && !r.flags().has(RouteFlag.IFSCOPE) && !r.iface().equals(skipInterface)
                    && NOT_A_LAN.stream().noneMatch(x -> x.contains(d))) {
                out.add(r);
            }
        }
        return out;
    }
}
