package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o/--output FILE}: written through a temporary file beside it, never over an input, never half. */
class OutputFileTest {

    private static final String BEFORE = HtmlReportTest.BEFORE;
    private static final String AFTER = HtmlReportTest.AFTER;

    @Test
    void writesWhatStandardOutputWouldHaveShown(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("diff.txt");
        Result r = CliTest.run("diff", BEFORE, AFTER, "-o", out.toString());
        assertEquals(1, r.code(), "the exit status is the command's own");
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertEquals(CliTest.run("diff", BEFORE, AFTER).out(), Files.readString(out));
        assertEquals(1, files(dir), "no temporary file left beside it");
        if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
    }

    @Test
    void everyCommandButWatchTakesIt(@TempDir Path dir) throws IOException {
        String[][] commands = {
            {"parse", AFTER, "--format", "json"},
            {"explain", BEFORE, AFTER, "--format", "markdown"},
            {"lookup", AFTER, "172.16.0.5"},
            {"predict", "--client-cidr", "10.243.0.0/22", "--assigned-ip", "10.243.0.7", "--split-tunnel"},
            {"plugins"},
            {"demo"},
        };
        for (String[] c : commands) {
            Path out = dir.resolve(c[0] + ".out");
            String[] withOutput = Stream.concat(Stream.of(c), Stream.of("--output=" + out)).toArray(String[]::new);
            Result r = CliTest.run(withOutput);
            assertEquals("", r.out(), c[0]);
            assertEquals(CliTest.run(c).out(), Files.readString(out), c[0]);
        }
        Result watch = CliTest.run("watch", "-o", dir.resolve("w").toString());
        assertEquals(2, watch.code());
        assertEquals("routediff: Unknown option: '-o' (see 'routediff watch --help')\n", watch.err());
    }

    @Test
    void dashIsStandardOutput() {
        Result r = CliTest.run("diff", BEFORE, AFTER, "-o", "-");
        assertEquals(CliTest.run("diff", BEFORE, AFTER).out(), r.out());
    }

    @Test
    void refusesToWriteOverAnInput(@TempDir Path dir) throws IOException {
        Path after = Files.copy(Path.of(AFTER), dir.resolve("after.txt"));
        byte[] original = Files.readAllBytes(after);
        String sneaky = dir.resolve("sub/../after.txt").toString();
        Files.createDirectory(dir.resolve("sub"));
        for (String[] args : new String[][] {
            {"diff", BEFORE, after.toString(), "-o", after.toString()},
            {"diff", BEFORE, after.toString(), "--output", sneaky},
            {"lookup", BEFORE, "10.0.0.1", "--before=" + after, "-o", after.toString()},
            {"explain", BEFORE, after.toString(), "--format", "html", "-o", after.toString()},
        }) {
            Result r = CliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals("", r.out());
            assertTrue(r.err().matches("routediff: -o \\S+ is an input of this command \\(\\S+\\); write the output "
                    + "to another file\\n"), r.err());
        }
        Path link = dir.resolve("link.txt");
        try {
            Files.createSymbolicLink(link, after);
            Result r = CliTest.run("diff", BEFORE, link.toString(), "-o", after.toString());
            assertEquals(2, r.code(), "the same file through a link");
        } catch (UnsupportedOperationException | IOException noLinks) {
            // a file system without symbolic links: the cases above still ran
        }
        assertEquals(new String(original), Files.readString(after));
        assertEquals(Files.exists(link) ? 2 : 1, files(dir), "nothing left behind");
    }

    @Test
    void aFailedRunLeavesTheTargetAsItWas(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("report.html"), "the report of yesterday\n");
        Result r = CliTest.run("diff", BEFORE, dir.resolve("missing.txt").toString(), "--format", "html",
                "-o", out.toString());
        assertEquals(2, r.code());
        assertEquals("the report of yesterday\n", Files.readString(out));
        assertEquals(1, files(dir));
    }

    @Test
    void aFolderOrAMissingFolderIsOneLine(@TempDir Path dir) {
        Result folder = CliTest.run("diff", BEFORE, AFTER, "-o", dir.toString());
        assertEquals(2, folder.code());
        assertEquals("routediff: -o " + dir + ": is a folder; name a file\n", folder.err());
        Result missing = CliTest.run("diff", BEFORE, AFTER, "-o", dir.resolve("no/such/x.txt").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("routediff: -o " + dir.resolve("no/such/x.txt") + ": no such folder"),
                missing.err());
    }

    @Test
    void replacingKeepsTheOldFilesPermissions(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("old.txt"), "old\n");
        if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
            return; // no POSIX permissions here; the rest of the class covers the file itself
        }
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));
        assertEquals(0, CliTest.run("parse", AFTER, "-o", out.toString()).code());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertTrue(Files.readString(out).startsWith("inet: 25 routes"));
    }

    @Test
    void aFifoIsWrittenThroughNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo on this system (" + noMkfifo.getMessage() + ")");
            return;
        }
        assertEquals(0, mk.waitFor());
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Result r = CliTest.run("diff", BEFORE, AFTER, "-o", fifo.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(CliTest.run("diff", BEFORE, AFTER).out(), read.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
        assertEquals(0, files(dir), "no temporary file beside it");
    }

    private static long files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
