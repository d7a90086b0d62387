package dev.routediff.cli;

import java.io.PrintWriter;

/**
 * What a thread that routediff did not start (a plugin's own) says when it dies of an exception: one line naming the
 * thread and the exception, its stack trace only with {@code --debug}. The JVM's default prints the whole trace on
 * stderr, which reads like a crash of the command. The command's own result is not changed by it: routediff's worker
 * threads hand their failures to the command, which reports them as usual.
 */
final class ThreadFailure implements Thread.UncaughtExceptionHandler {

    private final PrintWriter err;
    private final boolean debug;

    ThreadFailure(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        err.println("routediff: thread '" + t.getName() + "' (not routediff's) failed: " + e
                + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
