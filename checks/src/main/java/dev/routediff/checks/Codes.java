package dev.routediff.checks;

/** The stable finding codes of the built-in diagnoses (documented in docs/check.md; scripts match on them). */
public final class Codes {

    /** A container or VM bridge network overlaps a tunnel route or the client CIDR. */
    public static final String BRIDGE_OVERLAP = "bridge-overlap";
    /** Routes the VPN connection added are still there after it went away. */
    public static final String LEFTOVER_ROUTE = "leftover-route";
    /** Two tunnels with overlapping routes, or two catch-alls: two VPNs at once. */
    public static final String TUNNEL_CONFLICT = "tunnel-conflict";
    /** IPv4 goes into a full tunnel while IPv6 has a way out off the tunnel. */
    public static final String IPV6_BYPASS = "ipv6-bypass";
    /** A route into the tunnel exists only interface-scoped, so ordinary traffic does not use it. */
    public static final String SCOPED_TUNNEL_ROUTE = "scoped-tunnel-route";
    /** The VPN server's host route goes via a gateway the machine can no longer reach. */
    public static final String STALE_ENDPOINT_ROUTE = "stale-endpoint-route";
    /** A DNS server is reached off the tunnel where it should be reached through it. */
    public static final String DNS_OUTSIDE_TUNNEL = "dns-outside-tunnel";

    private Codes() {
    }
}
