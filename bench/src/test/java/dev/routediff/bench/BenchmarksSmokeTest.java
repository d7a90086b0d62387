package dev.routediff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Prediction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once on small tables, so that a change which breaks a benchmark fails the build;
 * nothing here is timed (the figures come from JMH, see docs/performance.md).
 */
class BenchmarksSmokeTest {

    @Test
    void parse() throws Exception {
        ParseBenchmark b = new ParseBenchmark();
        b.routes = 1000;
        b.setUp();
        ParseBenchmark.Rates rates = new ParseBenchmark.Rates();
        RouteTable parsed = b.parse(rates);
        assertEquals(1000, parsed.size());
        assertEquals(1000, rates.routes);
        assertEquals(b.text.length, rates.bytes);
        assertEquals(Tables.parse(new String(b.text, StandardCharsets.US_ASCII), "bench").routes(), parsed.routes());
        // the baseline decodes and cuts every line: the characters it counts are the text's minus the line ends
        int chars = new String(b.text, StandardCharsets.US_ASCII).lines().mapToInt(String::length).sum();
        assertEquals(chars, b.lines(rates));
    }

    @Test
    void diff() {
        DiffBenchmark b = new DiffBenchmark();
        b.routes = 2000;
        b.setUp();
        RouteDiff d = b.diff();
        assertFalse(d.added().isEmpty());
        assertFalse(d.removed().isEmpty());
        // 1% of 2000 routes changed, give or take the generator's draw
        int changes = d.added().size() + d.removed().size() + d.changed().size();
        assertTrue(changes >= 10 && changes <= 60, "changes: " + changes);
        // the baseline counts the after routes no before route equals (line numbers included, so most of them)
        long unequal = b.after.routes().stream().filter(r -> !b.before.routes().contains(r)).count();
        assertEquals(unequal, b.hashBaseline());
        // applying the diff to the before table gives the after table, neighbour entries aside (their expiry
        // countdowns are the differences the diff leaves out)
        Map<Route, Integer> rebuilt = counts(b.before.routes());
        d.removed().forEach(r -> rebuilt.merge(unnumbered(r), -1, Integer::sum));
        d.added().forEach(r -> rebuilt.merge(unnumbered(r), 1, Integer::sum));
        d.changed().forEach(c -> {
            rebuilt.merge(unnumbered(c.before()), -1, Integer::sum);
            rebuilt.merge(unnumbered(c.after()), 1, Integer::sum);
        });
        rebuilt.values().removeIf(n -> n == 0);
        Map<Route, Integer> after = counts(b.after.routes());
        rebuilt.keySet().removeIf(Route::isNeighborEntry);
        after.keySet().removeIf(Route::isNeighborEntry);
        assertEquals(after.size(), rebuilt.size());
        assertTrue(after.equals(rebuilt), "the diff applied to the before table is not the after table");
    }

    @Test
    void lookup() {
        for (String index : new String[] {"direct", "trie"}) {
            LookupBenchmark b = new LookupBenchmark();
            b.routes = 2000;
            b.index = index;
            b.setUp();
            b.oneAtATime();
            List<Route> routes = Tables.generated(TableGenerator.Settings.of(2000, 1)).routes();
            long sum = 0;
            for (long a : b.addresses) {
                sum += b.built.findIpv4(a);
            }
            assertEquals((int) sum, b.oneAtATime());
            for (int i = 0; i < b.addresses.length; i += 997) {
                // the route found is a longest prefix holding the address, found here by scanning every route
                IpAddress address = IpAddress.ipv4(b.addresses[i]);
                int longest = routes.stream().filter(r -> r.destination().contains(address))
                        .mapToInt(r -> r.destination().length()).max().orElse(-1);
                int found = b.built.findIpv4(b.addresses[i]);
                assertEquals(longest, found < 0 ? -1 : routes.get(found).destination().length(), address.toString());
            }
        }
    }

    /** The field report's experiment, as README.md shows it for {@code routediff demo} and {@code predict}. */
    @Test
    void rules() {
        RulesBenchmark b = new RulesBenchmark();
        b.setUp();
        Explanation e = b.explain();
        // "11 changes, all explained (3 neighbour-cache or expiry differences ignored)"
        assertTrue(e.fullyExplained());
        assertEquals(3, e.ignored());
        assertEquals(List.of("added 10.63.0.0/16 3", "added 10.243.0.0/27 2", "added 10.243.0.7/32 1",
                "added 172.16.0.0/24 3", "added 172.16.8.0/24 3", "added 172.22.0.0/24 3", "added 172.27.0.0/24 3",
                "added 172.28.0.0/24 3", "added 172.29.0.0/24 3", "added 172.30.0.0/24 3", "added 172.31.0.0/24 3"),
                e.changes().stream().map(c -> c.change() + " " + c.route().destination() + " " + c.rule()).toList());
        Prediction p = b.predict();
        assertEquals(List.of("10.243.0.7/32 1", "10.243.0.0/27 2", "10.63.0.0/16 3"),
                p.routes().stream().map(r -> r.destination() + " " + r.rule()).toList());
        // the default route of a split-tunnel endpoint is not installed on macOS (report rule 7)
        assertEquals(List.of("0.0.0.0/0 7"), p.skipped().stream().map(r -> r.destination() + " " + r.rule()).toList());
    }

    @Test
    void generatorIsSeededAndParses() {
        TableGenerator.Settings s = new TableGenerator.Settings(500, 3, 20, 0, 0);
        String text = TableGenerator.generate(s);
        assertEquals(text, TableGenerator.generate(s));
        RouteTable t = Tables.parse(text, "generated");
        assertEquals(520, t.size());
        assertTrue(t.routes().stream().anyMatch(Route::isNeighborEntry));
        assertTrue(text.contains("\n127 ") && text.contains("\n192.168.0 ") && text.contains("Internet6:"));
    }

    @Test
    void destinationsAreSpelledAsNetstatDoes() {
        assertEquals("10", TableGenerator.destination(10L << 24, 8, false));
        assertEquals("10.63/16", TableGenerator.destination((10L << 24) | (63 << 16), 16, false));
        assertEquals("172.16", TableGenerator.destination((172L << 24) | (16 << 16), 16, false));
        assertEquals("192.168.5", TableGenerator.destination((192L << 24) | (168 << 16) | (5 << 8), 24, false));
        assertEquals("10.1.2.3", TableGenerator.destination((10L << 24) | (1 << 16) | (2 << 8) | 3, 32, true));
    }

    /** The routes as a multiset, each without its line number (which moves when rows are inserted above it). */
    private static Map<Route, Integer> counts(List<Route> routes) {
        Map<Route, Integer> m = new HashMap<>();
        routes.forEach(r -> m.merge(unnumbered(r), 1, Integer::sum));
        return m;
    }

    private static Route unnumbered(Route r) {
        return new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(), r.flags(), r.iface(),
                r.expire(), 0, r.attributes());
    }
}
