package dev.routediff.checks;

import dev.routediff.core.rules.StableCode;

/** The stable finding codes of the built-in diagnoses (documented in docs/check.md; scripts match on them). */
public enum Codes implements StableCode {

    /** A container or VM bridge network overlaps a tunnel route or the client CIDR. */
    BRIDGE_OVERLAP,
    /** Routes the VPN connection added are still there after it went away. */
    LEFTOVER_ROUTE,
    /** Two tunnels with overlapping routes, or two catch-alls: two VPNs at once. */
    TUNNEL_CONFLICT,
    /** IPv4 goes into a full tunnel while IPv6 has a way out off the tunnel. */
    IPV6_BYPASS,
    /** A route into the tunnel exists only interface-scoped, so ordinary traffic does not use it. */
    SCOPED_TUNNEL_ROUTE,
    /** The VPN server's host route goes via a gateway the machine can no longer reach. */
    STALE_ENDPOINT_ROUTE,
    /** A DNS server is reached off the tunnel where it should be reached through it. */
    DNS_OUTSIDE_TUNNEL
}
