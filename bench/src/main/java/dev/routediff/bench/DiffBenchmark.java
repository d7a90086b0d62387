package dev.routediff.bench;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@link RouteDiffer} on two parsed tables of a million routes, 1% of them changed (withdrawn, re-routed, new). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class DiffBenchmark {

    @Param({"1000000"})
    public int routes;

    RouteTable before;
    RouteTable after;

    @Setup
    public void setUp() {
        TableGenerator.Settings base = TableGenerator.Settings.of(routes, 1);
        before = Tables.generated(base);
        after = Tables.generated(base.withChanges(0.01, 2));
    }

    /**
     * The baseline of the same run: the least a hash-based diff does, every route of one table into a set and every
     * route of the other looked up in it, with the records' own equality.
     */
    @Benchmark
    public int hashBaseline() {
        Set<Route> seen = new HashSet<>(before.routes());
        int missing = 0;
        for (Route r : after.routes()) {
            if (!seen.contains(r)) {
                missing++;
            }
        }
        return missing;
    }

    @Benchmark
    public RouteDiff diff() {
        return RouteDiffer.diff(before, after, false);
    }
}
