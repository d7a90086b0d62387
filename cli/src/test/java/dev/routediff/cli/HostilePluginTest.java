package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.spi.RouteTableParser;
import dev.routediff.core.testkit.PluginJars;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adversarial cases of issue 18 that are about trust: a plugin that ends the JVM, prints to System.out, claims
 * every input, never returns from detect or overflows its stack; a FIFO named like a jar; out of memory; output that
 * cannot be written. Each gives its one line and exit 2, or (a slow detector, a greedy parser) is skipped or named,
 * and the command still completes. The plugins are real jars compiled here; the runs are real JVMs started with
 * Main's own entry point, because System.exit, System.out and the shutdown hook are what is tested.
 */
class HostilePluginTest {

    private static final String BEFORE = HtmlReportTest.BEFORE;
    private static final String AFTER = HtmlReportTest.AFTER;

    @TempDir
    Path work;

    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** A folder holding one parser plugin with id {@code id}, whose detect and parse bodies are given as Java. */
    private Path plugin(String id, String detect, String parse) throws IOException {
        Path dir = Files.createDirectories(work.resolve(id));
        String cls = "hostile." + id.replace("-", "_");
        String source = """
                package hostile;

                import dev.routediff.core.model.RouteTable;
                import dev.routediff.core.spi.ParserInfo;
                import dev.routediff.core.spi.RouteTableParser;
                import java.io.Reader;
                import java.util.List;

                public class %s implements RouteTableParser {
                    @Override
                    public ParserInfo info() {
                        return new ParserInfo("%s", "a hostile test plugin", List.of("test"), List.of("cat"));
                    }

                    @Override
                    public int detect(String sample) {
                        %s
                    }

                    @Override
                    public RouteTable parse(Reader input, String source) throws java.io.IOException {
                        %s
                    }

                    static int deeper(int n) {
                        return deeper(n + 1) + 1;
                    }
                }
                """.formatted(cls.substring("hostile.".length()), id, detect, parse);
        Path build = Files.createDirectories(work.resolve("build-" + id));
        Path jar = PluginJars.build(build.resolve(id + ".jar"), cls, source,
                PluginJars.services(RouteTableParser.class, cls), "1.0");
        Files.copy(jar, dir.resolve(id + ".jar"));
        return dir;
    }

    private static final String EMPTY_TABLE = "return new RouteTable(source, \"x\", List.of());";

