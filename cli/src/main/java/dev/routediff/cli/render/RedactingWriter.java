package dev.routediff.cli.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes text through a {@link Redactor} a line at a time, so that no address is cut in two; what is left of a line
 * goes through on {@link #flush()} (the commands flush when they are done, never in the middle of a line).
 */
public final class RedactingWriter extends Writer {

    private final Writer out;
    private final Redactor redactor;
    private final StringBuilder line = new StringBuilder(256);

    public RedactingWriter(Writer out, Redactor redactor) {
        this.out = out;
        this.redactor = redactor;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                line.append(buf, start, i + 1 - start);
                emit();
                start = i + 1;
            }
        }
        line.append(buf, start, end - start);
    }

    private void emit() throws IOException {
        if (line.length() > 0) {
            out.write(redactor.redact(line));
            line.setLength(0);
        }
    }

    @Override
    public void flush() throws IOException {
        emit();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
