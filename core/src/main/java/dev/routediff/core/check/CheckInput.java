package dev.routediff.core.check;

import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link Diagnosis} looks at: the table now (connected, or after disconnecting), optionally a table from before
 * connecting, the rule-set settings the user gave and the DNS servers, with the lookup engine over the tables so that
 * every example is the route a lookup would choose.
 */
public final class CheckInput {

    private static final Prefix LOWER_HALF = Prefix.parse("0.0.0.0/1");
    private static final Prefix UPPER_HALF = Prefix.parse("128.0.0.0/1");

    private final RouteTable table;
    private final RouteTable before;
    private final RuleSettings settings;
    private final DnsConfig dns;
    private final RouteIndex index;
    private final RouteIndex beforeIndex;

    /**
     * @param table    the table to check
     * @param before   the table before connecting, or null
     * @param settings the rule-set settings given (never null; {@link RuleSettings#EMPTY} when none)
     * @param dns      the DNS configuration, or null
     */
    public CheckInput(RouteTable table, RouteTable before, RuleSettings settings, DnsConfig dns) {
        this.table = Objects.requireNonNull(table, "table");
        this.before = before;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dns = dns;
        this.index = RouteIndex.of(table);
        this.beforeIndex = before == null ? null : RouteIndex.of(before);
    }

    public RouteTable table() {
        return table;
    }

    public Optional<RouteTable> before() {
        return Optional.ofNullable(before);
    }

    public RuleSettings settings() {
        return settings;
    }

    public Optional<DnsConfig> dns() {
        return Optional.ofNullable(dns);
    }

    /** The route the table chooses for {@code address}, with why. */
    public Lookup lookup(IpAddress address) {
        return index.lookup(address);
    }

    /** The route the table before chose for {@code address}; empty when there is no table before. */
    public Optional<Lookup> lookupBefore(IpAddress address) {
        return beforeIndex == null ? Optional.empty() : Optional.of(beforeIndex.lookup(address));
    }

    /** The example of a finding: {@code address} looked up in the table. */
    public Finding.Example example(IpAddress address) {
        return Finding.Example.of(lookup(address), table);
    }

    /** The example of a finding: {@code address} looked up in the table, given as text. */
    public Finding.Example example(String address) {
        return example(IpAddress.parse(address));
    }

    /** Rows of the table as evidence. */
    public List<Finding.Evidence> evidence(List<Route> routes) {
        return Finding.Evidence.of(table, routes);
    }

    /** Rows of the table before as evidence. */
    public List<Finding.Evidence> evidenceBefore(List<Route> routes) {
        return before == null ? List.of() : Finding.Evidence.of(before, routes);
    }

    /** The routes of the table, in source order. */
    public List<Route> routes() {
        return table.routes();
    }

    /** The interfaces of the table that are VPN tunnels ({@link Move#isTunnel}), in order of first appearance. */
    public List<String> tunnelInterfaces() {
        Set<String> out = new LinkedHashSet<>();
        for (Route r : table.routes()) {
            if (Move.isTunnel(r.iface())) {
                out.add(r.iface());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The tunnel that takes all IPv4 traffic, if one does: 0/1 and 128/1 on it (OpenVPN def1, wg-quick) or the
     * unscoped default on it (redirect-gateway without def1, block-local). Empty for a split tunnel or no tunnel.
     */
    public Optional<String> fullTunnelInterface() {
        List<Route> v4 = routable(AddressFamily.INET);
        for (String t : tunnelInterfaces()) {
            boolean lower = v4.stream().anyMatch(r -> r.iface().equals(t) && r.destination().equals(LOWER_HALF));
            boolean upper = v4.stream().anyMatch(r -> r.iface().equals(t) && r.destination().equals(UPPER_HALF));
            boolean deflt = v4.stream().anyMatch(r -> r.iface().equals(t) && r.destination().isDefault());
            if ((lower && upper) || deflt) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The routes of one family that ordinary (unbound) traffic can use: up, not interface-scoped, not neighbour-cache
     * entries, regular masks.
     */
    public List<Route> routable(AddressFamily family) {
        List<Route> out = new ArrayList<>();
        for (Route r : table.section(family)) {
            if (RouteIndex.usable(r) && !r.flags().has(RouteFlag.IFSCOPE) && !r.isNeighborEntry()) {
                out.add(r);
            }
        }
        return out;
    }
}
