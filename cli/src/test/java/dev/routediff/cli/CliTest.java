package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.core.input.RouteTableReader;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.testkit.GoldenJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final String BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
    private static final String AFTER = ROOT.resolve("examples/clientvpn-split-after.txt").toString();

    record Result(int code, String out, String err) {
    }

    static Result run(Map<String, String> env, boolean terminal, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, stdin, new PrintWriter(out), new PrintWriter(err), env, terminal);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), false, new ByteArrayInputStream(new byte[0]), args);
    }

    @Test
    void diffExitsLikeDiffOne() {
        assertEquals(0, run("diff", BEFORE, BEFORE).code());
        Result r = run("diff", BEFORE, AFTER);
        assertEquals(1, r.code());
        assertTrue(r.out().contains("11 added, 0 removed, 0 changed (3 neighbour-cache or expiry differences ignored"), r.out());
        assertEquals("", r.err());
        Result missing = run("diff", BEFORE, "/no/such/file");
        assertEquals(2, missing.code());
        assertEquals("/no/such/file: no such file\n", missing.err());
    }

    @Test
    void allShowsTheNoise() {
        Result r = run("diff", BEFORE, AFTER, "--all");
        assertTrue(r.out().contains("12 added, 0 removed, 2 changed\n"), r.out());
        assertTrue(r.out().contains("1174 -> 1145"), r.out());
    }

    @Test
    void standardInputIsReadAndNamed() {
        Result r = run(Map.of(), false, new ByteArrayInputStream((
                "Routing tables\n\nInternet:\nDestination        Gateway            Flags           Netif Expire\n"
                        + "default            192.168.0.1        UGScg             en0       \n"
                        + "bogus              1.2.3.4            UGSc              en0       \n")
                        .getBytes(StandardCharsets.UTF_8)), "parse", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("stdin:6: "), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void troubleIsOneLineWithoutAStackTraceUnlessDebugging(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("table.bin");
        Files.write(binary, new byte[] {'R', 0, 1, 2});
        Result quiet = run("parse", binary.toString());
        assertEquals(2, quiet.code());
        assertEquals(binary + ":1: binary data (a NUL byte), expected the text of a route table\n", quiet.err());
        Result debug = run("parse", binary.toString(), "--debug");
        assertEquals(2, debug.code());
        assertTrue(debug.err().contains("\tat dev.routediff."), debug.err());
        Result usage = run("diff", "--format", "yaml", BEFORE, AFTER);
        assertEquals(2, usage.code());
        assertEquals(1, usage.err().lines().count(), usage.err());
        assertTrue(usage.err().startsWith("routediff: "), usage.err());
        Result noCommand = run();
        assertEquals(2, noCommand.code());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        Map<String, String> env = new HashMap<>();
        InputStream none = new ByteArrayInputStream(new byte[0]);
        assertTrue(run(env, true, none, "diff", BEFORE, AFTER).out().contains("\u001b[32m"));
        assertFalse(run(env, false, none, "diff", BEFORE, AFTER).out().contains("\u001b["));
        assertFalse(run(env, true, none, "diff", BEFORE, AFTER, "--format", "markdown").out().contains("\u001b["));
        env.put("NO_COLOR", "");
        assertFalse(run(env, true, none, "diff", BEFORE, AFTER).out().contains("\u001b["));
    }

    @Test
    void markdownIsAPipeTable() {
        String out = run("diff", BEFORE, AFTER, "--format", "markdown").out();
        assertTrue(out.startsWith("| Change | Destination | Gateway | Flags | Netif | Expire | Line |\n|---|"), out);
    }

    @Test
    void diffJsonHasTheDocumentedShape() throws IOException {
        JsonNode n = new ObjectMapper().readTree(run("diff", BEFORE, AFTER, "--format", "json").out());
        assertEquals(11, n.get("added").size());
        assertEquals(0, n.get("removed").size());
        assertEquals(0, n.get("changed").size());
        assertEquals(3, n.get("ignored").asInt());
        JsonNode first = n.get("added").get(0);
        assertEquals("10.63.0.0/16", first.get("destination").asText());
        assertEquals("10.63/16", first.get("destination_raw").asText());
        assertEquals("address", first.get("gateway_kind").asText());
        assertTrue(first.get("expire").isNull());
    }

    @Test
    void pluginsListsTheBuiltInParser() throws IOException {
        JsonNode n = new ObjectMapper().readTree(run("plugins", "--format", "json").out());
        List<String> ids = new ArrayList<>();
        n.get("parsers").forEach(p -> ids.add(p.get("id").asText()));
        assertTrue(ids.contains("macos-netstat"), ids.toString());
        assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");
        n.get("parsers").forEach(p -> assertTrue(p.has("source")));
        assertEquals(0, n.get("problems").size());
    }

    @Test
    void demoRuns() {
        Result r = run("demo");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("10.243.0.0/27"), r.out());
    }

    @Test
    void explainExitsZeroOnlyWhenEverythingIsExplained() throws IOException {
        Result ok = run("explain", BEFORE, AFTER);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("11 changes, all explained"), ok.out());
        Result missing = run("explain", BEFORE, AFTER, "--split-tunnel", "--client-cidr", "10.243.0.0/22",
                "--route", "10.63.0.0/16", "--route", "10.99.0.0/16");
        assertEquals(1, missing.code(), missing.err());
        JsonNode n = new ObjectMapper().readTree(run("explain", BEFORE, AFTER, "--split-tunnel", "--route", "10.63.0.0/16",
                "--route", "10.99.0.0/16", "--format", "json").out());
        assertEquals("10.243.0.7", n.get("inferred").get("assigned_ip").asText());
        assertTrue(n.get("inferred").get("split_tunnel").asBoolean());
        assertEquals("10.99.0.0/16", n.get("missing").get(0).get("destination").asText());
        assertTrue(n.get("changes").get(3).get("rule").isNull(), n.toString());
    }

    @Test
    void predictGivesTheDocumentedJsonAndOneLineErrors(@TempDir Path dir) throws IOException {
        JsonNode n = new ObjectMapper().readTree(run("predict", "--client-cidr", "172.31.0.0/16", "--assigned-ip",
                "172.31.0.130", "--split-tunnel", "--route", "192.168.0.0/16", "--route", "0.0.0.0/0", "--route",
                "8.8.8.8/32", "--format", "json").out());
        assertEquals("172.31.0.130/32", n.get("routes").get(0).get("destination").asText());
        assertEquals("172.31.0.128/27", n.get("routes").get(1).get("destination").asText());
        assertEquals("0.0.0.0/0", n.get("skipped").get(0).get("destination").asText());
        assertEquals("default-route-in-split-tunnel", n.get("warnings").get(0).get("code").asText());

        Result bad = run("predict", "--client-cidr", "300.1.2.0/22");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());

        Path json = dir.resolve("endpoints.json");
        Files.writeString(json, "{\"ClientVpnEndpoints\": [{\"SplitTunnel\": \"yes\"}]}");
        Result badJson = run("predict", "--endpoint-json", json.toString());
        assertEquals(2, badJson.code());
        assertTrue(badJson.err().startsWith(json + ": $.ClientVpnEndpoints[0].SplitTunnel: "), badJson.err());
        assertEquals(1, badJson.err().lines().count(), badJson.err());

        // The wireguard plugin is on the test class path (a test dependency), so it is listed as installed.
        Result unknown = run("predict", "--rules", "anyconnect");
        assertEquals(2, unknown.code());
        assertEquals("routediff: unknown rule set 'anyconnect'; installed: aws-client-vpn, generic-tunnel, openvpn, "
                + "wireguard\n", unknown.err());
    }

    @Test
    void predictWithABeforeTableAddsThePredictedTable() throws IOException {
        JsonNode n = new ObjectMapper().readTree(run("predict", "--client-cidr", "10.243.0.0/22", "--assigned-ip",
                "10.243.0.7", "--split-tunnel", "--route", "10.63.0.0/16", "--before", BEFORE, "--format", "json").out());
        assertEquals(16, n.get("table").size());
        assertTrue(n.get("table").toString().contains("\"destination\":\"10.63.0.0/16\""), n.get("table").toString());
    }

    /** A copy of the testkit's corpus: the CLI opens files by name. */
    @TempDir
    static Path corpus;

    static Stream<Path> macosFixtures() throws IOException {
        return macosFixtures(corpus);
    }

    /** The macOS captures of the testkit's corpus, copied into {@code folder} (a test class's own temporary one). */
    static Stream<Path> macosFixtures(Path folder) throws IOException {
        Path dir = dev.routediff.core.testkit.Corpus.copyTo(folder).resolve("macos");
        return Files.list(dir).filter(p -> p.toString().endsWith("-rnl.out") || p.toString().endsWith(".txt")
                || p.toString().endsWith("netstat-rn.extracted.out")).sorted();
    }

    /** The CLI's Jackson writer and the testkit's golden writer must print the same document. */
    @ParameterizedTest
    @MethodSource("macosFixtures")
    void parseJsonEqualsTheTestkitsGoldenJson(Path fixture) throws IOException {
        Result r = run("parse", fixture.toString(), "--parser", "macos-netstat", "--format", "json");
        assertEquals(0, r.code(), r.err());
        ObjectMapper m = new ObjectMapper();
        var table = new RouteTableReader(PluginRegistry.load(CliTest.class.getClassLoader()))
                .read(fixture.toString(), InputStream.nullInputStream(), "macos-netstat");
        assertEquals(GoldenJson.tree(table), m.readTree(r.out()));
    }
}
