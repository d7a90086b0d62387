package dev.routediff.bench;

import dev.routediff.core.lookup.RouteIndex;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Longest-prefix-match lookups per second on an index of a million generated routes, for uniformly random IPv4
 * addresses (so nearly every walk misses the CPU caches), as the HTML report's address maps make them.
 * The scores are lookups per second; {@code index=trie} is the baseline of the same run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class LookupBenchmark {

    static final int ADDRESSES = 1 << 16;

    @Param({"1000000"})
    public int routes;

    /** {@code direct}: the index as the CLI builds it; {@code trie}: without its IPv4 direct table, the baseline. */
    @Param({"direct", "trie"})
    public String index;

    RouteIndex built;
    long[] addresses;

    @Setup
    public void setUp() {
        built = RouteIndex.build(Tables.generated(TableGenerator.Settings.of(routes, 1)).routes(),
                index.equals("trie") ? Integer.MAX_VALUE : 0);
        SplittableRandom r = new SplittableRandom(7);
        addresses = new long[ADDRESSES];
        for (int i = 0; i < ADDRESSES; i++) {
            addresses[i] = r.nextLong() & 0xFFFF_FFFFL;
        }
    }

    @Benchmark
    @OperationsPerInvocation(ADDRESSES)
    public int oneAtATime() {
        int sum = 0;
        for (long a : addresses) {
            sum += built.findIpv4(a);
        }
        return sum;
    }
}
