package dev.routediff.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * The shutdown hook of a command-line run. When the JVM shuts down before {@link Main} is done, something called
 * {@code System.exit} in the middle of the command: in practice a plugin (inside {@code detect} or {@code parse}).
 * Left alone, the JVM would end with the plugin's status, 0 for "no differences", and no output; instead the hook
 * names the caller and halts with 2. A JVM ended by a signal (Ctrl-C) has no such caller and ends as it always does.
 */
final class Unfinished implements Runnable {

    private final PrintWriter err;
    private volatile boolean finished;
    private volatile CommandContext cli;

    Unfinished(PrintWriter err) {
        this.err = err;
    }

    /** The run whose plugins the message names. */
    void running(CommandContext cli) {
        this.cli = cli;
    }

    /** The command is done: the exit that follows is Main's own. */
    void finished() {
        finished = true;
    }

    @Override
    public void run() {
        if (finished) {
            return;
        }
        CommandContext c = cli;
        String caller = Trouble.exitCaller(Thread.getAllStackTraces(), jar -> c == null ? List.of() : c.pluginIds(jar));
        if (caller == null) {
            return;
        }
        err.println("routediff: " + caller + " ended the program (System.exit) before the command finished; "
                + "its result cannot be trusted");
        err.flush();
        Runtime.getRuntime().halt(Main.TROUBLE);
    }
}
