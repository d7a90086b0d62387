package dev.routediff.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
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
        assertEquals(1000, b.parse(rates).size());
        assertEquals(1000, rates.routes);
        assertTrue(b.lines(rates) > 0);
    }

    @Test
    void diff() {
        DiffBenchmark b = new DiffBenchmark();
        b.routes = 2000;
        b.setUp();
        assertTrue(b.hashBaseline() > 0);
        var d = b.diff();
        assertFalse(d.added().isEmpty());
        assertFalse(d.removed().isEmpty());
    }

    @Test
    void lookup() {
        for (String index : new String[] {"direct", "trie"}) {
            LookupBenchmark b = new LookupBenchmark();
            b.routes = 2000;
            b.index = index;
            b.setUp();
            b.oneAtATime();
            int[] batched = b.batched().clone();
            for (int i = 0; i < b.addresses.length; i += 997) {
                assertEquals(b.built.findIpv4(b.addresses[i]), batched[i]);
            }
        }
    }

    @Test
    void rules() {
        RulesBenchmark b = new RulesBenchmark();
        b.setUp();
        assertFalse(b.explain().changes().isEmpty());
        assertFalse(b.predict().routes().isEmpty());
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
}
