package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The openvpn and generic-tunnel rule sets through the command line: options, platforms, marks in every format. */
class OpenVpnCliTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();

    private static String example(String name) {
        return ROOT.resolve("examples").resolve(name).toString();
    }

    @Test
    void patternExplanationsAreMarkedInEveryFormatAndCountAsExplained() throws IOException {
        String before = example("home-before.txt");
        String after = example("openvpn/macos-other-vpn-after.txt");
        WireGuardCliTest.Result table = WireGuardCliTest.run("explain", before, after);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("pattern default-to-tunnel"), table.out());
        assertTrue(table.out().contains("all explained (8 by pattern only)"), table.out());
        WireGuardCliTest.Result md = WireGuardCliTest.run("explain", before, after, "--format", "markdown");
        assertTrue(md.out().contains("| pattern server-host-route |"), md.out());
        WireGuardCliTest.Result html = WireGuardCliTest.run("explain", before, after, "--format", "html");
        assertEquals(0, html.code(), html.err());
        assertTrue(html.out().contains("pattern default-to-tunnel") && html.out().contains("by pattern only"),
                "the HTML report marks patterns too");
        JsonNode n = new ObjectMapper().readTree(WireGuardCliTest.run("explain", before, after, "--format", "json")
                .out());
        JsonNode first = n.get("changes").get(0);
        assertTrue(first.get("pattern").asBoolean(), n.toString());
        assertEquals("generic-tunnel", first.get("rule_set").asText());
        assertEquals("utun4", n.get("inferred").get("tunnel_interface").asText());
        assertEquals("203.0.113.55", n.get("inferred").get("endpoint_ip").asText());
    }

    @Test
    void anOptionOfOpenVpnSelectsItAndPlatformPrintsThatPlatformsRows() {
        WireGuardCliTest.Result r = WireGuardCliTest.run("predict", "--push-reply",
                "PUSH_REPLY,redirect-gateway def1,route-gateway 10.9.0.1,topology subnet,ifconfig 10.9.0.98 "
                        + "255.255.255.0", "--platform", "windows");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0.0.0.0/1    10.9.0.1  10.9.0.98") || r.out().contains("10.9.0.98"), r.out());
        assertTrue(r.out().contains("On-link"), r.out());
        WireGuardCliTest.Result bad = WireGuardCliTest.run("predict", "--rules", "openvpn", "--platform", "bsd");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("expected macos, linux or windows, found 'bsd'"), bad.err());
    }

    @Test
    void explainOnLinuxAndWindowsTablesAttributesEveryChange() {
        for (String os : new String[] {"linux", "windows"}) {
            WireGuardCliTest.Result r = WireGuardCliTest.run("explain", "--rules", "openvpn",
                    example("openvpn/" + os + "-before.txt"), example("openvpn/" + os + "-after.txt"));
            assertEquals(0, r.code(), r.out() + r.err());
            assertTrue(r.out().contains("platform          " + os), r.out());
        }
    }

    @Test
    void pluginsJsonListsEachRulesFormsWithTheInferredMark() throws IOException {
        JsonNode n = new ObjectMapper().readTree(WireGuardCliTest.run("plugins", "--format", "json").out());
        JsonNode openvpn = null;
        for (JsonNode rs : n.get("rule_sets")) {
            if (rs.get("id").asText().equals("openvpn")) {
                openvpn = rs;
            }
        }
        assertTrue(openvpn != null, n.toString());
        JsonNode upperHalf = openvpn.get("rules").get(6);
        assertEquals("def1-upper-half", upperHalf.get("name").asText());
        assertEquals("macos", upperHalf.get("forms").get(0).get("platform").asText());
        assertTrue(upperHalf.get("forms").get(0).get("inferred").asBoolean(), "128.0/1 on macOS was never captured");
        assertTrue(!upperHalf.get("forms").get(1).get("inferred").asBoolean());
    }
}
