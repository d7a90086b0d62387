package dev.routediff.parser.linux;

import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;

/** The one gateway policy of the table formats (net-tools and /proc), so they agree with each other. */
final class Gateways {

    /** A reject route (unreachable or prohibit): no next hop, packets are refused. */
    static final Gateway REJECT = new Gateway.Other("reject");

    /** No next hop and no device ({@code *}): an IPv4 blackhole as net-tools and /proc show it. */
    static final Gateway NO_DEVICE = new Gateway.Other("*");

    private Gateways() {
    }

    /**
     * @param next     the printed next hop, or null when none is printed ('-')
     * @param reject   the reject flag ('!' or RTF_REJECT) is set
     * @param noDevice the device column is '*' or '-'
     * @param iface    the device
     */
    static Gateway of(IpAddress next, boolean reject, boolean noDevice, String iface) {
        if (reject) {
            return REJECT;
        }
        if (next != null && !Addresses.isUnspecified(next)) {
            return new Gateway.Address(next);
        }
        // 0.0.0.0 or :: is the kernel's "no next hop": the destination is on the link of the device
        return noDevice ? NO_DEVICE : new Gateway.Interface(iface);
    }
}
