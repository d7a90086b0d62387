package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.routediff.cli.CliTest.Result;
import dev.routediff.core.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final String BEFORE = ROOT.resolve("examples/clientvpn-split-before.txt").toString();
    private static final String AFTER = ROOT.resolve("examples/clientvpn-split-after.txt").toString();

    private static JsonNode json(Result r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void showsTheRouteChosenAndWhy() {
        Result r = CliTest.run("lookup", AFTER, "172.16.0.5", "192.168.0.20");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                Address       Destination     Gateway     Netif  Why
                172.16.0.5    172.16.0.0/24   10.243.0.1  utun3  longest prefix /24 of 2 candidates
                192.168.0.20  192.168.0.0/24  link#6      en0    longest prefix /24 of 2 candidates
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void beforeMarksWhatMovedIntoTheTunnel() {
        Result r = CliTest.run("lookup", AFTER, "172.16.0.5", "192.168.0.20", "--before", BEFORE);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                Address       Before                         Destination     Gateway     Netif  Moved        Why
                172.16.0.5    0.0.0.0/0 via 192.168.0.1 en0  172.16.0.0/24   10.243.0.1  utun3  into tunnel  \
                longest prefix /24 of 2 candidates
                192.168.0.20  192.168.0.0/24 via link#6 en0  192.168.0.0/24  link#6      en0                 \
                longest prefix /24 of 2 candidates

                2 addresses, 1 moved: 1 into tunnel
                """, r.out());
        Result back = CliTest.run("lookup", BEFORE, "172.16.0.5", "--before", AFTER);
        assertTrue(back.out().endsWith("\n1 address, 1 moved: 1 out of tunnel\n"), back.out());
        Result still = CliTest.run("lookup", AFTER, "192.168.0.20", "--before", BEFORE);
        assertTrue(still.out().endsWith("\n1 address, none moved\n"), still.out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode n = json(CliTest.run("lookup", AFTER, "172.16.0.5", "192.168.0.20", "2001:db8::1", "--before", BEFORE,
                "--format", "json"));
        JsonNode tunnel = n.get("lookups").get(0);
        assertEquals("172.16.0.5", tunnel.get("address").asText());
        assertEquals("172.16.0.0/24", tunnel.get("destination").asText());
        assertEquals("10.243.0.1", tunnel.get("gateway").asText());
        assertEquals("utun3", tunnel.get("iface").asText());
        assertEquals("longest prefix /24 of 2 candidates", tunnel.get("why").asText());
        assertEquals("0.0.0.0/0", tunnel.get("before").get("destination").asText());
        assertEquals("192.168.0.1", tunnel.get("before").get("gateway").asText());
        assertEquals("en0", tunnel.get("before").get("iface").asText());
        assertEquals("into tunnel", tunnel.get("moved").asText());
        assertTrue(n.get("lookups").get(1).get("moved").isNull());
        JsonNode none = n.get("lookups").get(2);
        assertTrue(none.get("destination").isNull());
        assertTrue(none.get("gateway").isNull());
        assertTrue(none.get("iface").isNull());
        assertEquals("no route matches", none.get("why").asText());
        assertTrue(none.get("before").get("destination").isNull());
        assertTrue(none.get("moved").isNull());

        JsonNode plain = json(CliTest.run("lookup", AFTER, "172.16.0.5", "--format", "json")).get("lookups").get(0);
        assertTrue(!plain.has("before") && !plain.has("moved"), plain.toString());
    }

    @Test
    void helpPrintsCleanly() {
        Result r = CliTest.run("lookup", "--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().contains("(fe80::1%en0)"), r.out());
    }

    @Test
    void markdownIsAPipeTable() {
        Result r = CliTest.run("lookup", AFTER, "10.63.1.1", "--format", "markdown");
        assertEquals("""
                | Address | Destination | Gateway | Netif | Why |
                |---|---|---|---|---|
                | 10.63.1.1 | 10.63.0.0/16 | 10.243.0.1 | utun3 | longest prefix /16 of 2 candidates |
                """, r.out());
    }

    @Test
    void noRouteIsNotAnError() {
        Result r = CliTest.run("lookup", AFTER, "fe80::1%en0");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("fe80::1%en0  no route") && r.out().contains("no route matches"), r.out());
    }

    @Test
    void aBadAddressIsOneLineAndStatusTwo() {
        Result r = CliTest.run("lookup", AFTER, "172.16.0.5", "x");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("routediff: 'x' is not an IP address, and the system resolver knows no host of that name\n",
                r.err());
        Result cidr = CliTest.run("lookup", AFTER, "10.0.0.0/8");
        assertEquals("routediff: '10.0.0.0/8' is not an IP address\n", cidr.err());
        assertEquals("routediff: 'a_b!' is neither an IP address nor a host name\n",
                CliTest.run("lookup", AFTER, "a_b!").err());
        Result none = CliTest.run("lookup", AFTER);
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("routediff: Missing required parameter: 'ADDRESS'"), none.err());
        Result stdinTwice = CliTest.run("lookup", "-", "10.0.0.1", "--before", "-");
        assertEquals(2, stdinTwice.code());
        assertEquals("routediff: only one of TABLE and --before can be standard input (-)\n", stdinTwice.err());
        Result missing = CliTest.run("lookup", "/no/such/file", "10.0.0.1");
        assertEquals("/no/such/file: no such file\n", missing.err());
        assertTrue(CliTest.run().err().contains("lookup"));
    }

    @Test
    void theUnscopedDefaultWinsOnMacos14(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Corpus.sample("macos/walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out"),
                dir.resolve("macos14.out"));
        JsonNode n = json(CliTest.run("lookup", file.toString(), "8.8.8.8", "fe80::1%en8", "--format", "json"));
        JsonNode v4 = n.get("lookups").get(0);
        assertEquals("0.0.0.0/0", v4.get("destination").asText());
        assertEquals("10.120.10.1", v4.get("gateway").asText());
        assertEquals("en8", v4.get("iface").asText());
        assertEquals("longest prefix /0 of 2 candidates; unscoped preferred over 1 scoped (en0)", v4.get("why").asText());
        JsonNode v6 = n.get("lookups").get(1);
        assertEquals("fe80::1%en8", v6.get("address").asText());
        assertEquals("fe80::%en8/64", v6.get("destination").asText());
        assertEquals("link#23", v6.get("gateway").asText());
    }
}
