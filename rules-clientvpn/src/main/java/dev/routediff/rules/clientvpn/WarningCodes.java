package dev.routediff.rules.clientvpn;

import dev.routediff.core.rules.StableCode;

/** The stable warning codes of this rule set (documented in docs/rules.md; scripts match on them). */
public enum WarningCodes implements StableCode {

    /** The tunnel prefix is not the /27 every observation showed (setting, or the subnet read from a table). */
    PREFIX_NOT_27,
    /** 0.0.0.0/0 in the route table of a split-tunnel endpoint: skipped on macOS, a connect loop on Windows. */
    DEFAULT_ROUTE_IN_SPLIT_TUNNEL,
    /** More distinct destinations than the default quota of 100 routes per target network association. */
    ROUTE_QUOTA,
    /** The assigned IP is not inside the client CIDR. */
    ASSIGNED_IP_OUTSIDE_CLIENT_CIDR,
    /** A LAN outside the private ranges turns on redirect-gateway block-local (rule 9). */
    BLOCK_LOCAL,
    /** The routes file carries a NextToken: it is one page, not the whole route table. */
    INCOMPLETE_ROUTE_LIST,
    /** The pushed routes on the tunnel do not go to the first host of the tunnel subnet. */
    GATEWAY_NOT_FIRST_HOST,

    /** A VPN route loses the longest-prefix match, wholly or partly, to a more specific route off the tunnel. */
    VPN_ROUTE_SHADOWED,
    /** The client CIDR or the tunnel subnet overlaps a network the device is attached to. */
    CLIENT_CIDR_OVERLAPS_LAN,
    /** One destination listed or installed more than once. */
    DUPLICATE_ROUTE
}
