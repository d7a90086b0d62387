package dev.routediff.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.routediff.core.model.RandomRoutes;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store's columns are cut in chunks; with chunks of a few rows, rows added one by one, in parts (themselves in
 * chunks of another size, so runs cross the chunk ends of both; some filled again after being moved) and after a
 * build come back as the routes they were, column by column as a store of one chunk (RouteTable's own) holds them.
 */
class RouteStoreChunksTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void rowsAcrossChunksComeBackAsAdded(long seed) {
        RandomRoutes gen = new RandomRoutes(seed);
        Random rnd = gen.random();
        List<Route> routes = gen.table(3_000);
        int bits = 2 + rnd.nextInt(5);
        RouteStore.Builder b = new RouteStore.Builder(rnd.nextInt(40), bits);
        List<Route> added = new ArrayList<>();
        RouteStore.Builder reused = new RouteStore.Builder(rnd.nextInt(20), 1 + rnd.nextInt(6));
        RouteStore early = null;
        int earlySize = 0;
        int at = 0;
        while (at < routes.size()) {
            int n = Math.min(routes.size() - at, rnd.nextInt(5) == 0 ? 0 : 1 + rnd.nextInt(200));
            if (rnd.nextBoolean()) {
                for (Route r : routes.subList(at, at + n)) {
                    b.add(r);
                }
            } else {
                // a part is filled again after its rows were moved (as ParallelRows does), or is a new one
                RouteStore.Builder part = rnd.nextBoolean() ? reused
                        : new RouteStore.Builder(rnd.nextInt(20), 1 + rnd.nextInt(6));
                for (Route r : routes.subList(at, at + n)) {
                    part.add(r);
                }
                b.addAll(part);
                assertEquals(0, part.size());
            }
            added.addAll(routes.subList(at, at + n));
            at += n;
            if (early == null && at > 1_000) {
                early = b.build(); // the builder goes on after a build; the store must not see it
                earlySize = at;
            }
        }
        RouteStore store = b.build();
        assertSameRows(routes, store);
        assertSameRows(routes.subList(0, earlySize), early);
    }

    private static void assertSameRows(List<Route> routes, RouteStore store) {
        RouteStore reference = RouteStore.of(new RouteTable("s", "p", routes));
        assertEquals(routes.size(), store.size());
        char[] raw = new char[64];
        char[] rawReference = new char[64];
        for (int i = 0; i < routes.size(); i++) {
            assertEquals(routes.get(i), store.route(i), "row " + i);
            assertEquals(reference.isObject(i), store.isObject(i), "row " + i);
            assertEquals(reference.line(i), store.line(i));
            assertEquals(reference.isNeighborEntry(i), store.isNeighborEntry(i));
            assertEquals(reference.family(i), store.family(i));
            if (store.isObject(i)) {
                continue;
            }
            assertEquals(reference.isCompact(i), store.isCompact(i), "row " + i);
            assertEquals(reference.ipv4Network(i), store.ipv4Network(i));
            assertEquals(reference.prefixLength(i), store.prefixLength(i));
            assertEquals(reference.host(i), store.host(i));
            assertEquals(reference.form(i), store.form(i));
            if (store.form(i) == RouteStore.GatewayForm.INTERFACE) {
                assertEquals(reference.gatewayName(i), store.gatewayName(i));
            } else {
                assertEquals(reference.gatewayValue(i), store.gatewayValue(i));
            }
            assertEquals(reference.flags(i), store.flags(i));
            assertEquals(reference.flagsText(i), store.flagsText(i));
            assertEquals(reference.iface(i), store.iface(i));
            assertEquals(reference.expireCode(i), store.expireCode(i));
            assertEquals(reference.destinationRawLength(i), store.destinationRawLength(i));
            int n = store.destinationRaw(i, raw, 3);
            int m = reference.destinationRaw(i, rawReference, 3);
            assertEquals(new String(rawReference, 3, m), new String(raw, 3, n), "row " + i);
        }
    }
}
