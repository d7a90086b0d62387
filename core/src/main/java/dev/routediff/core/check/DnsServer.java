package dev.routediff.core.check;

import dev.routediff.core.model.IpAddress;
import java.util.Objects;

/**
 * A DNS server the resolver configuration names.
 *
 * @param address    the server's address
 * @param iface      the interface its resolver, link or adapter is bound to, as the route table names interfaces
 *                   ({@code utun3}, {@code tun0}; on Windows the adapter's IPv4 address), or "" when global
 * @param vpn        true when the configuration itself shows a VPN set it (a resolver bound to a tunnel, a VPN
 *                   adapter's DNS); a server bound to an interface the route table calls a tunnel counts too
 * @param scopedOnly true when it serves only queries bound to its interface (scutil's "for scoped queries" list)
 * @param line       the line of the configuration that names it
 */
public record DnsServer(IpAddress address, String iface, boolean vpn, boolean scopedOnly, int line) {

    public DnsServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(iface, "iface");
    }
}
