package dev.routediff.core.input;

import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes a byte stream strictly, counting lines as it goes, so that bytes which are not text in the charset and a
 * NUL (binary data) are refused with the line they are on instead of becoming U+FFFD or reaching a parser. Lines end
 * at LF, CRLF or a lone CR, as {@link LineSource} counts them. Blank lines skipped before the sample are given back
 * first as that many line feeds.
 */
final class DecodingReader extends Reader {

    private final String source;
    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    /** A character decoded when the caller asked for one only and it was half of a surrogate pair. */
    private final CharBuffer spare = CharBuffer.allocate(2);
    private int pendingNewlines;
    /** Line ends decoded so far. */
    private long lines;
    private boolean afterCr;
    private boolean eof;
    private boolean flushed;
    /** UTF-8, whose ASCII bytes are their own characters: {@link #ascii} copies them without the decoder. */
    private final boolean utf8;

    DecodingReader(String source, InputStream in, Charset charset, int blankLines) {
        this.source = source;
        this.in = in;
        this.charset = charset;
        this.decoder = TextInput.strict(charset);
        this.utf8 = charset.equals(java.nio.charset.StandardCharsets.UTF_8);
        this.pendingNewlines = blankLines;
        this.lines = blankLines;
        bytes.flip();
        spare.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pendingNewlines > 0) {
            int k = Math.min(len, pendingNewlines);
            java.util.Arrays.fill(cbuf, off, off + k, '\n');
            pendingNewlines -= k;
            return k;
        }
        if (spare.hasRemaining()) {
            int k = Math.min(len, spare.remaining());
            spare.get(cbuf, off, k);
            return k;
        }
        while (true) {
            if (utf8 && len >= 2 && !flushed) {
                int n = ascii(cbuf, off, len);
                if (n > 0) {
                    return n;
                }
            }
            CharBuffer out = len >= 2 ? CharBuffer.wrap(cbuf, off, len) : spare.clear();
            int start = out.position();
            CoderResult r = flushed ? CoderResult.UNDERFLOW : decoder.decode(bytes, out, eof);
            if (eof && !r.isError() && !flushed) {
                r = decoder.flush(out);
                flushed = true;
            }
            int n = out.position() - start;
            if (len < 2) {
                spare.flip();
                if (n > 0) {
                    scan(spare.array(), 0, n);
                    return read(cbuf, off, len);
                }
            } else if (n > 0) {
                scan(cbuf, start, n);
            }
            if (r.isError()) {
                byte[] shown = new byte[Math.min(r.length(), 4)];
                bytes.get(bytes.position(), shown);
                throw TextInput.notText(source, line(), charset, shown, 0, shown.length);
            }
            if (n > 0) {
                return n;
            }
            if (flushed) {
                return -1;
            }
            bytes.compact();
            int got = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (got < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + got);
            }
            bytes.flip();
        }
    }

    /**
     * Copies the ASCII bytes at the start of the buffer into {@code c}, as the UTF-8 decoder would decode them, and
     * returns how many (after {@link #scan}); it stops at the first byte that is not ASCII, which the decoder then
     * takes. The decoder's own ASCII path makes two passes (a check for high bytes, then the copy) that C1 does not
     * turn into vector code: on a million-route table this is a good part of reading it.
     */
    private int ascii(char[] c, int off, int len) {
        byte[] b = bytes.array();
        int from = bytes.position();
        int end = Math.min(bytes.limit(), from + len);
        int i = from;
        for (; i < end && b[i] >= 0; i++) {
            c[off + i - from] = (char) b[i];
        }
        bytes.position(i);
        scan(c, off, i - from);
        return i - from;
    }

    /** Counts the line ends in {@code c[from, from + n)} and refuses a NUL. */
    private void scan(char[] c, int from, int n) {
        int end = from + n;
        for (int i = from; i < end; i++) {
            char ch = c[i];
            if (ch > '\r') {
                afterCr = false;
                continue;
            }
            if (ch == '\n') {
                if (!afterCr) {
                    lines++;
                }
                afterCr = false;
            } else if (ch == '\r') {
                lines++;
                afterCr = true;
            } else {
                afterCr = false;
                if (ch == 0) {
                    throw TextInput.binary(source, line());
                }
            }
        }
    }

    /** The line being decoded (the one after the last line end). */
    private int line() {
        return (int) Math.min(Integer.MAX_VALUE, lines + 1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
