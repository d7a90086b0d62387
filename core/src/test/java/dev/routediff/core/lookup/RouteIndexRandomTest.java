package dev.routediff.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trie against a linear scan with the same rules, on seeded random tables. */
class RouteIndexRandomTest {

    private static final String[] FLAGS = {"UGSc", "UCS", "UCSI", "UGScI", "UHLWI", "UH", "GSc", ""};
    private static final String[] IFACES = {"en0", "en1", "utun3"};
    private static final String[] ZONES = {"en0", "en1", "utun3", "en9"};

    /** What the linear reference finds: the chosen route's position (or -1), candidates, routes tied with it. */
    record Expected(int chosen, int candidates, int tied) {
    }

    /** The linear reference: usable, covering, zone-compatible; then length, zone, unscoped, source order. */
    static Expected bruteForce(List<Route> routes, IpAddress a) {
        int best = -1;
        int candidates = 0;
        int atBestLength = 0;
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (!covers(r, a)) {
                continue;
            }
            candidates++;
            int len = r.destination().length();
            int bestLen = best < 0 ? -1 : routes.get(best).destination().length();
            atBestLength = len > bestLen ? 1 : len == bestLen ? atBestLength + 1 : atBestLength;
            if (best < 0 || better(r, routes.get(best), a.zone())) {
                best = i;
            }
        }
        return new Expected(best, candidates, Math.max(0, atBestLength - 1));
    }

    private static boolean covers(Route r, IpAddress a) {
        boolean up = r.flags().text().isEmpty() || r.flags().has(RouteFlag.UP);
        String dz = r.destination().address().zone();
        boolean zoneOk = a.zone() == null || dz == null || dz.equals(a.zone());
        return up && zoneOk && r.destination().contains(a);
    }

    /** Strictly better; a tie keeps the earlier route. */
    private static boolean better(Route r, Route than, String zone) {
        int c = Integer.compare(r.destination().length(), than.destination().length());
        if (c != 0) {
            return c > 0;
        }
        if (zone != null) {
            boolean rz = inZone(r, zone);
            if (rz != inZone(than, zone)) {
                return rz;
            }
        }
        boolean rs = r.flags().has(RouteFlag.IFSCOPE);
        if (rs != than.flags().has(RouteFlag.IFSCOPE)) {
            return !rs;
        }
        return false;
    }

    private static boolean inZone(Route r, String zone) {
        String dz = r.destination().address().zone();
        return zone.equals(dz) || (dz == null && r.flags().has(RouteFlag.IFSCOPE) && zone.equals(r.iface()));
    }

    private static void check(List<Route> routes, List<IpAddress> addresses) {
        // the default build, and one with the IPv4 direct table whatever the size (a small table has none)
        check(RouteIndex.build(routes), routes, addresses);
        check(RouteIndex.build(routes, 0), routes, addresses);
        scanAgrees(routes, addresses);
    }

    /** The scan of the table (compact columns and all) gives the index's lookups, and the trace records them. */
    private static void scanAgrees(List<Route> routes, List<IpAddress> addresses) {
        RouteTable table = new RouteTable("random", "test", routes);
        RouteIndex index = RouteIndex.of(table);
        for (int from = 0; from < addresses.size(); from += 7) {
            List<IpAddress> few = addresses.subList(from, Math.min(addresses.size(), from + 7));
            List<Lookup> scanned = RouteScan.lookup(table, few);
            List<Trace> traced = RouteScan.trace(table, few);
            for (int i = 0; i < few.size(); i++) {
                IpAddress a = few.get(i);
                Lookup expected = index.lookup(a);
                assertEquals(expected, scanned.get(i), () -> "scan " + a);
                assertEquals(expected, traced.get(i).lookup(), () -> "trace " + a);
                assertEquals(expected.route().isPresent(),
                        traced.get(i).candidates().stream().anyMatch(Trace.Candidate::chosen), () -> "chosen " + a);
            }
        }
    }

    private static void check(RouteIndex index, List<Route> routes, List<IpAddress> addresses) {
        for (IpAddress a : addresses) {
            Expected expected = bruteForce(routes, a);
            assertEquals(expected.chosen(), index.find(a), () -> "find " + a);
            Lookup l = index.lookup(a);
            assertEquals(expected.chosen() < 0 ? null : routes.get(expected.chosen()), l.route().orElse(null),
                    () -> "lookup " + a);
            assertEquals(expected.candidates(), l.candidates(), () -> "candidates " + a);
            assertEquals(expected.tied(), l.passedOver().size(), () -> "tied " + a);
            if (a.isIpv4()) {
                assertEquals(expected.chosen(), index.findIpv4(a.low()), () -> "findIpv4 " + a);
            }
        }
    }

    private static void add(Random rnd, TestRoutes t, Prefix p) {
        String iface = IFACES[rnd.nextInt(IFACES.length)];
        t.add(p, p.family() == AddressFamily.INET ? "10.0.0.1" : "fe80::1%" + iface, FLAGS[rnd.nextInt(FLAGS.length)],
                iface);
    }

    /** Random prefixes, many nested in a few clusters, a fifth of them repeats of an earlier destination. */
    private static List<Route> table(Random rnd, AddressFamily family, int count) {
        List<Prefix> pool = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pool.add(Prefix.of(randomAddress(rnd, family, null), family.bits()));
        }
        TestRoutes t = new TestRoutes();
        add(rnd, t, Prefix.of(randomAddress(rnd, family, null), 0));
        add(rnd, t, Prefix.of(randomAddress(rnd, family, null), family.bits()));
        while (t.size() < count) {
            if (rnd.nextInt(5) == 0) {
                add(rnd, t, t.destination(rnd.nextInt(t.size())));
                continue;
            }
            int len = rnd.nextInt(family.bits() + 1);
            IpAddress base = rnd.nextBoolean() ? randomAddress(rnd, family, null)
                    : within(rnd, pool.get(rnd.nextInt(pool.size())).address(), rnd.nextInt(family.bits() + 1));
            // a zoned destination now and then; lookups also use en9, which no route has
            String zone = family == AddressFamily.INET6 && rnd.nextInt(10) == 0 ? ZONES[rnd.nextInt(3)] : null;
            add(rnd, t, Prefix.of(zone == null ? base : IpAddress.ipv6(base.high(), base.low(), zone), len));
        }
        return t.list();
    }

    private static IpAddress randomAddress(Random rnd, AddressFamily family, String zone) {
        return family == AddressFamily.INET ? IpAddress.ipv4(rnd.nextInt())
                : IpAddress.ipv6(rnd.nextLong(), rnd.nextLong(), zone);
    }

    /** An address sharing its first {@code length} bits with {@code a}, random after. */
    private static IpAddress within(Random rnd, IpAddress a, int length) {
        IpAddress r = randomAddress(rnd, a.family(), null);
        IpAddress head = a.masked(length);
        if (a.isIpv4()) {
            long mask = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
            return IpAddress.ipv4(head.low() | (r.low() & ~mask));
        }
        long hiMask = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
        long loMask = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
        return IpAddress.ipv6(head.high() | (r.high() & ~hiMask), head.low() | (r.low() & ~loMask), null);
    }

    private static List<IpAddress> addresses(Random rnd, List<Route> routes, int count) {
        List<IpAddress> out = new ArrayList<>();
        AddressFamily family = routes.get(0).family();
        while (out.size() < count) {
            Prefix p = routes.get(rnd.nextInt(routes.size())).destination();
            IpAddress a = switch (rnd.nextInt(4)) {
                case 0 -> randomAddress(rnd, family, null);
                case 1 -> p.address().withoutZone();
                default -> within(rnd, p.address().withoutZone(), p.length());
            };
            if (family == AddressFamily.INET6 && rnd.nextInt(4) == 0) {
                a = IpAddress.ipv6(a.high(), a.low(), ZONES[rnd.nextInt(ZONES.length)]);
            }
            out.add(a);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20261127, 0xC0FFEE})
    void ipv4MatchesALinearScan(long seed) {
        Random rnd = new Random(seed);
        List<Route> routes = table(rnd, AddressFamily.INET, 3000);
        check(routes, addresses(rnd, routes, 5000));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20261127, 0xC0FFEE})
    void ipv6MatchesALinearScan(long seed) {
        Random rnd = new Random(seed);
        List<Route> routes = table(rnd, AddressFamily.INET6, 3000);
        check(routes, addresses(rnd, routes, 5000));
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6})
    void smallDenseTablesMatchALinearScan(long seed) {
        // few short prefixes over a narrow range: many duplicates and long tie lists
        Random rnd = new Random(seed);
        TestRoutes t = new TestRoutes();
        for (int i = 0; i < 200; i++) {
            add(rnd, t, Prefix.of(IpAddress.ipv4((long) rnd.nextInt(4) << 30 | rnd.nextInt(1 << 30)), rnd.nextInt(9)));
        }
        check(t.list(), addresses(rnd, t.list(), 3000));
    }
}
