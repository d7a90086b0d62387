package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every entry of {@code src/test/resources/bad-input/expected.tsv} is run through
 * {@link Main#run} as a file and, where it makes sense, as standard input ({@code -}). Each ends in exit 0 with the
 * same table as the clean example (an encoding or line-end variant) or exit 2 with exactly the expected line on
 * stderr. Entries named {@code gen:…} are made here (too big, binary or platform-dependent to commit).
 */
class BadInputTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path CLEAN = ROOT.resolve("examples/clientvpn-split-before.txt");
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    static Path tmp;

    /** One line of expected.tsv. */
    record Entry(String input, String command, int exit, String stderr, boolean viaStdin, String output) {
        @Override
        public String toString() {
            return input + " (" + command + ")";
        }
    }

    static List<Entry> entries() {
        try {
            List<Entry> out = new ArrayList<>();
            for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4].equals("yes"), f[5]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> asFiles() {
        return entries().stream().map(Arguments::of);
    }

    static Stream<Arguments> viaStdin() {
        return entries().stream().filter(Entry::viaStdin).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asFiles")
    void asAFile(Entry e) throws IOException {
        Path file = materialise(e.input());
        check(e, file.toString(), new ByteArrayInputStream(new byte[0]), file.toString());
    }

    @ParameterizedTest(name = "{0} via -")
    @MethodSource("viaStdin")
    void onStandardInput(Entry e) throws IOException {
        Path file = materialise(e.input());
        try (InputStream in = Files.newInputStream(file)) {
            check(e, "-", in, "stdin");
        }
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = tmp.resolve("unreadable.txt");
        Files.copy(CLEAN, file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file),
                "running as root: chmod 000 does not stop root from reading, so this case cannot be staged here");
        Result r = run(new ByteArrayInputStream(new byte[0]), "parse", file.toString());
        assertEquals(2, r.code());
        assertEquals(file + ": cannot be read (permission denied)\n", r.err());
    }

    private static void check(Entry e, String arg, InputStream stdin, String source) throws IOException {
        String[] args = switch (e.command()) {
            case "parse" -> new String[] {"parse", arg, "--format", "json"};
            case "endpoint-json" -> new String[] {"predict", "--endpoint-json", arg};
            case "routes-json" -> new String[] {"predict", "--client-cidr", "10.243.0.0/22", "--routes-json", arg};
            default -> throw new IllegalArgumentException(e.command());
        };
        Result r = run(stdin, args);
        String expectedErr = e.stderr().isEmpty() ? "" : e.stderr().replace("{src}", source) + "\n";
        assertEquals(expectedErr, r.err(), "stderr of " + String.join(" ", args));
        assertEquals(e.exit(), r.code(), "exit code of " + String.join(" ", args));
        if (e.exit() == 0 && !e.output().equals("clean")) {
            assertTrue(r.out().contains(e.output()), r.out());
        } else if (e.exit() == 0) {
            // an encoding or line-end variant reads as the clean table, only the source name differs
            Result clean = run(new ByteArrayInputStream(new byte[0]), "parse", CLEAN.toString(), "--format", "json");
            assertEquals(clean.out().replace(CLEAN.toString(), source), r.out());
        } else {
            assertEquals("", r.out());
        }
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, stdin, new PrintWriter(out), new PrintWriter(err), Map.of(), false);
        return new Result(code, out.toString(), err.toString());
    }

    /** The corpus file, or for {@code gen:…} a file made now in the temporary folder. */
    private static Path materialise(String input) throws IOException {
        if (!input.startsWith("gen:")) {
            return CORPUS.resolve(input);
        }
        String name = input.substring(4);
        Path file = tmp.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        byte[] clean = Files.readAllBytes(CLEAN);
        String text = new String(clean, StandardCharsets.UTF_8);
        switch (name) {
            case "empty" -> Files.write(file, new byte[0]);
            case "binary" -> Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0,
                0, 61, '\n', 1, 2, 3});
            case "utf16le" -> Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    text.getBytes(StandardCharsets.UTF_16LE)));
            case "utf16be" -> Files.write(file, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                    text.getBytes(StandardCharsets.UTF_16BE)));
            case "one-mb-line" -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    out.write(text.lines().limit(5).map(l -> l + "\n").reduce("", String::concat)
                            .getBytes(StandardCharsets.UTF_8));
                    out.write("x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII));
                    out.write('\n');
                }
            }
            case "ten-million-lines" -> {
                // header, then 10,000,000 whitespace-only lines (skipped), then one bad row: the error must name
                // line 10,000,005, which only a streaming reader reaches with bounded memory
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    out.write(text.lines().limit(4).map(l -> l + "\n").reduce("", String::concat)
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] blank = {' ', '\n'};
                    for (int i = 0; i < 10_000_000; i++) {
                        out.write(blank);
                    }
                    out.write("bogus 1.2.3.4 UGSc en0\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
            case "nul-at-70k" -> Files.write(file, (rows(text, 1200)
                    + "10.200.0/24        192.168.0.1\u0000       UGSc              en0       \n").getBytes(StandardCharsets.UTF_8));
            case "not-utf8-at-100k" -> Files.write(file, concat(rows(text, 1700).getBytes(StandardCharsets.UTF_8),
                    "10.200.0/24        192.168.0.1        UGSc              en\u00e9      \n"
                            .getBytes(StandardCharsets.ISO_8859_1)));
            case "latin1-interface" -> Files.write(file, text.replace("UGScg             en0",
                    "UGScg             en\u00e9").getBytes(StandardCharsets.ISO_8859_1));
            case "million-blank-lines" -> Files.write(file, ("\n".repeat(1_000_000) + text).getBytes(StandardCharsets.UTF_8));
            case "spaces-64k" -> Files.write(file, (" ".repeat(65536) + "\n" + text).getBytes(StandardCharsets.UTF_8));
            case "route-print-cp932" -> Files.write(file, WindowsCodePages.JAPANESE.replace("\n", "\r\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-31j")));
            case "route-print-cp850" -> Files.write(file, WindowsCodePages.FRENCH.replace("\n", "\r\n")
                    .getBytes(java.nio.charset.Charset.forName("IBM850")));
            case "route-print-cp1252" -> Files.write(file, WindowsCodePages.GERMAN.replace("\n", "\r\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252")));
            // an ip route dump cut off inside its last row (no line end), and a non-number where iproute2 prints one
            case "ip-route-cut-short" -> Files.writeString(file, "default via 192.168.1.1 dev eth0 proto dhcp metric 100\n"
                    + "192.168.1.0/24 dev eth0 proto kernel scope link src 172.1");
            case "ip-route-mtu-not-a-number" -> Files.writeString(file, "default via 192.168.1.1 dev eth0 proto dhcp\n"
                    + "10.8.0.0/24 dev tun0 scope link mtu 1,500\n");
            case "route-n-use-not-a-number" -> Files.writeString(file, "Kernel IP routing table\n"
                    + "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n"
                    + "0.0.0.0         192.168.1.1     0.0.0.0         UG    100    0      -1  eth0\n");
            case "directory" -> Files.createDirectory(file);
            case "missing" -> {
                return tmp.resolve("no-such-file.txt");
            }
            default -> throw new IllegalArgumentException("unknown generated input " + input);
        }
        return file;
    }

    /** The clean table and {@code n} more IPv4 rows after it (about 60 bytes each). */
    private static String rows(String clean, int n) {
        StringBuilder b = new StringBuilder(clean);
        for (int i = 0; i < n; i++) {
            b.append(String.format("10.%d.%d/32%s192.168.0.1        UGSc              en0       %n", 100 + i / 250,
                    i % 250, " ".repeat(19 - String.format("10.%d.%d/32", 100 + i / 250, i % 250).length())));
        }
        return b.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
