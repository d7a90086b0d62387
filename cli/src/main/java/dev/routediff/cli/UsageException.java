package dev.routediff.cli;

/** A command line that names something that does not exist (an unknown parser id, say); one line, exit 2. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
