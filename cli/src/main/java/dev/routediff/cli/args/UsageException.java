package dev.routediff.cli.args;

/**
 * A command line routediff cannot run: one line on standard error, exit 2. Most are lines that do not fit the
 * command's spec (an unknown option, a bad value), and the message ends with a pointer to the command's help. Those
 * made {@link #withoutHelpPointer} fit the spec but name something that cannot be used (an unknown parser id, two
 * inputs on standard input): the help would not tell more, so the line is the message alone.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean pointsToHelp;

    /** A line that does not fit its command's spec; printed with a pointer to the help. */
    public UsageException(String message) {
        this(message, true);
    }

    private UsageException(String message, boolean pointsToHelp) {
        super(message);
        this.pointsToHelp = pointsToHelp;
    }

    /** A line that fits the spec but names something that cannot be used; printed without a pointer to the help. */
    public static UsageException withoutHelpPointer(String message) {
        return new UsageException(message, false);
    }

    /** Whether the message is followed by {@code (see 'routediff CMD --help')}. */
    public boolean pointsToHelp() {
        return pointsToHelp;
    }
}