    /** Runs {@code java [jvm] dev.routediff.cli.Main args} with this test's class path; stdout to a file or given. */
    private Result java(List<String> jvm, File stdout, String... args) throws Exception {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        argv.addAll(jvm);
        argv.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        argv.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(argv).redirectError(err.toFile())
                .redirectOutput(stdout != null ? stdout : out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("routediff did not finish in 60 s: " + String.join(" ", args) + "\nstderr: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Result java(String... args) throws Exception {
        return java(List.of(), null, args);
    }

    @Test
    void aPluginThatCallsSystemExitInDetectIsNamedAndTheRunEndsWith2() throws Exception {
        Path dir = plugin("exit-parser", "System.exit(0); return 0;", EMPTY_TABLE);
        Result r = java("diff", BEFORE, AFTER, "--plugin-path", dir.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("routediff: plugin 'exit-parser' (hostile.exit_parser.detect, from "
                + dir.resolve("exit-parser.jar").toAbsolutePath().normalize() + ") ended the program (System.exit) "
                + "before the command finished; its result cannot be trusted"), r.errLines());
    }

    @Test
    void aPluginThatCallsSystemExitInParseIsNamedToo() throws Exception {
        Path dir = plugin("exit-in-parse", "return 0;", "System.exit(1); return null;");
        Result r = java("diff", BEFORE, BEFORE, "--plugin-path", dir.toString(), "--parser", "exit-in-parse");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("routediff: plugin 'exit-in-parse' (hostile.exit_in_parse.parse, from "), r.err());
    }

    @Test
    void whatAPluginPrintsToSystemOutGoesToStderrNotIntoTheJson() throws Exception {
        Path dir = plugin("chatty", "System.out.println(\"chatty was here\"); return 0;", EMPTY_TABLE);
        Result r = java("parse", BEFORE, "--format", "json", "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("macos-netstat", new ObjectMapper().readTree(r.out()).get("parser").asText(), r.out());
        assertEquals(List.of("chatty was here"), r.errLines());
    }

    @Test
    void aPluginThreadThatDiesSaysOneLineNotAStackTrace() throws Exception {
        String thread = "Thread t = new Thread(() -> { throw new IllegalStateException(\"lost its socket\"); },"
                + " \"plugin-poller\"); t.start(); try { t.join(); } catch (InterruptedException e) { } return 0;";
        Path dir = plugin("thready", thread, EMPTY_TABLE);
        Result r = java("parse", BEFORE, "--format", "json", "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("macos-netstat", new ObjectMapper().readTree(r.out()).get("parser").asText(), r.out());
        assertEquals(List.of("routediff: thread 'plugin-poller' (not routediff's) failed: java.lang.IllegalStateException:"
                + " lost its socket (run with --debug for details)"), r.errLines());
        Result debug = java("parse", BEFORE, "--format", "json", "--plugin-path", dir.toString(), "--debug");
        assertTrue(debug.err().contains("hostile.thready.lambda$detect"), debug.err());
    }

    @Test
    void aPluginThatOutscoresABuiltInIsNamedWithTheJarAndTheWayToChoose() throws Exception {
        Path dir = plugin("greedy", "return 100;", EMPTY_TABLE);
        Result r = java("parse", BEFORE, "--plugin-path", dir.toString());
        assertEquals(List.of("routediff: notice: " + BEFORE + " was read by parser 'greedy' (from "
                + dir.resolve("greedy.jar").toAbsolutePath().normalize() + "), which outscored the built-in parser "
                + "'macos-netstat'; choose one with --parser macos-netstat"), r.errLines());
        Result chosen = java("parse", BEFORE, "--plugin-path", dir.toString(), "--parser", "macos-netstat");
        assertEquals(0, chosen.code(), chosen.err());
        assertEquals("", chosen.err());
        assertTrue(chosen.out().startsWith("inet: "), chosen.out());
    }

    @Test
    void aDetectorThatNeverReturnsIsSkippedAndTheCommandCompletes() throws Exception {
        Path dir = plugin("looping", "while (true) { Thread.onSpinWait(); }", EMPTY_TABLE);
        Result r = java("diff", BEFORE, AFTER, "--plugin-path", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("10.243.0.0/27"), r.out());
        String skipped = "routediff: notice: parser 'looping' (from " + dir.resolve("looping.jar").toAbsolutePath()
                .normalize() + ") took over 2 s to look at ";
        assertEquals(List.of(skipped + BEFORE + " and was skipped; detect must be quick (see docs/plugins.md)",
                skipped + AFTER + " and was skipped; detect must be quick (see docs/plugins.md)"), r.errLines());
    }

    @Test
    void aStackOverflowInAPluginNamesThePluginAndDiffExits2() throws Exception {
        Path dir = plugin("recursive", "return 0;", "deeper(0); return null;");
        Result r = java("diff", BEFORE, AFTER, "--plugin-path", dir.toString(), "--parser", "recursive");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("routediff: plugin 'recursive' (hostile.recursive.deeper, from "
                + dir.resolve("recursive.jar").toAbsolutePath().normalize() + ") failed: stack overflow (endless "
                + "recursion) (run with --debug for details)"), r.errLines());
    }

    @Test
    void aFifoNamedLikeAJarIsSkippedNotOpened() throws Exception {
        Path dir = Files.createDirectories(work.resolve("fifo"));
        Path fifo = dir.resolve("x.jar");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            Assumptions.abort("no mkfifo on this system (" + noMkfifo.getMessage() + ")");
            return;
        }
        assertEquals(0, mk.waitFor());
        Result r = java("parse", BEFORE, "--plugin-path", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("routediff: warning: a plugin jar was skipped: " + fifo.toAbsolutePath().normalize()
                + ": not a regular file"), r.errLines());
        assertTrue(r.out().startsWith("inet: "), r.out());
    }

    @Test
    void outputThatCannotBeWrittenIsExit2WithTheReason() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "this system has no /dev/full (Linux and FreeBSD do)");
        Result parse = java(List.of(), full, "parse", BEFORE);
        assertEquals(2, parse.code(), parse.err());
        assertEquals(List.of("routediff: cannot write output: No space left on device"), parse.errLines());
        Result diff = java(List.of(), full, "diff", BEFORE, AFTER);
        assertEquals(2, diff.code(), "differences found, but not written: " + diff.err());
        assertEquals(List.of("routediff: cannot write output: No space left on device"), diff.errLines());
    }

    @Test
    void outOfMemoryNamesTheInputAndTheHeapVariableAndDiffExits2() throws Exception {
        // a Linux table far larger than a 16 MiB heap holds
        Path big = work.resolve("big-ip-route.txt");
        try (Writer w = Files.newBufferedWriter(big)) {
            w.write("default via 192.168.1.1 dev eth0 proto dhcp metric 100\n");
            for (int i = 0; i < 400_000; i++) {
                w.write("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)
                        + " via 192.168.1.1 dev eth0 proto static metric 100\n");
            }
        }
        Result r = java(List.of("-Xmx16m", "-XX:+UseSerialGC"), null, "diff", big.toString(), big.toString());
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).matches("routediff: out of memory reading \\Q" + big + "\\E \\(Java's heap is at most 1\\d "
                + "MiB\\); .*"), r.err());
        assertTrue(r.err().contains("give Java more heap with the environment variable ROUTEDIFF_JAVA_OPTS, e.g. "
                + "ROUTEDIFF_JAVA_OPTS=-Xmx4g"), r.err());
    }

    @Test
    void aLongPluginParseIsNamedAndCtrlCThenEndsTheRunCleanly() throws Exception {
        Path dir = plugin("sleepy", "return 0;", "while (true) { try { Thread.sleep(60_000); } "
                + "catch (InterruptedException e) { } }");
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "parse", BEFORE, "--parser", "sleepy", "--plugin-path", dir.toString()));
        Path out = work.resolve("sleepy.out");
        Path err = work.resolve("sleepy.err");
        Process p = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            String named = "routediff: notice: parser 'sleepy' (from " + dir.resolve("sleepy.jar").toAbsolutePath()
                    .normalize() + ") has been reading " + BEFORE + " for 5 s; Ctrl-C stops it";
            // the notice comes after five seconds of parsing; this waits for it, up to a minute on a busy machine
            for (int i = 0; i < 600 && !Files.readString(err).contains("\n"); i++) {
                Thread.sleep(100);
            }
            assertEquals(List.of(named), Files.readString(err).lines().toList(), "printed although stderr is a file");
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "Ctrl-C ended the run");
            assertEquals(130, p.exitValue(), "the shell's status for Ctrl-C, not 2: the user ended it");
            assertEquals(List.of(named), Files.readString(err).lines().toList(), "nothing blamed on the plugin");
            assertEquals("", Files.readString(out));
        } finally {
            p.destroyForcibly();
        }
    }
}
