package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import java.util.List;
import org.apache.commons.net.util.SubnetUtils;

/**
 * IPv4 CIDR arithmetic of the rules, on commons-net's {@link SubnetUtils}.
 *
 * <p>SubnetUtils' quirks, handled here so no caller meets them: by default it counts neither the network nor the
 * broadcast address, which makes /31 and /32 empty, so every instance is made inclusive; a /0 mask is computed
 * with a 32-bit shift, so 0.0.0.0/0 is answered without it; and {@code isInRange} says no to the address 0.0.0.0
 * in every range (found by {@code CidrTest}: 0.0.0.0/1 did not cover itself), so that address is answered by core's
 * {@link Prefix#contains}. Everything else goes through SubnetUtils.
 */
final class Cidr {

    /** The ranges AWS accepts for a client LAN (what-is-best-practices page); outside them block-local is pushed. */
    static final List<Prefix> PRIVATE_LAN_RANGES = List.of(
            Prefix.parse("10.0.0.0/8"), Prefix.parse("172.16.0.0/12"),
            Prefix.parse("192.168.0.0/16"), Prefix.parse("169.254.0.0/16"));

    private Cidr() {
    }

    private static SubnetUtils.SubnetInfo info(Prefix p) {
        SubnetUtils s = new SubnetUtils(p.address() + "/" + p.length());
        s.setInclusiveHostCount(true);
        return s.getInfo();
    }

    /** The tunnel subnet N: the {@code length}-bit network containing the assigned IP. */
    static Prefix subnetOf(IpAddress ip, int length) {
        requireV4(ip);
        if (length == 0) {
            return Prefix.DEFAULT_V4;
        }
        SubnetUtils s = new SubnetUtils(ip + "/" + length);
        s.setInclusiveHostCount(true);
        return Prefix.of(IpAddress.parse(s.getInfo().getNetworkAddress()), length);
    }

    /** True when {@code ip} lies in {@code p} (network and broadcast address included). */
    static boolean inRange(Prefix p, IpAddress ip) {
        requireV4(ip);
        if (p.family() != AddressFamily.INET || p.isIrregular()) {
            return false;
        }
        if (p.length() == 0 || ip.low() == 0) {
            return p.contains(ip);
        }
        return info(p).isInRange(ip.toString());
    }

    /** True when every address of {@code inner} lies in {@code outer}. */
    static boolean covers(Prefix outer, Prefix inner) {
        if (outer.family() != AddressFamily.INET || inner.family() != AddressFamily.INET
                || outer.isIrregular() || inner.isIrregular() || inner.length() < outer.length()) {
            return false;
        }
        return inRange(outer, inner.address());
    }

    /** The two halves of a network, each one bit longer (what block-local routes via the tunnel). */
    static List<Prefix> halves(Prefix p) {
        if (p.length() >= 32) {
            throw new IllegalArgumentException(p + " has no halves");
        }
        Prefix lower = Prefix.of(p.address(), p.length() + 1);
        IpAddress upperStart = p.length() == 0 ? IpAddress.parse("128.0.0.0")
                : IpAddress.parse(info(lower).getBroadcastAddress()).plus(1);
        return List.of(lower, Prefix.of(upperStart, p.length() + 1));
    }

    /** True when the network lies inside one of the private LAN ranges AWS accepts. */
    static boolean isPrivateLan(Prefix p) {
        return PRIVATE_LAN_RANGES.stream().anyMatch(range -> covers(range, p));
    }

    private static void requireV4(IpAddress ip) {
        if (!ip.isIpv4()) {
            throw new IllegalArgumentException(ip + " is not IPv4");
        }
    }
}
