package dev.routediff.bench;

import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Writer;
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

/**
 * The parse document of a generated table written by the CLI's hand-written {@code JsonTableWriter} and by Jackson's
 * streaming generator ({@link JacksonTableEncoder}, the baseline of the same run), into a writer that discards it: the
 * encoding alone, per table. 50,000 routes stays below the writer's parallel threshold, so both write on one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class JsonEncodingBenchmark {

    @Param({"20", "50000"})
    public int routes;

    RouteTable table;
    final JacksonTableEncoder jackson = new JacksonTableEncoder();

    @Setup
    public void setUp() {
        table = Tables.generated(TableGenerator.Settings.of(routes, 1));
    }

    @Benchmark
    public long handWritten() throws IOException {
        Counting out = new Counting();
        JsonTableWriter.write(table, out);
        return out.chars;
    }

    @Benchmark
    public long jacksonGenerator() throws IOException {
        Counting out = new Counting();
        jackson.write(table, out);
        return out.chars;
    }

    /** Counts what it is given and keeps none of it. */
    static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
        }

        @Override
        public void write(String s, int off, int len) {
            chars += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
