package dev.routediff.core.input;

import dev.routediff.core.spi.RouteInputException;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * An input stream opened as text: the encoding taken from its byte-order mark (without one: UTF-16LE when the start
 * has its unmistakable NUL-every-other-byte shape, else UTF-8), a sample of its start for detection, and a reader
 * positioned after the mark. The stream is read once, front to back, never sought: a pipe, a FIFO or a process
 * substitution ({@code <(ssh host netstat -rn)}) reads like a file. Empty input, binary data (a NUL anywhere) and
 * bytes that are not text in the encoding are refused with the source and line, so no parser ever sees them; nothing
 * is ever turned into U+FFFD.
 *
 * <p>Blank lines before the table are skipped while sampling, however many there are, so the sample shows the table;
 * the reader still gives them (as empty lines), so every line number stays the user's.
 *
 * <p>Input that is not UTF-8 is not refused here at once: {@link #isText()} is false, and the caller may try the code
 * pages a parser declares ({@link #decodedAs}); {@link #reader()} and {@link #sample()} refuse it otherwise.
 */
public final class TextInput {

    /** How much of the start is sampled for detection. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    private final String source;
    /** The bytes from the start of the first line that is not blank: the sample's, and the reader's first bytes. */
    private final byte[] head;
    /** How many (blank) lines come before {@link #head}. */
    private final int blankLines;
    /** Whether {@link #head} holds all the rest of the input. */
    private final boolean whole;
    private final InputStream rest;
    /** Null while the input is not UTF-8 and no code page was chosen. */
    private final Charset charset;
    private final String sample;
    /** Where decoding the head as UTF-8 failed, when {@link #charset} is null. */
    private final RouteInputException notText;
    private final int notUtf8Line;

    private TextInput(String source, byte[] head, int blankLines, boolean whole, InputStream rest, Charset charset,
            String sample, RouteInputException notText) {
        this.source = source;
        this.head = head;
        this.blankLines = blankLines;
        this.whole = whole;
        this.rest = rest;
        this.charset = charset;
        this.sample = sample;
        this.notText = notText;
        this.notUtf8Line = notText == null ? 0 : notText.line();
    }

    private TextInput(TextInput undecided, Charset charset, String sample) {
        this.source = undecided.source;
        this.head = undecided.head;
        this.blankLines = undecided.blankLines;
        this.whole = undecided.whole;
        this.rest = undecided.rest;
        this.charset = charset;
        this.sample = sample;
        this.notText = null;
        this.notUtf8Line = undecided.notUtf8Line;
    }

    /**
     * Opens a named file for reading front to back, without seeking ({@link Files#newInputStream} seeks, which a
     * pipe refuses with "Illegal seek"); a missing, unreadable or directory path is a one-line refusal.
     *
     * @param what what the file should hold, for the directory message ({@code a route table})
     */
    public static InputStream openFile(String name, String what) throws IOException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new RouteInputException(name, "not a valid file name");
        }
        if (Files.isDirectory(path)) {
            throw new RouteInputException(name, "is a directory, expected a file holding " + what);
        }
        if (!Files.exists(path)) {
            throw new RouteInputException(name, "no such file");
        }
        if (!Files.isReadable(path)) {
            throw new RouteInputException(name, "cannot be read (permission denied)");
        }
        try {
            return new Sequential(new FileInputStream(path.toFile()));
        } catch (IOException e) {
            throw new RouteInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * A file read with plain reads only: Java 17's {@link FileInputStream} asks the file position in
     * {@code readNBytes}, {@code readAllBytes} and {@code skip}, which fails on a pipe ("Illegal seek").
     */
    private static final class Sequential extends FilterInputStream {
        Sequential(InputStream in) {
            super(in);
        }

        @Override
        public long skip(long n) throws IOException {
            long left = n;
            byte[] discard = new byte[(int) Math.min(8192, Math.max(1, n))];
            while (left > 0) {
                int r = in.read(discard, 0, (int) Math.min(discard.length, left));
                if (r < 0) {
                    break;
                }
                left -= r;
            }
            return n - left;
        }
    }

    public static TextInput open(String source, InputStream raw) throws IOException {
        byte[] buf = new byte[SAMPLE_BYTES];
        int len = raw.readNBytes(buf, 0, SAMPLE_BYTES);
        boolean eof = len < SAMPLE_BYTES;
        if (len == 0) {
            throw new RouteInputException(source, "empty, expected the output of a route-table command such as netstat -rn");
        }
        Charset cs = null;
        int bom = 0;
        if (len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (len >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (len >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (looksLikeUtf16Le(buf, len)) {
            cs = StandardCharsets.UTF_16LE;
        }
        int unit = cs == null ? 1 : 2;
        int low = cs == StandardCharsets.UTF_16BE ? 1 : 0; // where in a unit the ASCII byte is
        // Skip the blank lines before the table, keeping only the line being looked at, however long the run.
        int p = bom;
        int lineStart = bom;
        int lines = 0;
        boolean afterCr = false;
        boolean cutBlanks = false;
        while (true) {
            while (p + unit <= len) {
                int c = buf[p + low] & 0xFF;
                if (unit == 2 && buf[p + 1 - low] != 0 || !(c == ' ' || c == '\t' || c == '\n' || c == '\r'
                        || c == '\f' || c == 0x0B)) {
                    break;
                }
                if (c == '\r' || c == '\n' && !afterCr) {
                    lines++;
                }
                if (c == '\r' || c == '\n') {
                    lineStart = p + unit;
                    cutBlanks = false;
                }
                afterCr = c == '\r';
                p += unit;
            }
            if (p + unit <= len || eof) {
                break;
            }
            int keep = len - lineStart;
            if (keep >= SAMPLE_BYTES) {
                // a blank line longer than the sample: its blanks are dropped (the reader gives it as an empty line)
                keep = 0;
                lineStart = len;
                cutBlanks = true;
            }
            byte[] next = new byte[keep + SAMPLE_BYTES];
            System.arraycopy(buf, lineStart, next, 0, keep);
            int n = raw.readNBytes(next, keep, SAMPLE_BYTES);
            eof = n < SAMPLE_BYTES;
            p -= lineStart;
            lineStart = 0;
            len = keep + n;
            buf = next;
        }
        if (p + unit > len) {
            throw new RouteInputException(source, "only blank lines, expected the output of a route-table command such as netstat -rn");
        }
        if (cutBlanks) {
            throw new RouteInputException(source, lines + 1, "a line longer than " + LineSource.DEFAULT_MAX_LINE
                    + " characters, expected the rows of a route table (is this a route dump?)");
        }
        // The head: from the first line with content, SAMPLE_BYTES of it where there are that many.
        int have = len - lineStart;
        byte[] head;
        if (!eof && have < SAMPLE_BYTES) {
            head = new byte[SAMPLE_BYTES];
            System.arraycopy(buf, lineStart, head, 0, have);
            int n = raw.readNBytes(head, have, SAMPLE_BYTES - have);
            eof = n < SAMPLE_BYTES - have;
            if (eof) {
                head = java.util.Arrays.copyOf(head, have + n);
            }
        } else {
            head = java.util.Arrays.copyOfRange(buf, lineStart, len);
        }
        if (unit == 1) {
            for (int i = 0; i < head.length; i++) {
                if (head[i] == 0) {
                    throw binary(source, lines + linesBefore(head, i) + 1);
                }
            }
        }
        TextInput input = new TextInput(source, head, lines, eof, raw, null, null, null);
        TextInput decoded = input.decodedAs(cs == null ? StandardCharsets.UTF_8 : cs);
        if (decoded != null) {
            if (decoded.sample.isBlank()) {
                throw new RouteInputException(source, "only blank lines, expected the output of a route-table command such as netstat -rn");
            }
            return decoded;
        }
        if (cs != null) {
            throw input.malformed(cs);
        }
        return new TextInput(source, head, lines, eof, raw, null, null, input.malformed(StandardCharsets.UTF_8));
    }

    /** Line ends (LF, CRLF or CR) in {@code b[0, end)}. */
    private static int linesBefore(byte[] b, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (b[i] == '\r' || b[i] == '\n' && (i == 0 || b[i - 1] != '\r')) {
                n++;
            }
        }
        return n;
    }

    static RouteInputException binary(String source, int line) {
        return new RouteInputException(source, line, "binary data (a NUL byte), expected the text of a route table");
    }

    /**
     * This input decoded in another charset, or null when its start is not text in it (a sequence it does not
     * define, or a NUL). Used for the code pages a parser declares, when the input is not UTF-8.
     */
    public TextInput decodedAs(Charset cs) {
        HeadDecoding d = decodeHead(cs);
        if (d.result().isError()) {
            return null;
        }
        String text = d.out().toString();
        if (text.indexOf('\0') >= 0) {
            if (cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE) {
                throw binary(source, blankLines + lineEnds(text, text.indexOf('\0')) + 1);
            }
            return null;
        }
        return new TextInput(this, cs, text);
    }

    /** The refusal of this input as text in {@code cs}: the line and bytes where decoding its start failed. */
    private RouteInputException malformed(Charset cs) {
        HeadDecoding d = decodeHead(cs);
        CoderResult r = d.result();
        CharBuffer out = d.out();
        int at = d.in().position();
        int n = r.isError() ? r.length() : Math.max(1, head.length - at);
        return notText(source, blankLines + lineEnds(out, out.length()) + 1, cs, head, at, n);
    }

    /** The start of the input decoded strictly in {@code cs}: where it stopped, what it gave (flipped), and why. */
    private record HeadDecoding(ByteBuffer in, CharBuffer out, CoderResult result) {
    }

    private HeadDecoding decodeHead(Charset cs) {
        CharsetDecoder decoder = strict(cs);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult r = decoder.decode(in, out, whole);
        if (!r.isError() && whole) {
            r = decoder.flush(out);
        }
        out.flip();
        return new HeadDecoding(in, out, r);
    }

    static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The one-line refusal of bytes that are not text in {@code cs}, showing them. */
    static RouteInputException notText(String source, int line, Charset cs, byte[] bytes, int at, int n) {
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.min(n, 4)); i++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        String name = displayName(cs);
        return new RouteInputException(source, line, "bytes that are not " + name + " text (" + shown + "), expected "
                + (cs == StandardCharsets.UTF_8 ? "UTF-8 or UTF-16 text; convert it first, e.g. iconv -f ITS-ENCODING -t UTF-8"
                        : "the rest of the input in " + name + " too"));
    }

    /** Compiled on first use, not with the class: every input is read here, few are in a code page. */
    private static final class CodePageNames {
        static final java.util.regex.Pattern PATTERN =
                java.util.regex.Pattern.compile("(?i)(?:cp|ms|ibm|windows-)(\\d{3,4})");
    }

    /** {@code cp932} for windows-31j, {@code cp850} for IBM850: the name Windows users know a code page by. */
    public static String displayName(Charset cs) {
        if (cs == StandardCharsets.UTF_8 || cs.name().startsWith("UTF-")) {
            return cs.name();
        }
        java.util.List<String> names = new java.util.ArrayList<>(cs.aliases());
        names.add(0, cs.name());
        for (String n : names) {
            java.util.regex.Matcher m = CodePageNames.PATTERN.matcher(n);
            if (m.matches()) {
                return "cp" + m.group(1);
            }
        }
        return cs.name();
    }

    private static int lineEnds(CharSequence text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                n++;
            }
        }
        return n;
    }

    /**
     * UTF-16LE without a byte-order mark (Windows tools that strip it): in the first 256 bytes every odd byte is NUL
     * and every even byte is printable ASCII, a tab or a line break. Neither ASCII text nor binary data has that
     * shape, so this never takes a file that would otherwise have been read.
     */
    static boolean looksLikeUtf16Le(byte[] head) {
        return looksLikeUtf16Le(head, head.length);
    }

    private static boolean looksLikeUtf16Le(byte[] head, int length) {
        int n = Math.min(length, 256) & ~1;
        if (n < 8 || (length < 256 && length % 2 != 0)) {
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

    /** Whether the input is text in a known encoding; false: not UTF-8, and no code page chosen (see {@link #decodedAs}). */
    public boolean isText() {
        return charset != null;
    }

    /** The encoding the input is read in; null while {@link #isText()} is false. */
    public Charset charset() {
        return charset;
    }

    /**
     * The decoded start of the input for detection: from its first line that is not blank, at most
     * {@link #SAMPLE_BYTES} bytes of it, without the byte-order mark. Refuses input that is not text.
     */
    public String sample() {
        if (charset == null) {
            throw notText;
        }
        return sample;
    }

    /** The line number of the sample's first line (1 unless blank lines came before the table). */
    public int sampleFirstLine() {
        return blankLines + 1;
    }

    /** Whether the sample is the whole input. */
    public boolean whole() {
        return whole;
    }

    /** The first line that is not UTF-8, when the input was read in a code page instead; 0 otherwise. */
    public int notTextLine() {
        return notUtf8Line;
    }

    /** The line and bytes that make this input not UTF-8; null when it is text. */
    public RouteInputException notText() {
        return notText;
    }

    /**
     * The whole text from its start, after the byte-order mark; the blank lines skipped for the sample come as empty
     * lines. Reading it refuses a NUL or bytes that are not text in the encoding, with their line. Read it once.
     */
    public Reader reader() {
        if (charset == null) {
            throw notText;
        }
        return new DecodingReader(source, new SequenceInputStream(new ByteArrayInputStream(head), rest), charset,
                blankLines);
    }
}
