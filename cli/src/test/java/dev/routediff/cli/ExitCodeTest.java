package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exit-code contract of docs/cli.md, command by command: 0 ok or nothing to report, 1 a difference (diff) or
 * something unexplained (explain), 2 trouble with exactly one line on stderr and no stack trace, which only
 * {@code --debug} adds.
 */
class ExitCodeTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final String BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
    private static final String AFTER = ROOT.resolve("examples/clientvpn-split-after.txt").toString();
    private static final String MISSING = ROOT.resolve("no/such/file.txt").toString();
    private static final String JUNK = ROOT.resolve("README.md").toString();

    static Stream<Arguments> contract() {
        return Stream.of(
                row(0, "--help"),
                row(0, "-h"),
                row(0, "--version"),
                row(0, "-V"),
                row(2), // no command
                row(2, "--frobnicate"),
                row(2, "frobnicate"),
                row(0, "parse", BEFORE),
                row(0, "parse", "--help"),
                row(2, "parse"),
                row(2, "parse", BEFORE, "--frobnicate"),
                row(2, "parse", MISSING),
                row(2, "parse", JUNK),
                row(2, "parse", BEFORE, "--parser", "no-such-parser"),
                row(0, "diff", BEFORE, BEFORE),
                row(1, "diff", BEFORE, AFTER),
                row(0, "diff", "--help"),
                row(2, "diff", BEFORE),
                row(2, "diff", BEFORE, AFTER, "--format", "yaml"),
                row(2, "diff", BEFORE, MISSING),
                row(2, "diff", JUNK, AFTER),
                row(0, "predict", "--client-cidr", "10.243.0.0/22", "--split-tunnel", "--route", "10.63.0.0/16"),
                row(0, "predict", "--help"),
                row(2, "predict", "--client-cidr", "300.1.2.0/22"),
                row(2, "predict", "--endpoint-json", MISSING),
                row(2, "predict", "--rules", "anyconnect"),
                row(2, "predict", "--frobnicate"),
                row(0, "explain", BEFORE, AFTER),
                row(1, "explain", BEFORE, AFTER, "--split-tunnel", "--client-cidr", "10.243.0.0/22", "--route",
                        "10.63.0.0/16", "--route", "10.99.0.0/16"),
                row(0, "explain", "--help"),
                row(2, "explain", BEFORE),
                row(2, "explain", BEFORE, MISSING),
                row(2, "explain", BEFORE, JUNK),
                row(0, "plugins"),
                row(0, "plugins", "--format", "json"),
                row(0, "plugins", "--help"),
                row(2, "plugins", "extra"),
                row(0, "demo"),
                row(0, "demo", "--help"),
                row(2, "demo", "extra"));
    }

    private static Arguments row(int code, String... args) {
        return Arguments.of(code, args);
    }

    @ParameterizedTest(name = "{index}: exit {0} for {1}")
    @MethodSource("contract")
    void exitCodeAndStderr(int expected, String[] args) {
        Result r = run(args);
        assertEquals(expected, r.code(), "stderr: " + r.err());
        if (expected == 2) {
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertFalse(r.err().isBlank());
        } else {
            assertEquals("", r.err());
            assertFalse(r.out().isEmpty());
        }
    }

    /** A trouble found while running (not while reading options) shows its stack trace with --debug, and only then. */
    @ParameterizedTest(name = "{index}: --debug for {0}")
    @MethodSource("runtimeTrouble")
    void debugAddsTheStackTrace(String[] args) {
        Result quiet = run(args);
        List<String> withDebug = new ArrayList<>(Arrays.asList(args));
        withDebug.add("--debug");
        Result debug = run(withDebug.toArray(String[]::new));
        assertEquals(2, quiet.code());
        assertEquals(2, debug.code());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        assertTrue(debug.err().startsWith(quiet.err()), debug.err());
        assertTrue(debug.err().contains("\tat dev.routediff."), debug.err());
    }

    static Stream<Arguments> runtimeTrouble() {
        return Stream.of(
                new String[] {"parse", MISSING},
                new String[] {"parse", JUNK},
                new String[] {"diff", BEFORE, MISSING},
                new String[] {"predict", "--endpoint-json", MISSING},
                new String[] {"explain", BEFORE, JUNK}).map(a -> Arguments.of((Object) a));
    }

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        return new Result(code, out.toString(), err.toString());
    }
}
