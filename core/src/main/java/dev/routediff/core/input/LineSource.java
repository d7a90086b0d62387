package dev.routediff.core.input;

import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a text input with their 1-based numbers, ending at {@code \n}, {@code \r\n} or a lone {@code \r}, and
 * with a cap on line length: a pasted blob with no line breaks must end in a clear message, not in an
 * out-of-memory error. Parsers read through this instead of {@link java.io.BufferedReader#readLine()}.
 */
public final class LineSource {

    /** Longest line accepted by default; real route rows are under 500 characters. */
    public static final int DEFAULT_MAX_LINE = 64 * 1024;

    private final Reader in;
    private final String source;
    private final int maxLine;
    private final char[] buf = new char[8192];
    private int pos;
    private int end;
    private int lineNumber;
    private boolean skipLf;
    private final StringBuilder line = new StringBuilder(256);

    public LineSource(Reader in, String source) {
        this(in, source, DEFAULT_MAX_LINE);
    }

    public LineSource(Reader in, String source, int maxLine) {
        this.in = in;
        this.source = source;
        this.maxLine = maxLine;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                lineNumber++;
                return line.toString();
            }
            if (line.length() == maxLine) {
                throw new RouteInputException(source, lineNumber + 1, "a line longer than " + maxLine
                        + " characters, expected the rows of a route table (is this a route dump?)");
            }
            line.append(c);
        }
    }

    /** Number of the line last returned by {@link #next()}. */
    public int lineNumber() {
        return lineNumber;
    }

    public String source() {
        return source;
    }
}
