package dev.routediff.core.input;

import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginOrigin;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Calls into parsers loaded from jars, which routediff did not write and cannot trust to be quick: {@code detect}
 * runs on a daemon thread with a time budget (a detector over it is skipped, with one line, and its thread never
 * holds the JVM's exit), and a {@code parse} that is still running after a few seconds is named on stderr, so that a
 * run which seems to hang says whose code it is in. The built-in and bundled parsers are called directly: they are
 * ours and tested for speed, and a bundled parser reading a large table for a while is no news.
 */
final class PluginParserCalls {

    /** How long one parser's {@code detect} may take on one input. */
    static final Duration DETECT_BUDGET = Duration.ofSeconds(2);
    /** How long a plugin's {@code parse} runs before stderr names it. */
    static final Duration PARSE_NOTICE = Duration.ofSeconds(5);

    private final Consumer<String> notices;
    private final Duration detectBudget;
    private final Duration parseNotice;

    PluginParserCalls(Consumer<String> notices) {
        this(notices, DETECT_BUDGET, PARSE_NOTICE);
    }

    PluginParserCalls(Consumer<String> notices, Duration detectBudget, Duration parseNotice) {
        this.notices = notices;
        this.detectBudget = detectBudget;
        this.parseNotice = parseNotice;
    }

    /**
     * Whether routediff wrote this parser: built in, or bundled in the plugins/ folder of its own release. Only a
     * user's plugin is timed and watched.
     */
    private static boolean ours(Plugin<RouteTableParser> p) {
        return p.origin() != PluginOrigin.USER;
    }

    /** "parser 'csv' (from /home/me/plugins/csv.jar)", or "parser 'macos'" for a built-in. */
    static String name(Plugin<RouteTableParser> p) {
        return "parser '" + p.id() + "'" + (p.origin() == PluginOrigin.BUILT_IN ? "" : " (from " + p.source() + ")");
    }

    /** "2 s", "0.05 s". */
    static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * The parser's score for the sample; 0 when it throws (a detector must not), and for a plugin also when it
     * runs over the budget (one line says so).
     */
    int detect(Plugin<RouteTableParser> p, String source, String sample) {
        if (ours(p)) {
            try {
                return p.provider().detect(sample);
            } catch (RuntimeException e) {
                return 0; // a detector must not throw; one that does simply does not claim the input
            }
        }
        FutureTask<Integer> task = new FutureTask<>(() -> p.provider().detect(sample));
        Thread t = new Thread(task, "routediff detect " + p.id());
        t.setDaemon(true); // a detector that never returns must not keep the JVM alive
        t.start();
        try {
            return task.get(detectBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            notices.accept(name(p) + " took over " + seconds(detectBudget) + " to look at " + source
                    + " and was skipped; detect must be quick (see docs/plugins.md)");
            return 0;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtualMachineError vm && !(cause instanceof StackOverflowError)) {
                throw vm; // out of memory is the run's trouble, not the detector's
            }
            if (cause instanceof Error) {
                notices.accept(name(p) + " failed to look at " + source + " (" + cause + ") and was skipped");
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Parses; for a plugin, a watchdog names it on stderr once the parse has run for a few seconds. */
    RouteTable parse(Plugin<RouteTableParser> p, Reader reader, String source) throws IOException {
        if (ours(p)) {
            return p.provider().parse(reader, source);
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread watchdog = new Thread(() -> {
            try {
                if (!done.await(parseNotice.toMillis(), TimeUnit.MILLISECONDS)) {
                    notices.accept(name(p) + " has been reading " + source + " for "
                            + seconds(parseNotice) + "; Ctrl-C stops it");
                }
            } catch (InterruptedException e) {
                // the run is ending
            }
        }, "routediff watch " + p.id());
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            return p.provider().parse(reader, source);
        } finally {
            done.countDown();
        }
    }
}
