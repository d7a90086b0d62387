package dev.routediff.core.input;

import dev.routediff.core.spi.RouteInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An input stream opened as text: the encoding taken from its byte-order mark (without one: UTF-16LE when the start
 * has its unmistakable NUL-every-other-byte shape, else UTF-8), a sample of
 * its start for detection, and a reader positioned after the mark. Binary and empty input are refused here, with
 * the source name, so no parser ever sees them.
 */
public final class TextInput {

    /** How much of the start is sampled for detection. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    private final String source;
    private final String sample;
    private final Reader reader;

    private TextInput(String source, String sample, Reader reader) {
        this.source = source;
        this.sample = sample;
        this.reader = reader;
    }

    public static TextInput open(String source, InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE_BYTES);
        in.mark(SAMPLE_BYTES);
        byte[] head = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        Charset cs = StandardCharsets.UTF_8;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (looksLikeUtf16Le(head)) {
            cs = StandardCharsets.UTF_16LE;
        }
        if (cs == StandardCharsets.UTF_8) {
            int line = 1;
            for (byte b : head) {
                if (b == 0) {
                    throw new RouteInputException(source, line, "binary data (a NUL byte), expected the text of a route table");
                }
                if (b == '\n') {
                    line++;
                }
            }
        }
        String sample = new String(head, bom, head.length - bom, cs);
        if (sample.isBlank()) {
            throw new RouteInputException(source, head.length == 0
                    ? "empty, expected the output of a route-table command such as netstat -rn"
                    : "only blank lines, expected the output of a route-table command such as netstat -rn");
        }
        in.skipNBytes(bom);
        Reader reader = new InputStreamReader(in, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new TextInput(source, sample, reader);
    }

    /**
     * UTF-16LE without a byte-order mark (Windows tools that strip it): in the first 256 bytes every odd byte is NUL
     * and every even byte is printable ASCII, a tab or a line break. Neither ASCII text nor binary data has that
     * shape, so this never takes a file that would otherwise have been read.
     */
    static boolean looksLikeUtf16Le(byte[] head) {
        int n = Math.min(head.length, 256) & ~1;
        if (n < 8 || (head.length < 256 && head.length % 2 != 0)) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            int lo = head[i] & 0xFF;
            if (head[i + 1] != 0 || !(lo == '\t' || lo == '\n' || lo == '\r' || (lo >= 0x20 && lo < 0x7F))) {
                return false;
            }
        }
        return true;
    }

    public String source() {
        return source;
    }

    /** The decoded start of the input (at most {@link #SAMPLE_BYTES} bytes), without the byte-order mark. */
    public String sample() {
        return sample;
    }

    /** The whole text from its start, after the byte-order mark. */
    public Reader reader() {
        return reader;
    }
}
