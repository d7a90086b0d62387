package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.cli.capture.CommandRunner;
import dev.routediff.cli.capture.ProcessCommandRunner;
import dev.routediff.core.testkit.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaptureWatchTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path RECORDED = Path.of("src/test/resources/capture");
    private static final List<String> NETSTAT = List.of("netstat", "-rn");
    private static final List<String> RULE4 = List.of("ip", "rule", "show");
    private static final List<String> RULE6 = List.of("ip", "-6", "rule", "show");
    private static final List<String> ALL = List.of("ip", "route", "show", "table", "all");
    private static final List<String> ROUTE_PRINT = List.of("route", "print");

    static CliTest.Result run(FakeHost host, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false, host);
        return new CliTest.Result(code, out.toString(), err.toString());
    }

    static String example(String name) throws IOException {
        return Files.readString(ROOT.resolve("examples").resolve(name));
    }

    static String recorded(String name) throws IOException {
        return Files.readString(RECORDED.resolve(name));
    }

    static FakeHost mac(String... tables) {
        return new FakeHost("Mac OS X").answer(NETSTAT, tables);
    }

    static FakeHost linux() throws IOException {
        return new FakeHost("Linux").answer(RULE4, recorded("ip-rule-show.txt"))
                .answer(RULE6, recorded("ip-6-rule-show.txt")).answer(ALL, recorded("ip-route-show-table-all.txt"));
    }

    // --- capture ---

    /** The real thing: on a Linux machine with ip, --raw prints exactly what the three ip commands print. */
    @Test
    void captureRawOnThisMachinePrintsWhatIpPrints() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "needs Linux");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip"))
                || Files.isExecutable(Path.of("/usr/bin/ip")) || Files.isExecutable(Path.of("/bin/ip")), "needs ip");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"capture", "--raw"}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err), Map.of(), false);
        assertEquals("", err.toString());
        assertEquals(0, code);
        ProcessCommandRunner runner = new ProcessCommandRunner(System.getenv("PATH"), "Linux");
        String expected = new String(runner.run(RULE4).stdout(), StandardCharsets.UTF_8)
                + new String(runner.run(RULE6).stdout(), StandardCharsets.UTF_8)
                + new String(runner.run(ALL).stdout(), StandardCharsets.UTF_8);
        // read twice, so a table changing in between (a network coming up) would fail this; build machines are still
        assertEquals(expected, out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("default ") || l.contains(" dev ")), out.toString());
    }

    @Test
    void captureOnAMacParsesNetstatLikeParseDoes() throws IOException {
        FakeHost host = mac(example("clientvpn-split-before.txt"));
        CliTest.Result captured = run(host, "capture");
        assertEquals("", captured.err());
        assertEquals(0, captured.code());
        CliTest.Result parsed = CliTest.run("parse", ROOT.resolve("examples/clientvpn-split-before.txt").toString());
        assertEquals(parsed.out(), captured.out());
        assertTrue(captured.out().startsWith("inet: 13 routes\n"), captured.out());
        assertEquals(List.of(NETSTAT), host.ran());
        CliTest.Result md = run(mac(example("clientvpn-split-before.txt")), "capture", "--format", "markdown");
        assertTrue(md.out().startsWith("**inet: 13 routes**\n\n| Destination |"), md.out());
        CliTest.Result raw = run(mac(example("clientvpn-split-before.txt")), "capture", "--raw");
        assertEquals(example("clientvpn-split-before.txt"), raw.out());
    }

    /** Its own copy of the corpus: CliTest's folder exists only while CliTest runs. */
    @TempDir
    static Path corpus;

    static Stream<Path> macosFixtures() throws IOException {
        return CliTest.macosFixtures(corpus);
    }

    /** Every real macOS capture: the JSON of capture is the JSON of parse, with the command as its source. */
    @ParameterizedTest
    @MethodSource("macosFixtures")
    void captureJsonIsParseJsonWithTheCommandAsSource(Path fixture) throws IOException {
        CliTest.Result captured = run(mac(Files.readString(fixture)), "capture", "--format", "json");
        assertEquals(0, captured.code(), captured.err());
        CliTest.Result parsed = CliTest.run("parse", fixture.toString(), "--parser", "macos-netstat", "--format", "json");
        ObjectMapper m = new ObjectMapper();
        ObjectNode c = (ObjectNode) m.readTree(captured.out());
        ObjectNode p = (ObjectNode) m.readTree(parsed.out());
        assertEquals("netstat -rn", c.get("source").asText());
        assertEquals("macos-netstat", c.get("parser").asText());
        c.remove("source");
        p.remove("source");
        assertEquals(p, c);
    }

    @Test
    void captureOnLinuxReadsRulesAndEveryTableWithTheLinuxParser() throws IOException {
        CliTest.Result raw = run(linux(), "capture", "--raw");
        assertEquals(0, raw.code(), raw.err());
        assertEquals(recorded("ip-rule-show.txt") + recorded("ip-6-rule-show.txt")
                + recorded("ip-route-show-table-all.txt"), raw.out());

        // The bundled linux-ip-route parser (on this module's class path as a provided dependency) reads each output.
        CliTest.Result parsed = run(linux(), "capture", "--format", "json");
        assertEquals(0, parsed.code(), parsed.err());
        JsonNode n = new ObjectMapper().readTree(parsed.out());
        assertEquals("linux-ip-route", n.get("parser").asText());
        assertEquals("0.0.0.0/0", n.get("routes").get(0).get("destination").asText());
        assertEquals("192.0.2.1", n.get("routes").get(0).get("gateway").asText());
        assertEquals("192.0.2.0/24", n.get("routes").get(1).get("destination").asText());
        assertEquals("local", n.get("routes").get(2).get("attributes").get("table").asText());
        // ip rule and ip -6 rule print local and main alike: kept once
        assertEquals("[0, 32766, 32767]", n.get("rules").findValuesAsText("priority").toString());
    }

    /** Line numbers count through the whole raw text, so they point into a file saved with --raw. */
    @Test
    void linesOfTheSecondCommandCountOnFromTheFirst() throws IOException {
        String inet = "Routing tables\n\nInternet:\nDestination        Gateway            Flags           Netif Expire\n"
                + "default            192.168.0.1        UGScg             en0       \n";
        String inet6 = "Routing tables\n\nInternet6:\nDestination                             Gateway                         Flags           Netif Expire\n"
                + "default                                 fe80::1%en0                     UGcg              en0       \n";
        FakeHost host = new FakeHost("Linux").answer(RULE4, "").answer(RULE6, inet).answer(ALL, inet6);
        CliTest.Result r = run(host, "capture", "--parser", "macos-netstat", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode routes = new ObjectMapper().readTree(r.out()).get("routes");
        assertEquals(2, routes.size());
        assertEquals(5, routes.get(0).get("line").asInt());
        assertEquals("::/0", routes.get(1).get("destination").asText());
        assertEquals(10, routes.get(1).get("line").asInt());
        assertEquals("ip rule show; ip -6 rule show; ip route show table all",
                new ObjectMapper().readTree(r.out()).get("source").asText());
    }

    @Test
    void aLinuxWithoutIpv6OrWithoutRoutesIsNoTrouble() throws IOException {
        FakeHost noIpv6 = new FakeHost("Linux").answer(RULE4, recorded("ip-rule-show.txt"))
                .answer(RULE6, () -> new CommandRunner.Output(2, new byte[0],
                        "RTNETLINK answers: Address family not supported by protocol\n"))
                .answer(ALL, recorded("ip-route-show-table-all.txt"));
        CliTest.Result raw = run(noIpv6, "capture", "--raw");
        assertEquals(0, raw.code(), raw.err());
        assertEquals(recorded("ip-rule-show.txt") + recorded("ip-route-show-table-all.txt"), raw.out());

        CliTest.Result empty = run(new FakeHost("Linux").answer(RULE4, "").answer(RULE6, "").answer(ALL, ""),
                "capture");
        assertEquals(0, empty.code(), empty.err());
        assertEquals("no routes\n", empty.out());
    }

    @Test
    void captureOnWindowsRunsRoutePrint() throws IOException {
        String table = Files.readString(Corpus.sample("windows/windows-10__route.out"));
        FakeHost host = new FakeHost("Windows 10").answer(ROUTE_PRINT, table);
        CliTest.Result raw = run(host, "capture", "--raw");
        assertEquals(0, raw.code(), raw.err());
        assertEquals(table, raw.out());
        assertEquals(List.of(ROUTE_PRINT), host.ran());
    }

    @Test
    void anUnknownSystemIsOneLineNamingWhatIsKnown() {
        FakeHost host = new FakeHost("SunOS");
        String expected = "routediff: cannot read this machine's route table: no command known for the operating"
                + " system 'SunOS'; known: macOS (netstat -rn), Linux (ip rule show; ip -6 rule show; ip route show table all), Windows (route print);"
                + " save the table by hand and use 'routediff parse FILE'\n";
        for (CliTest.Result r : List.of(run(host, "capture"), run(host, "capture", "--raw"), run(host, "watch", "--count", "1"))) {
            assertEquals(2, r.code());
            assertEquals("", r.out());
            assertEquals(expected, r.err());
        }
        assertTrue(host.ran().isEmpty());
    }

    @Test
    void aMissingCommandIsOneLineNamingTheCommand() {
        FakeHost host = new FakeHost("Linux").answer(RULE4, () -> {
            throw new CommandRunner.CommandNotFoundException("ip not found (looked in PATH, /usr/sbin and /sbin)");
        });
        CliTest.Result r = run(host, "capture");
        assertEquals(2, r.code());
        assertEquals("routediff: cannot read this machine's route table (Linux): 'ip rule show' did not"
                + " run: ip not found (looked in PATH, /usr/sbin and /sbin)\n", r.err());
        CliTest.Result debug = run(host, "capture", "--debug");
        assertTrue(debug.err().contains("\tat dev.routediff."), debug.err());
    }

    @Test
    void theRealRunnerReportsAMissingProgramAsNotFound() {
        ProcessCommandRunner runner = new ProcessCommandRunner("", "Linux");
        CommandRunner.CommandNotFoundException e = assertThrows(CommandRunner.CommandNotFoundException.class,
                () -> runner.run(List.of("routediff-no-such-command", "-rn")));
        assertEquals("routediff-no-such-command not found (looked in PATH, /usr/sbin and /sbin)", e.getMessage());
    }

    @Test
    void aFailingCommandIsOneLineWithItsStatusAndFirstErrorLine() {
        FakeHost host = new FakeHost("Mac OS X").answer(NETSTAT, () -> new CommandRunner.Output(1, new byte[0],
                "\nnetstat: sysctl: net.route.0.0.dump: Operation not permitted\nmore\n"));
        CliTest.Result r = run(host, "capture");
        assertEquals(2, r.code());
        assertEquals("routediff: cannot read this machine's route table (macOS): 'netstat -rn' failed with exit status"
                + " 1: netstat: sysctl: net.route.0.0.dump: Operation not permitted\n", r.err());
        CliTest.Result silent = run(new FakeHost("Mac OS X").answer(NETSTAT,
                () -> new CommandRunner.Output(1, new byte[0], "")), "capture", "--raw");
        assertEquals(2, silent.code());
        assertTrue(silent.err().endsWith("failed with exit status 1: it printed no message\n"), silent.err());
    }

    @Test
    void garbageFromTheCommandIsTheUsualParseErrorNamingTheCommand() {
        CliTest.Result r = run(mac("Routing tables\n\nInternet:\nDestination Gateway Flags Netif Expire\n"
                + "bogus 1.2.3.4 UGSc en0\n"), "capture");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("netstat -rn:5: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    // --- watch ---

    @Test
    void watchPrintsOneBlockForOneChange() throws IOException {
        FakeHost host = mac(example("clientvpn-split-before.txt"), example("clientvpn-split-after.txt"),
                example("clientvpn-split-after.txt"));
        CliTest.Result r = run(host, "watch", "--count", "3");
        assertEquals("", r.err());
        assertEquals(0, r.code());
        String diff = CliTest.run("diff", ROOT.resolve("examples/clientvpn-split-before.txt").toString(),
                ROOT.resolve("examples/clientvpn-split-after.txt").toString()).out();
        String table = diff.substring(0, diff.indexOf("\n\n") + 2);
        assertEquals("2026-01-05T09:00:00Z  watching 13 routes (netstat -rn) every 2 s; Ctrl-C ends\n"
                + "2026-01-05T09:00:02Z  11 added, 0 removed, 0 changed (3 neighbour-cache or expiry differences"
                + " ignored; --all shows them)\n"
                + table
                + "2026-01-05T09:00:04Z  stopped after 3 readings, 1 with changes\n", r.out());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), host.sleeps());
        assertEquals(3, host.ran().size());
        assertTrue(host.interruptHandlingUndone());
    }

    @Test
    void watchJsonIsOneObjectPerChange() throws IOException {
        FakeHost host = mac(example("clientvpn-split-before.txt"), example("clientvpn-split-after.txt"),
                example("clientvpn-split-after.txt"), example("clientvpn-split-before.txt"));
        CliTest.Result r = run(host, "watch", "--count", "4", "--interval", "0.5", "--format", "json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        ObjectMapper m = new ObjectMapper();
        JsonNode connect = m.readTree(lines.get(0));
        assertEquals("2026-01-05T09:00:00Z", connect.get("time").asText()); // read at 09:00:00.5, shown to the second
        assertEquals(11, connect.get("added").size());
        assertEquals(3, connect.get("ignored").asInt());
        JsonNode disconnect = m.readTree(lines.get(1));
        assertEquals(11, disconnect.get("removed").size());
        assertEquals("2026-01-05T09:00:01Z", disconnect.get("time").asText());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500)), host.sleeps());
    }

    @Test
    void watchAllShowsTheNoiseToo() throws IOException {
        CliTest.Result r = run(mac(example("clientvpn-split-before.txt"), example("clientvpn-split-after.txt")), "watch",
                "--count", "2", "--all", "--format", "markdown");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("**2026-01-05T09:00:02Z  12 added, 0 removed, 2 changed**\n\n| Change |"), r.out());
    }

    @Test
    void ctrlCEndsTheWatchCleanly() throws IOException {
        FakeHost host = mac(example("clientvpn-split-before.txt")).interruptAtSleep(3);
        CliTest.Result r = run(host, "watch");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().endsWith("2026-01-05T09:00:04Z  stopped after 3 readings, no changes\n"), r.out());
        assertTrue(host.interruptHandlingUndone());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt must not leak out of watch");
    }

    @Test
    void aReadingThatFailsMidWatchEndsItWithOneLine() throws IOException {
        FakeHost host = new FakeHost("Mac OS X").answer(NETSTAT, () -> FakeHost.ok(example("clientvpn-split-before.txt")),
                () -> new CommandRunner.Output(1, new byte[0], "netstat: out of memory\n"));
        CliTest.Result r = run(host, "watch", "--count", "5");
        assertEquals(2, r.code());
        assertEquals("routediff: cannot read this machine's route table (macOS): 'netstat -rn' failed with exit status"
                + " 1: netstat: out of memory\n", r.err());
        assertTrue(r.out().startsWith("2026-01-05T09:00:00Z  watching 13 routes"), r.out());
        assertTrue(host.interruptHandlingUndone());
    }

    @Test
    void badIntervalOrCountIsOneLine() {
        for (String[] args : List.of(new String[] {"watch", "--interval", "0"}, new String[] {"watch", "--interval", "-1"},
                new String[] {"watch", "--interval", "soon"}, new String[] {"watch", "--count", "0"})) {
            CliTest.Result r = run(mac("unused"), args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("routediff: "), r.err());
        }
    }

    @Test
    void theCommandListNamesCaptureAndWatch() {
        CliTest.Result r = run(new FakeHost("Linux"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("capture, watch"), r.err());
    }
}
