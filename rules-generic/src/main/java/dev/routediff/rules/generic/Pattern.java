package dev.routediff.rules.generic;

import dev.routediff.core.rules.Rule;
import dev.routediff.core.rules.RuleInfo;
import java.util.List;

/**
 * The patterns of the {@code generic-tunnel} fallback: what any VPN client's rows look like, whoever wrote the
 * client. A pattern is a likely reading, not a rule: no client's code is behind it.
 */
public enum Pattern implements Rule {

    DEFAULT_TO_TUNNEL("default-to-tunnel",
            "Full tunnel: the default route moved to the tunnel interface (the old default removed, or kept only "
                    + "interface-scoped)."),
    CATCH_ALL("catch-all-on-tunnel",
            "Full tunnel without touching the default: 0/1 + 128/1, or 0/2 … 192/2, or finer pieces that together "
                    + "cover every address, on the tunnel interface."),
    SERVER_HOST_ROUTE("server-host-route",
            "A host route to one public address via the original default gateway, off the tunnel: most likely the "
                    + "VPN server, kept out of the tunnel."),
    TUNNEL_NETWORK("network-via-tunnel",
            "A network routed via the tunnel interface: a route the VPN pushed or was configured with."),
    TUNNEL_ADDRESS("tunnel-own-address",
            "The tunnel's own address and subnet: a host or on-link row for the address the VPN assigned."),
    INTERFACE_ROWS("tunnel-interface-rows",
            "The operating system's own multicast and broadcast rows for the new tunnel interface.");

    private final String id;
    private final String summary;

    Pattern(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    @Override
    public RuleInfo info() {
        return new RuleInfo(id, id, summary, "pattern: the shape of the rows, not any client's code", List.of());
    }
}
