package dev.routediff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wireguard rule set is a plugin, on this module's test class path only: these runs show a second rule set
 * works through the generic --config and --set options with no CLI code of its own.
 */
class WireGuardCliTest {

    private static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();
    private static final String FULL = ROOT.resolve("examples/wireguard/full-tunnel.conf").toString();

    private static final String BEFORE = """
            Routing tables

            Internet:
            Destination        Gateway            Flags               Netif Expire
            default            192.168.1.1        UGScg                 en0
            127                127.0.0.1          UCS                   lo0
            127.0.0.1          127.0.0.1          UH                    lo0
            192.168.1          link#15            UCS                   en0      !
            192.168.1.1/32     link#15            UCS                   en0      !
            """;

    /** The same table after wg-quick up with full-tunnel.conf, in the row forms of the reference (section 11). */
    private static final String AFTER = """
            Routing tables

            Internet:
            Destination        Gateway            Flags               Netif Expire
            default            192.168.1.1        UGScg                 en0
            0/1                utun6              UScg                utun6
            10.8.0.2           10.8.0.2           UH                  utun6
            127                127.0.0.1          UCS                   lo0
            127.0.0.1          127.0.0.1          UH                    lo0
            128.0/1            utun6              USc                 utun6
            192.168.1          link#15            UCS                   en0      !
            192.168.1.1/32     link#15            UCS                   en0      !
            203.0.113.5        192.168.1.1        UGHS                  en0
            """;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void predictReadsTheConfigurationAndTheTableBefore(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("before.txt"), BEFORE);
        Result r = run("predict", "--rules", "wireguard", "--config", FULL, "--before", before.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("0.0.0.0/1"), r.out());
        assertTrue(r.out().contains("128.0.0.0/1"), r.out());
        assertTrue(r.out().matches("(?s).*203\\.0\\.113\\.5/32 +192\\.168\\.1\\.1 +en0 .*"), r.out());
        assertTrue(r.out().contains("Predicted table after connecting:"), r.out());
    }

    @Test
    void predictWithoutATableKeepsTheGatewaySymbolicAndSetChoosesThePlatform() {
        Result mac = run("predict", "--rules", "wireguard", "--config", FULL, "--format", "json");
        assertEquals(0, mac.code(), mac.err());
        assertTrue(mac.out().contains("\"original default gateway\""), mac.out());
        Result linux = run("predict", "--rules", "wireguard", "--config", FULL, "--set", "platform=linux");
        assertEquals(0, linux.code(), linux.err());
        assertTrue(linux.out().contains("policy routing"), linux.out());
        assertTrue(linux.out().contains("warning [policy-routing]"), linux.out());
    }

    @Test
    void explainAttributesEveryChange(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("before.txt"), BEFORE);
        Path after = Files.writeString(dir.resolve("after.txt"), AFTER);
        Result r = run("explain", "--rules", "wireguard", before.toString(), after.toString(), "--config", FULL);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("tunnel_interface  utun6"), r.out());
        assertTrue(r.out().contains("4 changes, all explained"), r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        Path conf = Files.writeString(dir.resolve("wg0.conf"), "[Interface]\nAddress = 10.8.0/24\n");
        Result bad = run("predict", "--rules", "wireguard", "--config", conf.toString());
        assertEquals(2, bad.code());
        assertEquals(conf + ":2: expected an Address such as 10.8.0.2/24 or fd00::2/64, found '10.8.0/24'\n", bad.err());
        Result set = run("predict", "--rules", "wireguard", "--set", "platform");
        assertEquals(2, set.code());
        assertEquals("routediff: --set: expected NAME=VALUE, found 'platform' (see 'routediff predict --help')\n",
                set.err());
        assertEquals(1, set.err().lines().count());
        Result platform = run("predict", "--rules", "wireguard", "--set", "platform=windows");
        assertEquals(2, platform.code());
        assertEquals(1, platform.err().lines().count());
        assertTrue(platform.err().contains("expected macos or linux, found 'windows'"), platform.err());
    }

    /** Rule sets declare their options; the command line offers them, picks the rule set they belong to, or refuses. */
    @Test
    void anOptionOnlyOneRuleSetDeclaresSelectsIt() {
        Result selected = run("predict", "--config", FULL);
        assertEquals(0, selected.code(), selected.err());
        assertEquals(run("predict", "--rules", "wireguard", "--config", FULL).out(), selected.out());

        Result refused = run("predict", "--rules", "aws-client-vpn", "--config", FULL);
        assertEquals(2, refused.code());
        assertEquals("routediff: --config is not a setting of rule set aws-client-vpn; it belongs to wireguard (add "
                + "--rules wireguard) (see 'routediff predict --help')\n", refused.err());

        Result mixed = run("predict", "--config", FULL, "--client-cidr", "10.243.0.0/22");
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("--client-cidr belongs to rule set aws-client-vpn, --config belongs to rule "
                + "set wireguard: name the one to apply with --rules"), mixed.err());

        // a setting both declare selects neither: the default (highest priority) applies
        Result shared = run("predict", "--default-gateway", "192.168.1.1");
        assertEquals(0, shared.code(), shared.err());
        assertTrue(shared.out().contains("report rule"), shared.out());

        Result unknownSet = run("predict", "--set", "split-tunel=true");
        assertEquals(2, unknownSet.code());
        assertTrue(unknownSet.err().startsWith("routediff: --set split-tunel: rule set aws-client-vpn has no setting "
                + "'split-tunel' (its settings: client-cidr, assigned-ip, split-tunnel,"), unknownSet.err());
    }

    @Test
    void helpListsTheOptionsOfEveryInstalledRuleSet() {
        Result help = run("explain", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--config=FILE"), help.out());
        assertTrue(help.out().contains("[wireguard]"), help.out());
        assertTrue(help.out().contains("--[no-]split-tunnel"), help.out());
        assertTrue(help.out().contains("[aws-client-vpn, wireguard]"), help.out());
    }

    @Test
    void theClientVpnFlagsStillWork() {
        Result r = run("predict", "--client-cidr", "10.243.0.0/22", "--assigned-ip", "10.243.0.7", "--split-tunnel",
                "--route", "10.63.0.0/16");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("10.63.0.0/16"), r.out());
    }
}
