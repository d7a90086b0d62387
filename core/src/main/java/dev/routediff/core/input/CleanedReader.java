package dev.routediff.core.input;

import java.io.IOException;
import java.io.Reader;

/**
 * The input with each line passed through a {@link PasteCleaner}. Line ends are copied as they are and no line is
 * added or dropped, so the parser counts the same lines the user has. A line longer than the buffer goes through
 * untouched (no prompt or table row is that long; the parser's line cap reports it).
 */
final class CleanedReader extends Reader {

    private static final int SIZE = 64 * 1024;

    /** The characters the fast scan stops at: line ends and the characters a prompt ends in. */
    private static final boolean[] STOP = new boolean[128];

    static {
        for (char c : new char[] {'\n', '\r', '$', '%', '#', '>'}) {
            STOP[c] = true;
        }
    }

    private final Reader in;
    private final PasteCleaner cleaner;
    private final char[] buf = new char[SIZE];
    private int len;
    private boolean eof;
    /** The last line ended in CR at the end of a read: an LF at the start of the next belongs to it. */
    private boolean afterCr;
    /** Inside a line that did not fit in the buffer: copied as it is up to its end. */
    private boolean overlong;
    private int lineNumber;
    private final StringBuilder out = new StringBuilder(SIZE + 256);
    private int outPos;
    /**
     * When every line of a read is one the cleaner leaves as it is (nearly always), those characters are handed out
     * from {@code buf} itself, up to here, instead of being copied: {@code buf} is compacted once they are.
     */
    private int direct;
    private int directPos;

    CleanedReader(Reader in, PasteCleaner cleaner) {
        this.in = in;
        this.cleaner = cleaner;
    }

    @Override
    public int read(char[] cbuf, int off, int n) throws IOException {
        if (n == 0) {
            return 0;
        }
        if (directPos < direct) {
            int k = Math.min(n, direct - directPos);
            System.arraycopy(buf, directPos, cbuf, off, k);
            directPos += k;
            if (directPos == direct) {
                System.arraycopy(buf, direct, buf, 0, len - direct);
                len -= direct;
                direct = 0;
                directPos = 0;
            }
            return k;
        }
        while (outPos == out.length() && direct == 0) {
            out.setLength(0);
            outPos = 0;
            if (!refill()) {
                return -1;
            }
        }
        if (direct > 0) {
            return read(cbuf, off, n);
        }
        int k = Math.min(n, out.length() - outPos);
        out.getChars(outPos, outPos + k, cbuf, off);
        outPos += k;
        return k;
    }

    /** Reads more and cleans every complete line in the buffer into {@code out}; false at the end of the input. */
    private boolean refill() throws IOException {
        if (eof && len == 0) {
            return false;
        }
        if (!eof) {
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                eof = true;
            } else {
                len += r;
            }
        }
        if (!overlong && !afterCr && allPass()) {
            return true;
        }
        int start = 0;
        if (afterCr && len > 0) {
            afterCr = false;
            if (buf[0] == '\n') {
                out.append('\n');
                start = 1;
            }
        }
        int i = start;
        while (i < len) {
            char c = buf[i];
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            int end = i;
            int next = i + 1;
            if (c == '\r') {
                if (next < len) {
                    if (buf[next] == '\n') {
                        next++;
                    }
                } else if (!eof) {
                    afterCr = true;
                }
            }
            emit(start, end);
            out.append(buf, end, next - end);
            start = next;
            i = next;
        }
        if (start < len) {
            if (eof) {
                emit(start, len);
                start = len;
            } else if (start == 0 && len == buf.length) {
                out.append(buf, 0, len); // a line longer than the buffer
                overlong = true;
                start = len;
            }
        }
        System.arraycopy(buf, start, buf, 0, len - start);
        len -= start;
        return true;
    }

    /**
     * The fast path: when every complete line in the buffer passes the cleaner unchanged, marks them to be handed
     * out from the buffer ({@link #direct}) and returns true. A line the cleaner may change sends the whole buffer
     * the general way (the lines checked so far are checked again there, which changes nothing).
     */
    private boolean allPass() {
        if (cleaner.rewritesRows()) {
            return false;
        }
        int start = 0;
        int number = lineNumber;
        boolean suspect = false;
        int i = 0;
        while (i < len) {
            char c = buf[i];
            if (c >= STOP.length || !STOP[c]) {
                i++;
                continue;
            }
            if (c != '\n' && c != '\r') {
                suspect = true; // a prompt character: the cleaner looks at this line closer
                i++;
                continue;
            }
            if (c == '\r' && i + 1 == len && !eof) {
                break; // a CR at the end of a read: whether an LF follows is not known yet
            }
            number++;
            if (suspect ? !cleaner.passes(buf, start, i, number) : !cleaner.plain(number, isBlank(start, i))) {
                return false;
            }
            suspect = false;
            i += c == '\r' && i + 1 < len && buf[i + 1] == '\n' ? 2 : 1;
            start = i;
        }
        if (start == 0) {
            return false; // no complete line: the general path handles what is left and long lines
        }
        lineNumber = number;
        direct = start;
        directPos = 0;
        return true;
    }

    /** Whether {@code buf[from, to)} holds only blanks: decided by the first character on nearly every line. */
    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Fields.isBlank(buf[i])) {
                return false;
            }
        }
        return true;
    }

    private void emit(int from, int to) {
        if (overlong) {
            overlong = false;
            lineNumber++;
            out.append(buf, from, to - from);
            return;
        }
        lineNumber++;
        if (cleaner.passes(buf, from, to, lineNumber)) {
            out.append(buf, from, to - from);
            return;
        }
        String line = new String(buf, from, to - from);
        String cleaned = cleaner.line(line, lineNumber);
        out.append(cleaned == null ? line : cleaned);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
