package dev.routediff.cli.args;

/** A command line that does not fit its command's spec: one line, exit 2, with a pointer to the help. */
public final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message, null, false, false);
    }
}
