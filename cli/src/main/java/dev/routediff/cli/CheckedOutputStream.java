package dev.routediff.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Keeps the first write error, which a {@link java.io.PrintWriter} above it would swallow, so that the one-line
 * message can say why the output was lost ("No space left on device").
 */
final class CheckedOutputStream extends FilterOutputStream {

    private volatile IOException failure;

    CheckedOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            record(e);
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            record(e);
            throw e;
        }
    }

    private void record(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** The first write error, or null. */
    IOException failure() {
        return failure;
    }

    /** Why writing failed, as the operating system said it ("No space left on device"). */
    String reason() {
        IOException e = failure;
        if (e == null) {
            return "write error";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether the reader went away ({@code routediff parse big.txt | head}): the usual end of a pipe. */
    boolean brokenPipe() {
        IOException e = failure;
        return e != null && e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}
