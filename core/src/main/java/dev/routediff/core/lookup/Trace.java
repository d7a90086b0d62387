package dev.routediff.core.lookup;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The decision of one lookup, step by step, in the manner of a network verifier's traceroute answer (flow, the
 * candidates considered, the one chosen and why, what happens to the packet): every route whose destination covers
 * the address, in the order the decision ranks them, each with its verdict. It is recorded by the same code that
 * makes {@link Lookup}s ({@link RouteScan}), not worked out a second time.
 *
 * @param address     the address looked up
 * @param candidates  the covering routes, best first: usable ones by prefix length then tie-break, then the ignored
 * @param lookup      the decision itself, as {@code lookup} reports it
 * @param disposition what becomes of the traffic
 * @param rules       with Linux policy routing, each rule tried, in order, with what it did ({@code rule 0: from all
 *                    lookup local: table local has no route for it}); empty without rules. The candidates are then
 *                    those of the table that decided.
 */
public record Trace(IpAddress address, List<Candidate> candidates, Lookup lookup, Disposition disposition,
                    List<String> rules) {

    private static final Pattern LOOPBACK_IFACE = Pattern.compile("lo[0-9]*|Loopback.*");
    private static final Prefix LOOPBACK_V4 = Prefix.parse("127.0.0.0/8");
    private static final Prefix LOOPBACK_V6 = Prefix.parse("::1/128");

    /** Where traffic to the address goes with the chosen route. */
    public enum Disposition {
        /** Into a VPN tunnel interface (utun, tun, ppp, ipsec, wg). */
        TUNNEL("tunnel"),
        /** Out of a local, non-tunnel interface: on-link or via the local network's gateway. */
        LAN("LAN"),
        /** Stays on this machine. */
        LOOPBACK("loopback"),
        /** A reject or blackhole route: the kernel picks it and drops the packet. */
        DROPPED("dropped"),
        /** No route covers the address. */
        NO_ROUTE("no route");

        private final String label;

        Disposition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The disposition of traffic sent with {@code route} (empty: no route). */
        public static Disposition of(Optional<Route> route) {
            if (route.isEmpty()) {
                return NO_ROUTE;
            }
            Route r = route.get();
            if (r.flags().has(RouteFlag.REJECT) || r.flags().has(RouteFlag.BLACKHOLE)) {
                return DROPPED;
            }
            Prefix d = r.destination();
            if (LOOPBACK_IFACE.matcher(r.iface()).matches() || LOOPBACK_V4.contains(d) || LOOPBACK_V6.contains(d)) {
                return LOOPBACK;
            }
            return Move.isTunnel(r.iface()) ? TUNNEL : LAN;
        }
    }

    /**
     * One route considered.
     *
     * @param route   the route
     * @param chosen  true for the one the lookup picked
     * @param verdict why it was picked, passed over or ignored, in words
     */
    public record Candidate(Route route, boolean chosen, String verdict) {
        public Candidate {
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    public Trace {
        Objects.requireNonNull(address, "address");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(disposition, "disposition");
        rules = List.copyOf(rules);
    }

    /** The trace of a lookup in one table, no policy rules involved. */
    public Trace(IpAddress address, List<Candidate> candidates, Lookup lookup, Disposition disposition) {
        this(address, candidates, lookup, disposition, List.of());
    }

    public Optional<Route> chosen() {
        return lookup.route();
    }
}
