package dev.routediff.core.input;

import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

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
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int end;
    private int lineNumber;
    private boolean skipLf;
    private boolean eof;
    private char[] line = new char[256];
    private char[] chars = line;
    private int start;
    private int length;

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
        return nextLine() ? new String(chars, start, length) : null;
    }

    /**
     * Moves to the next line without making a string of it: for parsers that read a million rows. The line is
     * {@link #chars()} from {@link #start()} for {@link #length()} characters, until the next call. False at the
     * end of the input.
     */
    public boolean nextLine() throws IOException {
        length = 0;
        boolean copied = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (!fill()) {
                    if (!any) {
                        return false;
                    }
                    lineNumber++;
                    return true;
                }
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int from = pos;
            int i = from;
            while (i < end) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            if (i < end && !copied) {
                // The whole line lies in the buffer (nearly every line does): hand it out from there.
                checkLength(i - from);
                chars = buf;
                start = from;
                length = i - from;
            } else {
                append(from, i);
                copied = true;
            }
            pos = i;
            if (i < end) {
                skipLf = buf[i] == '\r';
                pos++;
                lineNumber++;
                return true;
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        if (n <= 0) {
            end = 0;
            eof = n < 0;
            return n > 0;
        }
        end = n;
        return true;
    }

    private void checkLength(int n) {
        if (n > maxLine) {
            throw new RouteInputException(source, lineNumber + 1, "a line longer than " + maxLine
                    + " characters, expected the rows of a route table (is this a route dump?)");
        }
    }

    /** Adds {@code buf[from, to)} to the line being put together across buffer refills. */
    private void append(int from, int to) {
        int n = to - from;
        checkLength(length + n);
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLine, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(buf, from, line, length, n);
        length += n;
        chars = line;
        start = 0;
    }

    /** The characters that hold the line {@link #nextLine()} moved to (see {@link #start()}). */
    public char[] chars() {
        return chars;
    }

    /** Where the line {@link #nextLine()} moved to begins in {@link #chars()}. */
    public int start() {
        return start;
    }

    /** The length of the line {@link #nextLine()} moved to. */
    public int length() {
        return length;
    }

    /** Number of the line last returned by {@link #next()}. */
    public int lineNumber() {
        return lineNumber;
    }

    public String source() {
        return source;
    }
}
