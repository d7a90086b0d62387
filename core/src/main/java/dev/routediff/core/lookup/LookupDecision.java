package dev.routediff.core.lookup;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The choice among the routes that cover an address, once: longest prefix, then {@link TieBreak}, then the order of
 * the dump. {@link RouteIndex#lookup} and {@link RouteScan} both end here, and the trace is this choice recorded.
 */
final class LookupDecision {

    private LookupDecision() {
    }

    /**
     * The usable, zone-compatible covering routes, ranked: longest prefix first, then by {@link TieBreak}, then in
     * the order given (the dump's).
     */
    static List<Route> rank(List<Route> candidates, String zone, TieBreak tieBreak) {
        List<Route> ranked = new ArrayList<>(candidates);
        // List.sort is stable, so routes the tie-break cannot tell apart keep the dump's order
        ranked.sort(Comparator.<Route>comparingInt(r -> -r.destination().length())
                .thenComparing((a, b) -> tieBreak.compare(a, b, zone)));
        return ranked;
    }

    /** The lookup's answer from the covering routes (usable, zone-compatible, in the dump's order). */
    static Lookup decide(IpAddress address, List<Route> candidates, TieBreak tieBreak) {
        return decide(address, rank(candidates, address.zone(), tieBreak), candidates.size(), tieBreak);
    }

    private static Lookup decide(IpAddress address, List<Route> ranked, int count, TieBreak tieBreak) {
        if (ranked.isEmpty()) {
            return new Lookup(address, Optional.empty(), count, List.of());
        }
        Route best = ranked.get(0);
        List<Lookup.PassedOver> passed = new ArrayList<>();
        for (int i = 1; i < ranked.size() && ranked.get(i).destination().length() == best.destination().length(); i++) {
            passed.add(new Lookup.PassedOver(ranked.get(i), tieBreak.reason(best, ranked.get(i), address.zone())));
        }
        return new Lookup(address, Optional.of(best), count, passed);
    }

    /**
     * The trace of {@code address} among the routes that cover it (zones aside), sorted into candidates and the
     * ignored (not up, or of another zone) as every way of looking up does.
     */
    static Trace trace(IpAddress address, List<Route> covering, TieBreak tieBreak) {
        List<Route> candidates = new ArrayList<>();
        List<Ignored> ignored = new ArrayList<>();
        for (Route r : covering) {
            if (!RouteIndex.usable(r)) {
                ignored.add(new Ignored(r, "not up (flags " + r.flags().text() + " lack U)"));
            } else if (!TieBreak.compatible(r, address.zone())) {
                ignored.add(new Ignored(r, "of zone " + r.destination().address().zone()
                        + ", the lookup is " + (address.zone() == null ? "unzoned" : "of zone " + address.zone())));
            } else {
                candidates.add(r);
            }
        }
        return trace(address, candidates, ignored, tieBreak);
    }

    /**
     * The decision recorded: {@code candidates} as for {@link #decide}, {@code ignored} the covering routes left out
     * (not up, or of another zone), each with why.
     */
    static Trace trace(IpAddress address, List<Route> candidates, List<Ignored> ignored, TieBreak tieBreak) {
        List<Route> ranked = rank(candidates, address.zone(), tieBreak);
        Lookup lookup = decide(address, ranked, candidates.size(), tieBreak);
        List<Trace.Candidate> out = new ArrayList<>();
        Route best = lookup.route().orElse(null);
        for (Route r : ranked) {
            if (r == best) {
                out.add(new Trace.Candidate(r, true, "chosen: " + lookup.why()));
            } else if (r.destination().length() < best.destination().length()) {
                out.add(new Trace.Candidate(r, false, "shorter prefix /" + r.destination().length() + " than /"
                        + best.destination().length()));
            } else {
                out.add(new Trace.Candidate(r, false, "same prefix, passed over: "
                        + words(tieBreak.reason(best, r, address.zone()), best, r, address)));
            }
        }
        for (Ignored i : ignored) {
            out.add(new Trace.Candidate(i.route(), false, "ignored: " + i.why()));
        }
        return new Trace(address, out, lookup, Trace.Disposition.of(lookup.route()));
    }

    private static String words(Lookup.Reason reason, Route best, Route other, IpAddress address) {
        return switch (reason) {
            case LOWEST_METRIC -> "metric " + other.metric() + ", higher than " + best.metric();
            case ZONE -> "not of zone " + address.zone();
            case UNSCOPED -> "interface-scoped (I): serves only traffic bound to its interface";
            case SOURCE_ORDER -> "later in the dump than line " + best.line();
        };
    }

    /** A covering route the decision does not consider, and why. */
    record Ignored(Route route, String why) {
    }
}
