package dev.routediff.rules.openvpn;

import dev.routediff.core.rules.Placeholders;

/** The words a prediction uses for values it does not know. */
public final class Symbols {

    public static final String ASSIGNED = "assigned address";
    public static final String PEER = "p2p peer";
    public static final String SUBNET = "tunnel subnet";
    public static final String ROUTE_GATEWAY = "route-gateway";
    public static final String DEFAULT_GATEWAY = "original default gateway";
    public static final String DEFAULT_INTERFACE = "default interface";
    public static final String SERVER = "server address";
    public static final String DHCP_SERVER = "adapter's DHCP server";
    public static final String ROUTE = "each pushed route";
    public static final String TUNNEL_ADAPTER = "tunnel adapter";
    public static final String BROADCAST = "tunnel subnet broadcast";

    private static final Placeholders ALL = Placeholders.of(ASSIGNED, PEER, SUBNET, ROUTE_GATEWAY, DEFAULT_GATEWAY,
            DEFAULT_INTERFACE, SERVER, DHCP_SERVER, ROUTE, TUNNEL_ADAPTER, BROADCAST);

    private Symbols() {
    }

    /** True when a gateway or interface text is one of these words rather than an address or a name. */
    public static boolean isSymbolic(String text) {
        return ALL.contains(text);
    }
}
