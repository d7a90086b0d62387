package dev.routediff.bench;

import dev.routediff.core.input.LineSource;
import dev.routediff.core.model.RouteTable;
import dev.routediff.parser.macos.MacosNetstatParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput of the macOS parser from bytes to a {@link RouteTable}, as the CLI reads a file (UTF-8 decoding
 * included). The counters report MB/s ({@code bytes}, in bytes per second) and routes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class ParseBenchmark {

    @Param({"200000"})
    public int routes;

    byte[] text;
    int parsedRoutes;

    /** Per-second rates of what one parse consumed and produced. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        public long bytes;
        public long routes;

        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
            routes = 0;
        }
    }

    @Setup
    public void setUp() {
        text = TableGenerator.generate(TableGenerator.Settings.of(routes, 1)).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The floor under {@link #parse}, the baseline of the same run: decoding the bytes and cutting them into lines,
     * as the parser's {@code LineSource} does (without a string per line, as the parser reads them), and nothing
     * else. One thread; {@link #parse} hands the rows of a long section to worker threads.
     */
    @Benchmark
    public int lines(Rates rates) throws IOException {
        LineSource in = new LineSource(
                new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8), "bench");
        int chars = 0;
        while (in.nextLine()) {
            chars += in.length();
        }
        rates.bytes += text.length;
        rates.routes += routes;
        return chars;
    }

    @Benchmark
    public RouteTable parse(Rates rates) throws IOException {
        RouteTable t = new MacosNetstatParser().parse(
                new InputStreamReader(new ByteArrayInputStream(text), StandardCharsets.UTF_8), "bench");
        rates.bytes += text.length;
        rates.routes += t.size();
        return t;
    }
}
