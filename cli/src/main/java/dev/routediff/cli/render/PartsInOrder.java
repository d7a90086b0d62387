package dev.routediff.cli.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rows turned into text in parts on worker threads and written in order by the calling thread, a few parts ahead:
 * the text of a million routes is hundreds of megabytes, most of the time a large {@code parse} or {@code diff}
 * takes, and it splits cleanly because every row's text depends on the row (and the layout) alone. Used by the JSON
 * writer and the text diff from {@link #AT} rows on; never for a laptop's table.
 */
final class PartsInOrder {

    /** From this many rows on, rows are turned into text on worker threads. */
    static final int AT = 100_000;
    static final int ROWS_PER_PART = 4_096;

    /** The text of rows {@code [from, to)}, ready to be written. */
    interface Renderer {
        Part render(int from, int to);
    }

    /** A rendered part. */
    interface Part {
        void writeTo(Writer out) throws IOException;
    }

    private PartsInOrder() {
    }

    /** Renders rows {@code [0, n)} in parts on worker threads and writes the parts to {@code out} in order. */
    static void write(int n, Renderer renderer, Writer out, String threadName) throws IOException {
        write(n, ROWS_PER_PART, renderer, out, threadName);
    }

    /** As {@link #write(int, Renderer, Writer, String)} with parts of {@code rowsPerPart} rows (tests use few). */
    static void write(int n, int rowsPerPart, Renderer renderer, Writer out, String threadName) throws IOException {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, threadName);
            th.setDaemon(true);
            return th;
        });
        try {
            ArrayDeque<Future<Part>> ahead = new ArrayDeque<>();
            for (int from = 0; from < n || !ahead.isEmpty(); ) {
                while (from < n && ahead.size() < 2 * threads) {
                    int a = from;
                    int b = Math.min(n, from + rowsPerPart);
                    ahead.add(workers.submit(() -> renderer.render(a, b)));
                    from = b;
                }
                ahead.poll().get().writeTo(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing output");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
