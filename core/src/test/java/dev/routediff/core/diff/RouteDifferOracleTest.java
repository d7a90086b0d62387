package dev.routediff.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.RandomRoutes;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differ works on the table's columns; this holds it to the plain object-by-object algorithm it replaced
 * (kept below as the reference), on seeded tables of every row form with repeats, moves, re-routes and
 * countdowns, with and without noise.
 */
class RouteDifferOracleTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void sameResultAsTheObjectAlgorithm(long seed) {
        RandomRoutes gen = new RandomRoutes(seed);
        Random rnd = gen.random();
        int differences = 0;
        for (int round = 0; round < 20; round++) {
            List<Route> before = gen.table(1 + rnd.nextInt(300));
            List<Route> after = new ArrayList<>();
            for (Route r : before) {
                int what = rnd.nextInt(12);
                if (what == 0) {
                    continue; // withdrawn
                } else if (what == 1) {
                    after.add(gen.route(r.line())); // replaced
                } else if (what == 2) {
                    after.add(new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(),
                            r.flags(), r.iface().equals("en0") ? "utun3" : "en0", r.expire(), r.line(),
                            r.attributes())); // moved to another interface
                } else if (what == 3) {
                    after.add(r.withExpire(r.expire() instanceof Expire.Seconds s
                            ? Expire.seconds(s.seconds() / 2) : Expire.EXPIRED)); // counted down
                } else {
                    after.add(r);
                }
                if (rnd.nextInt(10) == 0) {
                    after.add(gen.route(r.line() + 1000)); // a new one, or a repeat of one already there
                }
            }
            if (rnd.nextBoolean()) {
                java.util.Collections.shuffle(after, rnd);
            }
            RouteTable a = new RouteTable("a", "p", before);
            RouteTable b = new RouteTable("b", "p", after);
            for (boolean noise : new boolean[] {false, true}) {
                RouteDiff expected = Reference.diff(before, after, noise);
                assertEquals(expected, RouteDiffer.diff(a, b, noise), "seed " + seed + " round " + round);
                // the same with the hashes of the rows looked up computed on a second thread
                assertEquals(expected, RouteDiffer.diff(a, b, noise, 1), "seed " + seed + " round " + round);
                differences += expected.added().size() + expected.removed().size() + expected.changed().size();
            }
        }
        assertTrue(differences > 100, "the rounds must produce differences to compare: " + differences);
    }

    /** The object-by-object differ that RouteDiffer replaced, unchanged in what it decides. */
    private static final class Reference {
        static RouteDiff diff(List<Route> left, List<Route> right, boolean includeNoise) {
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
            changed.sort((x, y) -> Integer.compare(x.before().line(), y.before().line()));
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

        private static void matchPass(List<Route> left, List<Route> right, boolean[] leftMatched,
                                      Route[] pairOfRight, boolean withInterface) {
            Map<Key, Deque<Integer>> open = new HashMap<>();
            for (int i = 0; i < left.size(); i++) {
                if (!leftMatched[i]) {
                    open.computeIfAbsent(Key.of(left.get(i), withInterface), k -> new ArrayDeque<>()).add(i);
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
            return a.flags().text().equals(b.flags().text()) && a.iface().equals(b.iface())
                    && (!compareExpiry || a.expire().equals(b.expire()));
        }

        private record Key(AddressFamily family, Prefix destination, boolean host, Gateway gateway, String iface) {
            static Key of(Route r, boolean withInterface) {
                return new Key(r.family(), r.destination(), r.host(), r.gateway(), withInterface ? r.iface() : null);
            }
        }
    }
}
