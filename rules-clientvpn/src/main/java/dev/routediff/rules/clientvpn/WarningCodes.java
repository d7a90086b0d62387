package dev.routediff.rules.clientvpn;

/** The stable warning codes of this rule set (documented in docs/rules.md; scripts match on them). */
public final class WarningCodes {

    /** The tunnel prefix is not the /27 every observation showed (setting, or the subnet read from a table). */
    public static final String PREFIX_NOT_27 = "prefix-not-27";
    /** 0.0.0.0/0 in the route table of a split-tunnel endpoint: skipped on macOS, a connect loop on Windows. */
    public static final String DEFAULT_ROUTE_IN_SPLIT_TUNNEL = "default-route-in-split-tunnel";
    /** More distinct destinations than the default quota of 100 routes per target network association. */
    public static final String ROUTE_QUOTA = "route-quota";
    /** The assigned IP is not inside the client CIDR. */
    public static final String ASSIGNED_IP_OUTSIDE_CLIENT_CIDR = "assigned-ip-outside-client-cidr";
    /** A LAN outside the private ranges turns on redirect-gateway block-local (rule 9). */
    public static final String BLOCK_LOCAL = "block-local";
    /** The routes file carries a NextToken: it is one page, not the whole route table. */
    public static final String INCOMPLETE_ROUTE_LIST = "incomplete-route-list";
    /** The pushed routes on the tunnel do not go to the first host of the tunnel subnet. */
    public static final String GATEWAY_NOT_FIRST_HOST = "gateway-not-first-host";

    /** A VPN route loses the longest-prefix match, wholly or partly, to a more specific route off the tunnel. */
    public static final String VPN_ROUTE_SHADOWED = "vpn-route-shadowed";
    /** The client CIDR or the tunnel subnet overlaps a network the device is attached to. */
    public static final String CLIENT_CIDR_OVERLAPS_LAN = "client-cidr-overlaps-lan";
    /** One destination listed or installed more than once. */
    public static final String DUPLICATE_ROUTE = "duplicate-route";

    private WarningCodes() {
    }
}
