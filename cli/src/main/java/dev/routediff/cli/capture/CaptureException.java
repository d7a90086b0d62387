package dev.routediff.cli.capture;

/**
 * This machine's route table could not be read: an operating system routediff has no command for, a command that
 * is missing or failed. The message is one line and names what was tried.
 */
public class CaptureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaptureException(String message) {
        super(message);
    }
}
