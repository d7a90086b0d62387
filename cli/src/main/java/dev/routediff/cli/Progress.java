package dev.routediff.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A line on standard error that says what a long step is doing while it runs: it appears only after the step has
 * taken {@code delay} (a second, for the CLI), counts the seconds, and is wiped when the step ends, so a quick run
 * prints nothing and the output a user keeps is never mixed with it. Only on a terminal, and never with --quiet.
 */
final class Progress implements AutoCloseable {

    static final Duration DELAY = Duration.ofSeconds(1);
    private static final long TICK_MILLIS = 500;

    private final PrintWriter err;
    private final String what;
    private final Thread ticker;
    private final Object lock = new Object();
    private int printed;
    private boolean closed;

    private Progress(PrintWriter err, String what, Duration delay) {
        this.err = err;
        this.what = what;
        if (err == null) {
            ticker = null; // silent: not even a thread
            return;
        }
        long started = System.nanoTime();
        ticker = new Thread(() -> tick(started, delay), "progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    /** A progress line for {@code what} ("reading after.txt (120 MB)"), or a silent one when not wanted. */
    static Progress start(CommandContext cli, String what) {
        return cli.showsProgress() ? new Progress(cli.err(), what, DELAY) : new Progress(null, what, null);
    }

    /** For tests: a line that appears after {@code delay}. */
    static Progress start(PrintWriter err, String what, Duration delay) {
        return new Progress(err, what, delay);
    }

    private void tick(long started, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            while (true) {
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    String line = "routediff: " + what + " ... " + seconds + " s";
                    err.print("\r" + line + " ".repeat(Math.max(0, printed - line.length())));
                    err.flush();
                    printed = Math.max(printed, line.length());
                }
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            // closed: the step is over
        }
    }

    /** Ends the line: wiped, so that what follows on the terminal starts at a clean line. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        synchronized (lock) {
            closed = true;
            if (printed > 0) {
                err.print("\r" + " ".repeat(printed) + "\r");
                err.flush();
            }
        }
        ticker.interrupt();
    }
}
