package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot seek read like files: a FIFO (mkfifo) and bash's process substitution
 * ({@code routediff parse <(cat t.txt)}, {@code diff <(…) <(…)}), which Java 17's file channel refused with
 * "Illegal seek". Needs mkfifo and bash, as every Linux and macOS machine has; the test fails, not skips, without.
 */
class PipeInputTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt");
    private static final Path AFTER = ROOT.resolve("examples/clientvpn-split-after.txt");

    @TempDir
    Path tmp;

    @Test
    void readsAFifo() throws Exception {
        Path fifo = tmp.resolve("table.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo failed");
        // the writer blocks until the reader opens the FIFO, as a shell pipeline would
        Process writer = new ProcessBuilder("bash", "-c", "cat \"$1\" > \"$2\"", "bash", BEFORE.toString(),
                fifo.toString()).start();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"parse", fifo.toString(), "--format", "json"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), Map.of(), false);
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not finish");
        assertEquals("", err.toString());
        assertEquals(0, code);
        assertEquals(expectedJson(fifo.toString()), out.toString());
    }

    @Test
    void readsProcessSubstitution() throws Exception {
        Result parse = bash("\"$JAVA\" -cp \"$CP\" dev.routediff.cli.Main parse <(cat \"$BEFORE\") --format json");
        assertEquals("", parse.err());
        assertEquals(0, parse.code());
        assertTrue(parse.out().contains("\"source\": \"/dev/fd/"), parse.out());
        assertEquals(expectedJson("X"), parse.out().replaceAll("/dev/fd/\\d+", "X"));

        Result diff = bash("\"$JAVA\" -cp \"$CP\" dev.routediff.cli.Main diff <(cat \"$BEFORE\") <(cat \"$AFTER\")");
        assertEquals("", diff.err());
        assertEquals(1, diff.code(), "differences found");
        assertTrue(diff.out().contains("added   10.63.0.0/16"), diff.out());
    }

    private static String expectedJson(String source) {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"parse", BEFORE.toString(), "--format", "json"}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(new StringWriter()), Map.of(), false);
        return out.toString().replace(BEFORE.toString(), source);
    }

    record Result(int code, String out, String err) {
    }

    private Result bash(String script) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script);
        pb.environment().putAll(Map.of("JAVA", java, "CP", System.getProperty("java.class.path"),
                "BEFORE", BEFORE.toString(), "AFTER", AFTER.toString()));
        pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "routediff in bash did not finish");
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8));
    }

}
