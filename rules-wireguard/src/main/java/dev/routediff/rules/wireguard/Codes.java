package dev.routediff.rules.wireguard;

import dev.routediff.core.rules.StableCode;

/** The warning codes of this rule set; stable, documented in docs/rules-wireguard.md. */
enum Codes implements StableCode {

    /** One prefix in the AllowedIPs of more than one peer: wg gives it to the last one configured. */
    DUPLICATE_ALLOWED_IP,
    /** macOS: the routes of an IPv6 Address on the utun are not predicted. */
    IPV6_ADDRESS_NOT_MODELLED,
    /** Table = main with a /0 AllowedIP while a default route exists: route add fails and wg-quick up stops. */
    DEFAULT_ROUTE_EXISTS,
    /** An AllowedIP that is already routed: route add fails (File exists) and wg-quick up stops. */
    ROUTE_EXISTS,
    /** The Endpoint is a host name: its host route is shown symbolically (routediff resolves no names). */
    ENDPOINT_NAME,
    /** No default gateway before connecting: the endpoint's route is a blackhole. */
    ENDPOINT_BLACKHOLE,
    /** Linux: the /0 goes by policy routing (table 51820), not by the main table. */
    POLICY_ROUTING
}
