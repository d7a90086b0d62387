package dev.routediff.core.lookup;

import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Lookups by reading the table once, row by row, instead of building a {@link RouteIndex}: for a few addresses in a
 * large table this is the cheaper way (one pass over the compact columns, a {@link Route} made only for the few rows
 * that cover an address, where an index must first place every route in its trie). The choice among the covering
 * routes is {@link LookupDecision}'s, the same as the index's, so both give the same answers.
 */
public final class RouteScan {

    /** Up to this many addresses, {@link #lookup(RouteTable, List)} scans; beyond, an index pays for itself. */
    public static final int MAX_ADDRESSES = 32;

    private RouteScan() {
    }

    /** Whether looking up {@code addresses} in a table is better done by a scan than by an index. */
    public static boolean suits(int addresses) {
        return addresses <= MAX_ADDRESSES;
    }

    /** The lookup of each address, in the order given. */
    public static List<Lookup> lookup(RouteTable table, List<IpAddress> addresses) {
        List<List<Route>> covering = covering(table, addresses);
        TieBreak tieBreak = TieBreak.of(table);
        List<Lookup> out = new ArrayList<>(addresses.size());
        for (int a = 0; a < addresses.size(); a++) {
            IpAddress ip = addresses.get(a);
            List<Route> candidates = new ArrayList<>();
            for (Route r : covering.get(a)) {
                if (RouteIndex.usable(r) && TieBreak.compatible(r, ip.zone())) {
                    candidates.add(r);
                }
            }
            out.add(LookupDecision.decide(ip, candidates, tieBreak));
        }
        return out;
    }

    /** The trace of each address, in the order given: every covering route with its verdict. */
    public static List<Trace> trace(RouteTable table, List<IpAddress> addresses) {
        List<List<Route>> covering = covering(table, addresses);
        TieBreak tieBreak = TieBreak.of(table);
        List<Trace> out = new ArrayList<>(addresses.size());
        for (int a = 0; a < addresses.size(); a++) {
            out.add(LookupDecision.trace(addresses.get(a), covering.get(a), tieBreak));
        }
        return out;
    }

    /** For each address, every row whose destination contains it (zones aside), in the dump's order. */
    private static List<List<Route>> covering(RouteTable table, List<IpAddress> addresses) {
        int n = addresses.size();
        List<List<Route>> out = new ArrayList<>(n);
        // IPv4 addresses as ints for the compact rows; -1 marks an IPv6 address (compact rows are IPv4 only)
        long[] v4 = new long[n];
        for (int a = 0; a < n; a++) {
            out.add(new ArrayList<>());
            IpAddress ip = addresses.get(a);
            v4[a] = ip.isIpv4() ? ip.low() & 0xFFFF_FFFFL : -1;
        }
        RouteStore rows = RouteStore.of(table);
        for (int i = 0, size = rows.size(); i < size; i++) {
            if (rows.isCompact(i)) {
                long net = rows.ipv4Network(i) & 0xFFFF_FFFFL;
                int len = rows.prefixLength(i);
                long mask = len == 0 ? 0 : (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
                for (int a = 0; a < n; a++) {
                    if (v4[a] >= 0 && (v4[a] & mask) == net) {
                        out.get(a).add(rows.route(i));
                    }
                }
            } else {
                Route r = rows.route(i);
                for (int a = 0; a < n; a++) {
                    if (r.destination().contains(addresses.get(a))) {
                        out.get(a).add(r);
                    }
                }
            }
        }
        return out;
    }
}
