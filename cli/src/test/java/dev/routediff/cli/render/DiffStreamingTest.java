package dev.routediff.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.diff.TableRows;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.testkit.GoldenJson;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.RandomRoutes;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code diff}'s output written as the rows come ({@link TableViews#writeDiff}, {@link JsonTableWriter#writeDiff},
 * fed by the differ's row lists) against the materialising path it replaced: every route copied out into plain
 * lists, one {@link TextTable} or one Jackson tree of the whole diff, printed at once. Seeded tables of every row
 * form, at every churn from a few changes to two unrelated tables, with and without noise; byte for byte, in every
 * format, with and without colour, the JSON also on its worker threads.
 */
class DiffStreamingTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameBytesAsTheMaterialisedDiff(long seed) throws IOException {
        RandomRoutes gen = new RandomRoutes(seed);
        Random rnd = gen.random();
        JsonViews json = new JsonViews();
        int rows = 0;
        int compact = 0; // rows written from the table's columns, not from a Route
        for (int churn : new int[] {0, 1, 12, 50, 100}) { // percent of the rows touched; 100: unrelated tables
            List<Route> before = gen.table(1 + rnd.nextInt(400));
            List<Route> after = churn == 100 ? gen.table(1 + rnd.nextInt(400)) : changed(before, churn, gen, rnd);
            RouteTable a = new RouteTable("before.txt", "p", before);
            RouteTable b = new RouteTable("after.txt", "p", after);
            for (boolean noise : new boolean[] {false, true}) {
                RouteDiff streamed = RouteDiffer.diff(a, b, noise);
                RouteDiff materialised = new RouteDiff(new ArrayList<>(streamed.added()),
                        new ArrayList<>(streamed.removed()), new ArrayList<>(streamed.changed()), streamed.ignored());
                String where = "seed " + seed + " churn " + churn + "% noise " + noise;
                for (Format f : Format.values()) {
                    for (boolean color : new boolean[] {false, true}) {
                        if (f == Format.JSON) {
                            assertEquals(json.write(diffTree(materialised)), json(streamed, json, 1_000_000), where);
                            assertEquals(json.write(diffTree(materialised)), json(streamed, json, 3), where
                                    + " (rows on worker threads)");
                        } else {
                            assertEquals(text(materialised, f, color), streamedText(streamed, f, color, 1_000_000),
                                    where + " " + f + (color ? " colour" : ""));
                            assertEquals(text(materialised, f, color), streamedText(streamed, f, color, 3),
                                    where + " " + f + (color ? " colour" : "") + ", rows on worker threads");
                        }
                    }
                }
                rows += streamed.added().size() + streamed.removed().size() + streamed.changed().size();
                for (List<Route> list : List.of(streamed.added(), streamed.removed())) {
                    TableRows view = (TableRows) list;
                    for (int k = 0; k < view.size(); k++) {
                        compact += RouteStore.of(view.table()).isCompact(view.row(k)) ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(rows > 500, "the seeds must produce rows to compare: " + rows);
        assertTrue(compact > 100 && compact < rows, "both compact and object rows: " + compact + " of " + rows);
    }

    /** A copy with {@code percent} of the rows withdrawn, replaced, moved or counted down, some added, maybe shuffled. */
    private static List<Route> changed(List<Route> before, int percent, RandomRoutes gen, Random rnd) {
        List<Route> after = new ArrayList<>();
        for (Route r : before) {
            if (rnd.nextInt(100) >= percent) {
                after.add(r);
                continue;
            }
            switch (rnd.nextInt(5)) {
                case 0 -> { } // withdrawn
                case 1 -> after.add(gen.route(r.line())); // replaced
                case 2 -> after.add(new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(),
                        r.flags(), r.iface().equals("en0") ? "utun3" : "en0", r.expire(), r.line() + 1,
                        r.attributes())); // moved to another interface
                case 3 -> after.add(r.withExpire(r.expire() instanceof Expire.Seconds s
                        ? Expire.seconds(s.seconds() / 2) : Expire.EXPIRED)); // counted down
                default -> {
                    after.add(r);
                    after.add(gen.route(r.line() + 1000)); // a new one
                }
            }
        }
        if (rnd.nextInt(3) == 0) {
            Collections.shuffle(after, rnd);
        }
        return after;
    }

    /** What DiffCommand printed before: one TextTable of the whole diff, then the summary. */
    private static String text(RouteDiff d, Format f, boolean color) {
        StringBuilder sb = new StringBuilder();
        if (!d.isEmpty()) {
            TextTable t = TableViews.diff(d);
            sb.append(f == Format.MARKDOWN ? t.markdown() : t.aligned(color)).append('\n');
        }
        return sb.append(TableViews.diffSummary(d)).append('\n').toString();
    }

    private static String streamedText(RouteDiff d, Format f, boolean color, int parallelAt) throws IOException {
        StringWriter w = new StringWriter();
        if (!d.isEmpty()) {
            TableViews.writeDiff(d, f, color, w, parallelAt);
            w.write('\n');
        }
        return w.append(TableViews.diffSummary(d)).append('\n').toString();
    }

    /** The documented diff document, from the testkit's route tree: what the writer must print. */
    private static ObjectNode diffTree(RouteDiff d) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode added = n.putArray("added");
        d.added().forEach(r -> added.add(GoldenJson.route(r)));
        ArrayNode removed = n.putArray("removed");
        d.removed().forEach(r -> removed.add(GoldenJson.route(r)));
        ArrayNode changed = n.putArray("changed");
        for (RouteDiff.Change c : d.changed()) {
            ObjectNode pair = changed.addObject();
            pair.set("before", GoldenJson.route(c.before()));
            pair.set("after", GoldenJson.route(c.after()));
        }
        n.put("ignored", d.ignored());
        return n;
    }

    private static String json(RouteDiff d, JsonViews json, int parallelAt) throws IOException {
        StringWriter w = new StringWriter();
        JsonTableWriter.writeDiff(d, json, w, parallelAt);
        return w.toString();
    }
}
