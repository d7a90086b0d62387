package dev.routediff.rules.wireguard;

/** The warning codes of this rule set; stable, documented in docs/rules-wireguard.md. */
final class Codes {

    static final String DUPLICATE_ALLOWED_IP = "duplicate-allowed-ip";
    static final String IPV6_ADDRESS_NOT_MODELLED = "ipv6-address-not-modelled";
    static final String DEFAULT_ROUTE_EXISTS = "default-route-exists";
    static final String ROUTE_EXISTS = "route-exists";
    static final String ENDPOINT_NAME = "endpoint-name";
    static final String ENDPOINT_BLACKHOLE = "endpoint-blackhole";
    static final String POLICY_ROUTING = "policy-routing";

    private Codes() {
    }
}
