package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.cli.CliTest.Result;
import dev.routediff.core.testkit.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mistakes a newcomer makes in their first hour (issue 19), each caught in one plain line. */
class NewcomerMistakesTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final String BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
    private static final String AFTER = ROOT.resolve("examples/clientvpn-split-after.txt").toString();

    private static JsonNode json(Result r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> codes(JsonNode n) {
        return n.get("warnings").findValuesAsText("code");
    }

    // ---- warnings

    @Test
    void explainWithTheTablesSwappedSaysSo() throws IOException {
        Result r = CliTest.run("explain", AFTER, BEFORE);
        assertTrue(r.out().contains("warning [inputs-swapped]: the routes through utun3 are only in " + AFTER
                + ", the table given as before: were the two tables given the other way round? (BEFORE comes first)\n"),
                r.out());
        Result j = CliTest.run("explain", AFTER, BEFORE, "--format", "json");
        assertEquals(List.of("inputs-swapped"), codes(json(j)));
        // a warning never changes the exit status: the swapped tables are as unexplained as before
        assertEquals(1, r.code());
        assertEquals(1, j.code());
        assertFalse(CliTest.run("explain", BEFORE, AFTER).out().contains("inputs-swapped"));
    }

    @Test
    void explainOfTheSameTableTwiceAsksWhetherBothWereTakenBeforeConnecting() throws IOException {
        Result r = CliTest.run("explain", BEFORE, BEFORE);
        assertEquals(0, r.code());
        assertTrue(r.out().contains("warning [nothing-changed]: the two tables have the same routes: were both taken"
                + " before connecting?\n"), r.out());
        assertEquals(List.of("nothing-changed"), codes(json(CliTest.run("explain", BEFORE, BEFORE, "--format", "json"))));
    }

    @Test
    void tablesOfTwoSystemsAreNamed(@TempDir Path dir) throws IOException {
        String linux = Files.copy(Corpus.sample("linux/centos-7.7__ip_route.out"), dir.resolve("linux.txt")).toString();
        Result r = CliTest.run("diff", BEFORE, linux);
        assertEquals(1, r.code());
        assertTrue(r.out().endsWith("warning [platforms-differ]: " + BEFORE + " was read as macos-netstat and " + linux
                + " as linux-ip-route: tables of two different systems differ in nearly every route\n"), r.out());
        Result j = CliTest.run("diff", BEFORE, linux, "--format", "json");
        assertEquals(1, j.code());
        assertEquals(List.of("platforms-differ"), codes(json(j)));
        assertEquals(List.of(), codes(json(CliTest.run("diff", BEFORE, AFTER, "--format", "json"))));
        Result lookup = CliTest.run("lookup", AFTER, "10.0.0.1", "--before", linux, "--format", "json");
        assertEquals(List.of("platforms-differ"), codes(json(lookup)));
        assertEquals(0, lookup.code());
    }

    // ---- commands and options

    @Test
    void globalOptionsGoBeforeOrAfterTheCommand() {
        Result before = CliTest.run("--format", "json", "parse", BEFORE);
        assertEquals(0, before.code(), before.err());
        assertEquals(CliTest.run("parse", BEFORE, "--format", "json").out(), before.out());
        assertEquals(CliTest.run("parse", BEFORE, "--parser", "macos-netstat").out(),
                CliTest.run("--parser", "macos-netstat", "parse", BEFORE).out());
        assertEquals(0, CliTest.run("--format=md", "--debug", "plugins").code());
        assertTrue(CliTest.run("--format", "json", "plugins").out().startsWith("{"));
    }

    @Test
    void helpCommandIsTheCommandsHelp() {
        assertEquals(CliTest.run("parse", "--help").out(), CliTest.run("help", "parse").out());
        assertEquals(CliTest.run("--help").out(), CliTest.run("help").out());
        assertTrue(CliTest.run("--help").out().contains("help "), "help is listed among the commands");
        Result typo = CliTest.run("help", "prase");
        assertEquals(2, typo.code());
        assertEquals("routediff: 'prase' is not a command; did you mean 'parse'? (see 'routediff --help')\n", typo.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "prase | routediff: 'prase' is not a command; did you mean 'parse'? (see 'routediff --help')",
        "expalin | routediff: 'expalin' is not a command; did you mean 'explain'? (see 'routediff --help')",
        "frobnicate | routediff: 'frobnicate' is not a command; the commands are demo, parse, diff, lookup, predict,"
                + " explain, check, capture, watch, plugins, completion or help (see 'routediff --help')",
    })
    void unknownCommandsArePlain(String typed, String message) {
        Result r = CliTest.run(typed, BEFORE);
        assertEquals(2, r.code());
        assertEquals(message + "\n", r.err());
    }

    @Test
    void mistypedOptionsGetASuggestion() {
        assertEquals("routediff: Unknown option: '--fromat'; did you mean '--format'? (see 'routediff parse --help')\n",
                CliTest.run("parse", BEFORE, "--fromat", "json").err());
        assertEquals("routediff: Unknown option: '--al'; did you mean '--all'? (see 'routediff diff --help')\n",
                CliTest.run("diff", BEFORE, AFTER, "--al").err());
        assertEquals("routediff: Unknown option: '--fromat'; did you mean '--format'? (see 'routediff --help')\n",
                CliTest.run("--fromat", "json", "parse", BEFORE).err());
    }

    @Test
    void formatChoicesAreLowerCaseAndMdIsMarkdown() {
        assertEquals(CliTest.run("parse", BEFORE, "--format", "markdown").out(),
                CliTest.run("parse", BEFORE, "--format", "md").out());
        assertEquals(CliTest.run("parse", BEFORE, "--format", "markdown").out(),
                CliTest.run("parse", BEFORE, "--format", "MARKDOWN").out());
        Result bad = CliTest.run("parse", BEFORE, "--format", "jsn");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("routediff: Invalid value for option '--format': 'jsn' is not one of table, json,"),
                bad.err());
        assertTrue(bad.err().contains("; did you mean 'json'?"), bad.err());
        assertFalse(bad.err().contains("TABLE"), bad.err());
    }

    @Test
    void watchIntervalsTakeUnits() {
        for (String[] c : new String[][] {{"1s", "1"}, {"500ms", "0.5"}, {"1m", "60"}, {"2", "2"}}) {
            FakeHost host = new FakeHost("Mac OS X").answer(List.of("netstat", "-rn"), example("clientvpn-split-before.txt"));
            Result r = CaptureWatchTest.run(host, "watch", "--count", "2", "--interval", c[0]);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("every " + c[1] + " s;"), r.out());
            assertEquals(Duration.ofMillis((long) (Double.parseDouble(c[1]) * 1000)), host.sleeps().get(0));
        }
        for (String bad : new String[] {"1x", "50ms", "2d", "0"}) {
            Result r = CliTest.run("watch", "--interval", bad);
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("routediff: Invalid value for option '--interval': expected a time "), r.err());
            assertTrue(r.err().contains("from 0.1s to 1 day"), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("BigDecimal"), r.err());
        }
        assertEquals("routediff: Invalid value for option '--count': expected a whole number from 1 up, found 'two'"
                + " (see 'routediff watch --help')\n", CliTest.run("watch", "--count", "two").err());
    }

    private static String example(String name) {
        try {
            return Files.readString(ROOT.resolve("examples").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- rule-set options: selection and values checked where they are read

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--client-cidr 10.243.0.5/22 | --client-cidr: '10.243.0.5/22' has host bits set; did you mean 10.243.0.0/22?",
        "--client-cidr 10.243.0.0 | --client-cidr: '10.243.0.0' has no prefix length; a CIDR block is written with one,"
                + " such as 10.243.0.0/22 (or 10.243.0.0/32 for this one address)",
        "--client-cidr 10.243.0.0/33 | --client-cidr: '10.243.0.0/33' has a bad prefix length; expected 0 to 32",
        "--route 10.9.0.0/8 | --route: '10.9.0.0/8' has host bits set; did you mean 10.0.0.0/8?",
        "--assigned-ip 10.243 | --assigned-ip: expected an IP address such as 10.243.0.7, found '10.243'",
        "--assigned-ip 10.243.0.7/32 | --assigned-ip: expected one address, found the CIDR block '10.243.0.7/32'; did"
                + " you mean 10.243.0.7?",
        "--tunnel-prefix abc | --tunnel-prefix: expected a whole number, found 'abc'",
        "--set tunnel-prefix=abc | --set tunnel-prefix: expected a whole number, found 'abc'",
        "--set split-tunnel=yes | --set split-tunnel: expected true or false, found 'yes'",
        "--set split-tunel=true | --set split-tunel: rule set aws-client-vpn has no setting 'split-tunel'; did you mean"
                + " 'split-tunnel'? (its settings: client-cidr, assigned-ip, split-tunnel, route, endpoint-ip,"
                + " default-gateway, tunnel-prefix, endpoint-json, routes-json, platform)",
    })
    void badSettingsAreOneLineWithACorrectedExample(String option, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("predict", "--split-tunnel"));
        args.addAll(List.of(option.split(" ")));
        Result r = CliTest.run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.out());
        assertEquals("routediff: " + message + " (see 'routediff predict --help')\n", r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("java.") || r.err().matches("(?s).*\\bint\\b.*"),
                r.err());
    }

    @Test
    void anOptionOnlyOneRuleSetDeclaresSelectsIt() {
        String conf = ROOT.resolve("examples/wireguard/split.conf").toString();
        Result implicit = CliTest.run("predict", "--config", conf);
        assertEquals(0, implicit.code(), implicit.err());
        assertEquals(CliTest.run("predict", "--rules", "wireguard", "--config", conf).out(), implicit.out());
        Result refused = CliTest.run("predict", "--rules", "aws-client-vpn", "--config", conf);
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("routediff: --config is not a setting of rule set aws-client-vpn; it belongs"
                + " to wireguard"), refused.err());
    }

    // ---- lookup

    @Test
    void lookupTakesItsArgumentsInEitherOrder() {
        Result right = CliTest.run("lookup", AFTER, "172.16.0.5");
        Result swapped = CliTest.run("lookup", "172.16.0.5", AFTER);
        assertEquals(0, swapped.code(), swapped.err());
        assertEquals(right.out(), swapped.out());
        Result neither = CliTest.run("lookup", "172.16.0.5", "10.0.0.1");
        assertEquals("routediff: '172.16.0.5' is an address, not a table: the table comes first"
                + " (routediff lookup TABLE ADDRESS...)\n", neither.err());
    }

    @Test
    void lookupResolvesHostNamesAndShowsTheAddressUsed() throws IOException {
        Result r = CliTest.run("lookup", AFTER, "localhost");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("localhost (127.0.0.1)") || r.out().contains("localhost (::1)"), r.out());
        JsonNode n = json(CliTest.run("lookup", AFTER, "localhost", "--format", "json")).get("lookups").get(0);
        assertEquals("localhost", n.get("host").asText());
        assertTrue(List.of("127.0.0.1", "::1").contains(n.get("address").asText()), n.toString());
        assertFalse(json(CliTest.run("lookup", AFTER, "10.0.0.1", "--format", "json")).get("lookups").get(0).has("host"));
    }

    // ---- width

    @Test
    void tablesFitColumnsWhenSetAndAreWholeWhenPipedOrWide() {
        Result fitted = CliTest.run(Map.of("COLUMNS", "100"), false, new ByteArrayInputStream(new byte[0]), "plugins");
        assertEquals(0, fitted.code(), fitted.err());
        Result whole = CliTest.run("plugins");
        assertTrue(whole.out().lines().anyMatch(l -> l.length() > 100), "the test needs a wide table:\n" + whole.out());
        fitted.out().lines().forEach(l -> assertTrue(l.length() <= 100, l.length() + ": " + l));
        // nothing is lost: every character of the whole table is there, only moved to a line below
        assertEquals(letters(whole.out()), letters(fitted.out()));
        Result wide = CliTest.run(Map.of("COLUMNS", "100"), false, new ByteArrayInputStream(new byte[0]), "plugins",
                "--wide");
        assertEquals(whole.out(), wide.out());
        // on a terminal without COLUMNS: 80
        Result terminal = CliTest.run(Map.of("NO_COLOR", "1"), true, new ByteArrayInputStream(new byte[0]), "predict",
                "--split-tunnel");
        terminal.out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
        assertTrue(CliTest.run("predict", "--split-tunnel").out().lines().anyMatch(l -> l.length() > 80));
    }

    private static String letters(String text) {
        char[] c = text.replaceAll("\\s+", "").toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    // ---- explain, stdin

    @Test
    void explainNamesEachRuleBesideItsNumber() {
        String out = CliTest.run("explain", BEFORE, AFTER).out();
        assertTrue(out.contains("3 pushed-route"), out);
        assertTrue(out.contains("2 tunnel-subnet"), out);
        assertTrue(out.contains("1 client-host"), out);
    }

    @Test
    void standardInputOnATerminalSaysItIsWaiting() {
        byte[] table = example("clientvpn-split-before.txt").getBytes(StandardCharsets.UTF_8);
        Result terminal = CliTest.run(Map.of("NO_COLOR", "1"), true, new ByteArrayInputStream(table), "parse", "-");
        assertEquals(0, terminal.code());
        assertTrue(terminal.err().startsWith("routediff: reading the table from standard input; paste it, then press"),
                terminal.err());
        Result piped = CliTest.run(Map.of(), false, new ByteArrayInputStream(table), "parse", "-");
        assertEquals("", piped.err());
        assertEquals(terminal.out(), piped.out());
        Result quiet = CliTest.run(Map.of(), true, new ByteArrayInputStream(table), "parse", "-", "--quiet");
        assertEquals("", quiet.err());
    }
}
