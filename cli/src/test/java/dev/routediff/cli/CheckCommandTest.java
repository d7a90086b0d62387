package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code routediff check} end to end: exit codes, every format, the JSON shape, bad inputs. */
class CheckCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final String BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
    private static final String AFTER = ROOT.resolve("examples/clientvpn-split-after.txt").toString();

    private static String resource(String name) {
        try {
            return Path.of(CheckCommandTest.class.getResource("/check/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void theFieldReportsAfterTableWithItsOwnSettingsIsClean() {
        CliTest.Result r = CliTest.run("check", AFTER, "--split-tunnel", "--client-cidr", "10.243.0.0/22",
                "--assigned-ip", "10.243.0.7");
        assertEquals(0, r.code(), r.err());
        assertEquals("No problems found in " + AFTER + ".\n", r.out());
        assertEquals("", r.err());
        CliTest.Result withBefore = CliTest.run("check", AFTER, "--before", BEFORE, "--split-tunnel");
        assertEquals(0, withBefore.code(), withBefore.out());
    }

    @Test
    void aWarningExitsOneAndIsShownWithExampleEvidenceAndFix() {
        String table = resource("macos-full-tunnel-ipv6-leak.txt");
        CliTest.Result r = CliTest.run("check", table);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("warning [ipv6-bypass]: IPv4 traffic goes into the full tunnel on utun2"),
                r.out());
        assertTrue(r.out().contains("  example: 2001:4860:4860::8888 -> ::/0 via fe80::a612:42ff:fe8b:3c01%en0 en0"),
                r.out());
        assertTrue(r.out().contains("  fix: route IPv6 into the tunnel too"), r.out());
        assertTrue(r.out().contains("  evidence:\n    Source"), r.out());
        assertTrue(r.out().endsWith("\n1 finding: 1 warning\n"), r.out());
    }

    @Test
    void theSplitSettingAgainstAFullTunnelTableIsAnError() {
        CliTest.Result r = CliTest.run("check", resource("macos-full-tunnel.txt"), "--split-tunnel");
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("error [split-mode-mismatch]"), r.out());
        assertEquals(0, CliTest.run("check", resource("macos-full-tunnel.txt"), "--no-split-tunnel").code());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        CliTest.Result r = CliTest.run("check", resource("macos-full-tunnel.txt"), "--dns",
                resource("scutil-full-home-router.txt"), "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("findings", "warnings"), keys(n));
        JsonNode f = n.get("findings").get(0);
        assertEquals(List.of("code", "severity", "message", "fix", "example", "evidence"), keys(f));
        assertEquals("dns-outside-tunnel", f.get("code").asText());
        assertEquals("warning", f.get("severity").asText());
        assertEquals(List.of("address", "route"), keys(f.get("example")));
        assertEquals("192.168.10.1", f.get("example").get("address").asText());
        assertEquals("en0", f.get("example").get("route").get("iface").asText());
        JsonNode ev = f.get("evidence").get(0);
        assertEquals(List.of("source", "line", "destination", "gateway", "iface"), keys(ev));
        assertEquals(resource("macos-full-tunnel.txt"), ev.get("source").asText());
        assertEquals(15, ev.get("line").asInt());
        assertEquals("192.168.10.1/32", ev.get("destination").asText());
        assertTrue(n.get("warnings").isArray());
    }

    @Test
    void markdownPastesIntoATicket() {
        CliTest.Result r = CliTest.run("check", resource("macos-full-tunnel-ipv6-leak.txt"), "--format", "markdown");
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("**warning** `ipv6-bypass`: "), r.out());
        assertTrue(r.out().contains("| Source | Line | Destination | Gateway | Netif |"), r.out());
    }

    @Test
    void aDnsFileNoReaderKnowsIsOneLineAndExitTwo() {
        CliTest.Result r = CliTest.run("check", AFTER, "--dns", BEFORE);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith(BEFORE + ":1: no DNS reader recognises this input; expected the output of "),
                r.err());
        assertTrue(r.err().contains("scutil --dns") && r.err().contains("ipconfig /all"), r.err());
        assertEquals(1, r.err().lines().count());
        assertEquals(2, CliTest.run("check", AFTER, "--dns", "/no/such/file").code());
    }

    @Test
    void badSettingsAndOneStandardInputOnly() {
        CliTest.Result bad = CliTest.run("check", AFTER, "--client-cidr", "10.0.0.0/40");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        CliTest.Result two = CliTest.run("check", "-", "--dns", "-");
        assertEquals(2, two.code());
        assertTrue(two.err().contains("only one of TABLE, --before and --dns can be standard input"), two.err());
    }

    @Test
    void helpNamesTheOptions() {
        CliTest.Result r = CliTest.run("check", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--dns=FILE") && r.out().contains("--before=FILE"), r.out());
        assertTrue(r.out().contains("Exit status: 0 no error or warning (info alone"), r.out());
    }

    @Test
    void lookupTraceInJsonRecordsTheDecisionBeforeAndAfter() throws Exception {
        CliTest.Result r = CliTest.run("lookup", "--trace", "--before", BEFORE, AFTER, "172.16.0.5", "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode l = new ObjectMapper().readTree(r.out()).get("lookups").get(0);
        assertEquals("172.16.0.0/24", l.get("destination").asText());
        assertEquals("into tunnel", l.get("moved").asText());
        JsonNode t = l.get("trace");
        assertEquals("tunnel", t.get("disposition").asText());
        assertEquals(2, t.get("candidates").size());
        assertTrue(t.get("candidates").get(0).get("chosen").asBoolean());
        assertEquals("shorter prefix /0 than /24", t.get("candidates").get(1).get("verdict").asText());
        assertEquals("LAN", l.get("before").get("trace").get("disposition").asText());
    }
}
