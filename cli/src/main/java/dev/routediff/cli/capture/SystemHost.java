package dev.routediff.cli.capture;

import java.time.Clock;
import java.time.Duration;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** The real machine: {@code os.name}, real processes, the system clock, and SIGINT handling. */
public final class SystemHost implements Host {

    private final CommandRunner runner = new ProcessCommandRunner(System.getenv("PATH"), System.getProperty("os.name"));

    @Override
    public String osName() {
        return System.getProperty("os.name");
    }

    @Override
    public CommandRunner runner() {
        return runner;
    }

    @Override
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    /**
     * The JDK's only hook for SIGINT is sun.misc.Signal (module jdk.unsupported): a shutdown hook cannot stop the
     * JVM from ending with status 130, and Ctrl-C is how a user ends {@code watch}, so it must end with 0.
     */
    @Override
    public Registration onInterrupt(Thread thread) {
        Signal interrupt = new Signal("INT");
        SignalHandler previous;
        try {
            previous = Signal.handle(interrupt, s -> thread.interrupt());
        } catch (IllegalArgumentException e) {
            return () -> { }; // no SIGINT on this platform (or the JVM reserves it): Ctrl-C ends the JVM as usual
        }
        return () -> Signal.handle(interrupt, previous);
    }
}
