package dev.routediff.core.diff;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two route tables.
 *
 * <p>Destinations repeat (several {@code default} rows, one network per interface), so a route is identified by
 * family, destination, host-ness, gateway and interface, and repeated identical rows are matched one to one in order.
 * A route still unmatched is then paired with one that has the same family, destination, host-ness and gateway on
 * another interface: that is reported as changed. Anything else is added or removed; a new gateway for the same
 * destination is a different route (the kernel replaced it).
 */
public final class RouteDiffer {

    private RouteDiffer() {
    }

    /**
     * @param includeNoise when false, neighbour-cache entries and Expire-only changes are left out and counted
     *                     in {@link RouteDiff#ignored()}
     */
    public static RouteDiff diff(RouteTable before, RouteTable after, boolean includeNoise) {
        List<Route> left = before.routes();
        List<Route> right = after.routes();
        Route[] pairOfRight = new Route[right.size()];
        boolean[] leftMatched = new boolean[left.size()];

        matchPass(left, right, leftMatched, pairOfRight, true);
        matchPass(left, right, leftMatched, pairOfRight, false);

        List<Route> added = new ArrayList<>();
        List<Route> removed = new ArrayList<>();
        List<RouteDiff.Change> changed = new ArrayList<>();
        int ignored = 0;
        for (int j = 0; j < right.size(); j++) {
            Route r = right.get(j);
            Route l = pairOfRight[j];
            if (l == null) {
                if (!includeNoise && r.isNeighborEntry()) {
                    ignored++;
                } else {
                    added.add(r);
                }
                continue;
            }
            boolean sameButExpiry = sameState(l, r, false);
            if (sameState(l, r, true)) {
                continue;
            }
            if (!includeNoise && (sameButExpiry || l.isNeighborEntry() || r.isNeighborEntry())) {
                ignored++;
                continue;
            }
            changed.add(new RouteDiff.Change(l, r));
        }
        changed.sort(new ByLine());
        for (int i = 0; i < left.size(); i++) {
            if (!leftMatched[i]) {
                Route l = left.get(i);
                if (!includeNoise && l.isNeighborEntry()) {
                    ignored++;
                } else {
                    removed.add(l);
                }
            }
        }
        return new RouteDiff(added, removed, changed, ignored);
    }

    private static void matchPass(List<Route> left, List<Route> right, boolean[] leftMatched, Route[] pairOfRight,
                                  boolean withInterface) {
        Map<Key, Deque<Integer>> open = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            if (!leftMatched[i]) {
                Key k = Key.of(left.get(i), withInterface);
                Deque<Integer> q = open.get(k);
                if (q == null) {
                    q = new ArrayDeque<>();
                    open.put(k, q);
                }
                q.add(i);
            }
        }
        for (int j = 0; j < right.size(); j++) {
            if (pairOfRight[j] != null) {
                continue;
            }
            Deque<Integer> q = open.get(Key.of(right.get(j), withInterface));
            if (q != null && !q.isEmpty()) {
                int i = q.poll();
                leftMatched[i] = true;
                pairOfRight[j] = left.get(i);
            }
        }
    }

    private static boolean sameState(Route a, Route b, boolean compareExpiry) {
        // Counters such as Refs and Use change all the time and say nothing about routing: not compared.
        return a.flags().text().equals(b.flags().text()) && a.iface().equals(b.iface())
                && (!compareExpiry || a.expire().equals(b.expire()));
    }

    /** Changes in the order of their line in the table before (a class, not a lambda: see {@link Key}). */
    private static final class ByLine implements java.util.Comparator<RouteDiff.Change> {
        @Override
        public int compare(RouteDiff.Change a, RouteDiff.Change b) {
            return Integer.compare(a.before().line(), b.before().line());
        }
    }

    /** Identity of a route: the records' own equality, no per-route strings (a 1M-route diff builds 4M keys). */
    private record Key(AddressFamily family, Prefix destination, boolean host, Gateway gateway, String iface) {
        static Key of(Route r, boolean withInterface) {
            return new Key(r.family(), r.destination(), r.host(), r.gateway(), withInterface ? r.iface() : null);
        }

        // Written out: the generated ones bootstrap through method handles on first use (tens of milliseconds of a
        // diff run's start-up); these are also what a 1M-route diff calls 4M times.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && family == k.family && host == k.host && destination.equals(k.destination)
                    && gateway.equals(k.gateway) && java.util.Objects.equals(iface, k.iface);
        }

        @Override
        public int hashCode() {
            return (((family.hashCode() * 31 + destination.hashCode()) * 31 + Boolean.hashCode(host)) * 31
                    + gateway.hashCode()) * 31 + java.util.Objects.hashCode(iface);
        }
    }
}
