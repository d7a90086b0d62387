package dev.routediff.core.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginOrigin;
import dev.routediff.core.spi.RouteTableParser;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Calls into parsers from jars: a detector over its budget is skipped with one line (and its thread is a daemon), a
 * detector that throws does not claim the input, and a parse that runs long is named once. The budgets are made
 * short here; the hostile plugins wait on latches that the test releases, so nothing here measures speed.
 */
class PluginParserCallsTest {

    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final PluginParserCalls calls = new PluginParserCalls(notices::add, Duration.ofMillis(50),
            Duration.ofMillis(50));

    /** A parser whose detect and parse run the given code. */
    private static Plugin<RouteTableParser> plugin(PluginOrigin origin, java.util.function.ToIntFunction<String> detect,
                                                   Runnable parse) {
        RouteTableParser p = new RouteTableParser() {
            @Override
            public ParserInfo info() {
                return new ParserInfo("hostile", "test", List.of("test"), List.of("cat"));
            }

            @Override
            public int detect(String sample) {
                return detect.applyAsInt(sample);
            }

            @Override
            public RouteTable parse(Reader input, String source) {
                parse.run();
                return new RouteTable(source, "hostile", List.of());
            }
        };
        return new Plugin<>("hostile", "1.0", "/plugins/hostile.jar", origin, p);
    }

    @Test
    void aDetectorOverItsBudgetIsSkippedWithOneLineOnADaemonThread() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread[] detector = new Thread[1];
        Plugin<RouteTableParser> slow = plugin(PluginOrigin.USER, s -> {
            detector[0] = Thread.currentThread();
            awaitUninterruptibly(release); // ignores interrupts, as a careless loop would
            return 100;
        }, () -> { });
        assertEquals(0, calls.detect(slow, "t.txt", "sample"));
        assertEquals(List.of("parser 'hostile' (from /plugins/hostile.jar) took over 0.05 s to look at t.txt and was "
                + "skipped; detect must be quick (see docs/plugins.md)"), notices);
        assertTrue(detector[0].isDaemon(), "a detector that never returns must not hold the JVM's exit");
        release.countDown();
    }

    @Test
    void aDetectorThatThrowsOrOverflowsClaimsNothing() {
        assertEquals(0, calls.detect(plugin(PluginOrigin.USER, s -> {
            throw new IllegalStateException("boom");
        }, () -> { }), "t.txt", "sample"));
        assertEquals(List.of(), notices, "a detector that throws simply does not claim the input, as before");
        assertEquals(0, calls.detect(plugin(PluginOrigin.USER, s -> {
            throw new StackOverflowError();
        }, () -> { }), "t.txt", "sample"));
        assertEquals(List.of("parser 'hostile' (from /plugins/hostile.jar) failed to look at t.txt "
                + "(java.lang.StackOverflowError) and was skipped"), notices);
    }

    @Test
    void aBuiltInIsCalledDirectly() {
        Thread[] on = new Thread[1];
        assertEquals(7, calls.detect(plugin(PluginOrigin.BUILT_IN, s -> {
            on[0] = Thread.currentThread();
            return 7;
        }, () -> { }), "t.txt", "sample"));
        assertEquals(Thread.currentThread(), on[0]);
    }

    @Test
    void aLongPluginParseIsNamedOnce() throws Exception {
        CountDownLatch named = new CountDownLatch(1);
        List<String> lines = new CopyOnWriteArrayList<>();
        PluginParserCalls watched = new PluginParserCalls(l -> {
            lines.add(l);
            named.countDown();
        }, Duration.ofSeconds(2), Duration.ofMillis(10));
        // the parse returns only once the notice has been printed
        Plugin<RouteTableParser> slow = plugin(PluginOrigin.USER, s -> 0, () -> awaitUninterruptibly(named));
        watched.parse(slow, new StringReader(""), "big.txt");
        assertEquals(List.of("parser 'hostile' (from /plugins/hostile.jar) has been reading big.txt for 0.01 s; "
                + "Ctrl-C stops it"), lines);
    }

    @Test
    void aQuickParseSaysNothing() throws Exception {
        PluginParserCalls patient = new PluginParserCalls(notices::add, Duration.ofSeconds(2), Duration.ofHours(1));
        patient.parse(plugin(PluginOrigin.USER, s -> 0, () -> { }), new StringReader(""), "t.txt");
        assertEquals(List.of(), notices);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                if (latch.await(10, TimeUnit.SECONDS)) {
                    return;
                }
                return; // never longer than this in a test
            } catch (InterruptedException e) {
                // keep waiting
            }
        }
    }
}
