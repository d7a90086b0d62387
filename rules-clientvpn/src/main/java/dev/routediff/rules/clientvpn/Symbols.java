package dev.routediff.rules.clientvpn;

import dev.routediff.core.rules.Placeholders;

/** The words of the symbolic law, as the field report's summary table names its values. */
final class Symbols {

    static final String ASSIGNED_IP = "assigned client IP";
    static final String FIRST_HOST = "first host of #2";
    static final String ROUTE_TABLE_DESTINATION = "each route-table destination";
    static final String ENDPOINT_IP = "endpoint public IP";
    static final String DEFAULT_GATEWAY = "original default gateway";
    static final String DEFAULT_INTERFACE = "default interface";
    static final String TUNNEL_INTERFACE = "utunN";
    static final String IPV6_GATEWAY = "tunnel IPv6 gateway";
    static final String LAN_HALVES = "both halves of each LAN on the default interface";
    static final String LOCAL_ROUTES = "each local route inside a VPN destination";
    static final String LOCAL_GATEWAY = "its local gateway";

    private Symbols() {
    }

    /** The words that stand for a gateway (the interface words do not make a route unverifiable here). */
    private static final Placeholders GATEWAYS = Placeholders.of(ASSIGNED_IP, FIRST_HOST, DEFAULT_GATEWAY,
            IPV6_GATEWAY, LOCAL_GATEWAY);

    /** True when a gateway text is one of the symbolic words rather than an address. */
    static boolean isSymbolic(String gatewayText) {
        return GATEWAYS.contains(gatewayText);
    }

    static String tunnelSubnet(int prefix) {
        return "the /" + prefix + " containing the assigned IP";
    }
}
