package dev.routediff.cli.capture;

import java.time.Clock;
import java.time.Duration;

/**
 * The machine a command runs on, as far as {@code capture} and {@code watch} need it: its operating system, a way to
 * run commands, the time, waiting, and Ctrl-C. {@link SystemHost} is the real one; tests pass their own so that
 * nothing is run, nobody sleeps and the clock is fake.
 */
public interface Host {

    /** The {@code os.name} system property, or what a test pretends it is. */
    String osName();

    CommandRunner runner();

    Clock clock();

    /** Waits; an interrupt (Ctrl-C, see {@link #onInterrupt}) ends the wait early with InterruptedException. */
    void sleep(Duration d) throws InterruptedException;

    /**
     * Makes Ctrl-C interrupt the given thread instead of killing the program, until the returned handle is closed,
     * so that {@code watch} can end cleanly.
     */
    Registration onInterrupt(Thread thread);

    /** Undoes {@link #onInterrupt}. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
