package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.cli.CliTest.Result;
import dev.routediff.core.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Linux policy routing end to end, on the captures in examples/ (wg-quick's full tunnel and a Tailscale exit node,
 * read in network namespaces; examples/README.md): lookup follows {@code ip rule} into tables 51820 and 52 and names
 * the rule; without the rules it says what it could not know.
 */
class PolicyRoutingTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final Path GOLDEN = Path.of("src/test/resources/policy");
    private static final String WG = example("linux-wg-quick-full-tunnel.txt");
    private static final String WG_ROUTES = example("linux-wg-quick-routes.txt");
    private static final String WG_RULES = example("linux-wg-quick-rules.txt");
    private static final String TAILSCALE = example("linux-tailscale-exit-node.txt");

    private static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }

    /** The output with the absolute path of the examples folder cut to {@code examples/}, for golden files. */
    private static String out(Result r) {
        assertEquals(0, r.code(), r.err());
        return r.out().replace(ROOT.resolve("examples") + "/", "examples/");
    }

    @Test
    void wgQuickFullTunnelGoesIntoTheTunnelNamingTheRule() {
        Result r = CliTest.run("lookup", WG, "1.1.1.1", "192.168.1.20");
        assertEquals("""
                Address       Destination     Gateway  Netif  Why
                1.1.1.1       0.0.0.0/0       wg0      wg0    rule 32765: not from all fwmark 0xca6c lookup 51820; \
                longest prefix /0 of 1 candidate
                192.168.1.20  192.168.1.0/24  eth0     eth0   rule 32764: from all lookup main suppress_prefixlength 0; \
                longest prefix /24 of 2 candidates
                """, out(r));
        assertEquals("", r.err());
    }

    @Test
    void tailscaleExitNodeGoesIntoTheTunnelButTheLanIsThrownBackToMain() {
        Result r = CliTest.run("lookup", TAILSCALE, "1.1.1.1", "192.168.1.20", "100.101.102.103");
        assertEquals("""
                Address          Destination         Gateway     Netif       Why
                1.1.1.1          0.0.0.0/0           tailscale0  tailscale0  rule 5270: from all lookup 52; \
                longest prefix /0 of 1 candidate
                192.168.1.20     192.168.1.0/24      eth0        eth0        rule 32766: from all lookup main; \
                longest prefix /24 of 2 candidates
                100.101.102.103  100.101.102.103/32  tailscale0  tailscale0  rule 5270: from all lookup 52; \
                longest prefix /32 of 2 candidates
                """, out(r));
    }

    @Test
    void withoutRulesTheMainTableAnswersWithAWarning() {
        Result r = CliTest.run("lookup", WG_ROUTES, "1.1.1.1");
        assertEquals("""
                Address  Destination  Gateway      Netif  Why
                1.1.1.1  0.0.0.0/0    192.168.1.1  eth0   rule 32766: from all lookup main; longest prefix /0 of 1 \
                candidate

                warning [policy-rules-missing]: examples/linux-wg-quick-routes.txt has routes in table 51820 but no \
                policy rules: only the kernel's default rules (local, main, default) were followed; include 'ip rule \
                show' in the capture (or give it to lookup with --ip-rules FILE) to see where traffic really goes
                """, out(r));
    }

    @Test
    void rulesFromAFileOfTheirOwnGiveTheSameAnswerAsOneCapture() {
        Result separate = CliTest.run("lookup", WG_ROUTES, "--ip-rules", WG_RULES, "1.1.1.1", "--format", "json");
        Result together = CliTest.run("lookup", WG, "1.1.1.1", "--format", "json");
        assertEquals(out(together).replace("linux-wg-quick-full-tunnel", "X"),
                out(separate).replace("linux-wg-quick-routes", "X"));
        Result notRules = CliTest.run("lookup", WG_ROUTES, "--ip-rules", WG_ROUTES, "1.1.1.1");
        assertEquals(2, notRules.code());
        assertTrue(notRules.err().startsWith("routediff: --ip-rules " + WG_ROUTES + " holds no policy rules;"),
                notRules.err());
    }

    @Test
    void jsonNamesTheRule() throws IOException {
        JsonNode n = new ObjectMapper().readTree(out(CliTest.run("lookup", WG, "1.1.1.1", "--format", "json")));
        JsonNode one = n.get("lookups").get(0);
        assertEquals("wg0", one.get("iface").asText());
        assertEquals("rule 32765: not from all fwmark 0xca6c lookup 51820", one.get("rule").asText());
        assertTrue(n.get("warnings") == null, n.toString());
    }

    /** The whole trace, per capture and address, against reviewed text. */
    @ParameterizedTest
    @ValueSource(strings = {"linux-wg-quick-full-tunnel.txt", "linux-tailscale-exit-node.txt",
            "linux-wg-quick-routes.txt"})
    void traceMatchesGolden(String name) throws IOException {
        Result r = CliTest.run("lookup", "--trace", example(name), "1.1.1.1", "192.168.1.20", "127.0.0.1");
        GoldenFiles.assertMatches(GOLDEN.resolve(name.replace(".txt", ".trace.txt")), out(r));
        Result json = CliTest.run("lookup", "--trace", example(name), "1.1.1.1", "--format", "json");
        JsonNode trace = new ObjectMapper().readTree(out(json)).get("lookups").get(0).get("trace");
        assertEquals("rule 0: from all lookup local: table local has no route for it",
                trace.get("rules").get(0).asText());
    }

    @Test
    void parseShowsTheRulesAndJsonCarriesThem() throws IOException {
        String text = out(CliTest.run("parse", WG));
        assertTrue(text.contains("""

                Policy rules: 5 rules
                Priority  Rule                                          Line
                0         from all lookup local                         1
                32764     from all lookup main suppress_prefixlength 0  2
                32765     not from all fwmark 0xca6c lookup 51820       3
                32766     from all lookup main                          4
                32767     from all lookup default                       5
                """), text);
        JsonNode n = new ObjectMapper().readTree(out(CliTest.run("parse", WG, "--format", "json")));
        assertEquals(5, n.get("rules").size());
        assertEquals("51820", n.get("routes").get(0).get("attributes").get("table").asText());
    }

    @Test
    void diffAndExplainOfTableAllDumpsKeepWorking(@TempDir Path dir) throws IOException {
        // the same host before wg-quick up: the capture without wg0's rules and routes
        Path before = dir.resolve("before.txt");
        Files.writeString(before, Files.readString(Path.of(WG)).lines()
                .filter(l -> !l.contains("wg0") && !l.contains("51820") && !l.contains("32764:"))
                .map(l -> l + "\n").reduce("", String::concat));
        Result diff = CliTest.run("diff", before.toString(), WG);
        assertEquals(1, diff.code(), diff.err());
        assertTrue(diff.out().contains("added   0.0.0.0/0    wg0"), diff.out());
        assertTrue(diff.out().contains("added   10.8.0.2/32  wg0"), diff.out());
        // wg-quick names the interface after the file: wg0.conf brings up wg0
        Path conf = dir.resolve("wg0.conf");
        Files.copy(ROOT.resolve("examples/wireguard/full-tunnel.conf"), conf);
        Result explain = CliTest.run("explain", before.toString(), WG, "--rules", "wireguard", "--config",
                conf.toString(), "--set", "platform=linux");
        assertEquals(0, explain.code(), explain.out() + explain.err());
        assertTrue(explain.out().contains("added   0.0.0.0/0    wg0      wg0    8 linux-policy-default"), explain.out());
        assertTrue(explain.out().contains("added   10.8.0.2/32  wg0      wg0    7 linux-connected"), explain.out());
        assertTrue(explain.out().contains("full_tunnel       true"), explain.out());
    }
}
