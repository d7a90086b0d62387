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
 * @param attributes      further columns by their header name (Refs, Use, Mtu, RT_IFA…), in column order
 * @param metric          the route's metric as the dump shows it (0 to {@value #MAX_METRIC}), or null when it shows
 *                        none (macOS has none); on Windows the value route print shows, route plus interface metric
 */
public record Route(AddressFamily family, Prefix destination, String destinationRaw, boolean host, Gateway gateway,
                    RouteFlags flags, String iface, Expire expire, int line, Map<String, String> attributes,
                    Long metric) {

    /** The largest metric any platform stores: Linux and Windows keep it in 32 unsigned bits. */
    public static final long MAX_METRIC = 0xFFFF_FFFFL;

    /** A route whose dump shows no metric. */
    public Route(AddressFamily family, Prefix destination, String destinationRaw, boolean host, Gateway gateway,
                 RouteFlags flags, String iface, Expire expire, int line, Map<String, String> attributes) {
        this(family, destination, destinationRaw, host, gateway, flags, iface, expire, line, attributes, null);
    }

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
        if (metric != null && (metric < 0 || metric > MAX_METRIC)) {
            throw new IllegalArgumentException("metric " + metric + " is not 0.." + MAX_METRIC);
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
        return new Route(family, destination, destinationRaw, host, gateway, flags, iface, e, line, attributes, metric);
    }

    /** The same route with another metric (null: none shown). */
    public Route withMetric(Long m) {
        return new Route(family, destination, destinationRaw, host, gateway, flags, iface, expire, line, attributes, m);
    }

    /** The same route at another source line. */
    public Route withLine(int n) {
        return new Route(family, destination, destinationRaw, host, gateway, flags, iface, expire, n, attributes, metric);
    }
}
