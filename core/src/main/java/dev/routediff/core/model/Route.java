package dev.routediff.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a route dump.
 *
 * @param family          the section it came from
 * @param destination     canonical destination ({@code 10.243.0.0/27})
 * @param destinationRaw  the destination as printed ({@code 10.243/27})
 * @param host            true for a host route (BSD {@code H}); {@code a.b.c.d/32} printed as a network is not one
 * @param gateway         the next hop in its typed form
 * @param flags           the flags as printed and typed
 * @param iface           the interface name, or "" when the dump has none
 * @param expire          the Expire column
 * @param line            1-based line number in the source
 * @param attributes      further columns by their header name (Refs, Use, Mtu, RT_IFA, Metric…), in column order
 */
public record Route(AddressFamily family, Prefix destination, String destinationRaw, boolean host, Gateway gateway,
                    RouteFlags flags, String iface, Expire expire, int line, Map<String, String> attributes) {

    public Route {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(destinationRaw, "destinationRaw");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(expire, "expire");
        if (destination.family() != family) {
            throw new IllegalArgumentException("destination " + destination + " is not " + family.label());
        }
        attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * A neighbour-cache entry (ARP or ND): an {@code L} or {@code W} route whose gateway is a link-layer address
     * or a bare {@code link#N}. These come and go with network chatter, so a diff treats them as noise.
     */
    public boolean isNeighborEntry() {
        boolean llOrCloned = flags.has(RouteFlag.LLINFO) || flags.has(RouteFlag.WASCLONED);
        return llOrCloned && (gateway instanceof Gateway.Mac || gateway instanceof Gateway.Link);
    }

    /** The same route with another expiry; used to compare routes regardless of countdowns. */
    public Route withExpire(Expire e) {
        return new Route(family, destination, destinationRaw, host, gateway, flags, iface, e, line, attributes);
    }
}
