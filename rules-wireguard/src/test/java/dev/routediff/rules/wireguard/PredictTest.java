package dev.routediff.rules.wireguard;

import static dev.routediff.rules.wireguard.Tables.example;
import static dev.routediff.rules.wireguard.Tables.homeTable;
import static dev.routediff.rules.wireguard.Tables.row;
import static dev.routediff.rules.wireguard.Tables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.rules.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PredictTest {

    private static final WireGuardRules RULES = new WireGuardRules();

    static RuleSettings config(String file) {
        return RuleSettings.EMPTY.with("config", example(file));
    }

    /** Each route as "rule destination gateway iface", the way a reader checks a prediction. */
    static List<String> rows(Prediction p) {
        return p.routes().stream().map(r -> r.rule() + " " + r.destination() + " " + r.gateway() + " " + r.iface())
                .toList();
    }

    static List<String> skipped(Prediction p) {
        return p.skipped().stream().map(s -> s.rule() + " " + s.destination()).toList();
    }

    static List<String> codes(Prediction p) {
        return p.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void fullTunnelSplitsTheDefaultAndKeepsTheEndpointOnTheOldGateway() {
        Prediction p = RULES.predict(config("full-tunnel.conf"), homeTable());
        assertEquals(List.of(
                "1 10.8.0.2/32 10.8.0.2 utunN",
                "2 0.0.0.0/1 utunN utunN",
                "2 128.0.0.0/1 utunN utunN",
                "3 203.0.113.5/32 192.168.1.1 en0"), rows(p));
        assertEquals(List.of(), p.skipped());
        assertEquals(List.of(), p.warnings());
        assertTrue(p.routes().stream().allMatch(r -> r.change() == ChangeKind.ADDED));
    }

    @Test
    void withoutATableTheGatewayIsSymbolicAndADefaultGatewaySettingFillsIt() {
        Prediction p = RULES.predict(config("full-tunnel.conf"), null);
        assertEquals("3 203.0.113.5/32 original default gateway default interface", rows(p).get(3));
        Prediction given = RULES.predict(config("full-tunnel.conf").with("default-gateway", "192.168.7.1"), null);
        assertEquals("3 203.0.113.5/32 192.168.7.1 default interface", rows(given).get(3));
    }

    @Test
    void noDefaultGatewayMakesTheEndpointABlackhole() {
        RouteTable noDefault = table("offline", row("127", "127.0.0.1", "UCS", "lo0"),
                row("127.0.0.1", "127.0.0.1", "UH", "lo0"));
        Prediction p = RULES.predict(config("full-tunnel.conf"), noDefault);
        assertEquals("4 203.0.113.5/32 127.0.0.1 lo0", rows(p).get(3));
        assertEquals(List.of(Codes.ENDPOINT_BLACKHOLE.code()), codes(p));
    }

    @Test
    void splitAllowedIpsGoLongestFirstAndTheNamedEndpointNeedsNoRoute() {
        Prediction p = RULES.predict(config("split.conf"), homeTable());
        assertEquals(List.of(
                "1 10.8.0.2/32 10.8.0.2 utunN",
                "5 10.8.0.0/24 utunN utunN",
                "5 172.16.5.0/24 utunN utunN",
                "5 172.16.0.0/16 utunN utunN"), rows(p));
        // Endpoint routes come only with a /0 (AUTO_ROUTE4), so the name needs no warning here.
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void aNamedEndpointWithAFullTunnelIsSymbolicWithAWarning() {
        RuleSettings s = RuleSettings.EMPTY.with("config", write("""
                [Interface]
                Address = 10.8.0.2/32
                [Peer]
                AllowedIPs = 0.0.0.0/0
                Endpoint = vpn.example.com:51820
                """));
        Prediction p = RULES.predict(s, homeTable());
        assertEquals("3 address of vpn.example.com 192.168.1.1 en0", rows(p).get(3));
        assertEquals(List.of(Codes.ENDPOINT_NAME.code()), codes(p));
    }

    @Test
    void severalPeersShareTheTunnelAndEachEndpointGetsItsRoute() {
        Prediction p = RULES.predict(config("two-peers.conf"), homeTable());
        assertEquals(List.of(
                "1 10.8.0.2/32 10.8.0.2 utunN",
                "5 10.10.0.0/16 utunN utunN",
                "5 10.20.0.0/16 utunN utunN",
                "2 0.0.0.0/1 utunN utunN",
                "2 128.0.0.0/1 utunN utunN",
                "3 198.51.100.7/32 192.168.1.1 en0",
                "3 203.0.113.5/32 192.168.1.1 en0"), rows(p));
    }

    @Test
    void dualStackSplitsBothDefaultsAndRoutesTheIpv6EndpointViaTheIpv6Gateway() {
        Prediction p = RULES.predict(config("dual-stack.conf"), homeTable());
        assertEquals(List.of(
                "1 10.8.0.2/32 10.8.0.2 utunN",
                "2 0.0.0.0/1 utunN utunN",
                "2 128.0.0.0/1 utunN utunN",
                "2 ::/1 utunN utunN",
                "2 8000::/1 utunN utunN",
                "3 2001:db8::5/128 fe80::1%en0 en0"), rows(p));
        assertEquals(List.of(Codes.IPV6_ADDRESS_NOT_MODELLED.code()), codes(p));
    }

    @Test
    void tableOffAddsOnlyTheAddressRoute() {
        Prediction p = RULES.predict(config("table-off.conf"), homeTable());
        assertEquals(List.of("1 10.8.0.2/32 10.8.0.2 utunN"), rows(p));
        assertEquals(List.of("6 0.0.0.0/0"), skipped(p));
    }

    @Test
    void tableMainWithADefaultIsRefusedByMacos() {
        Prediction p = RULES.predict(settings("Table = main", "AllowedIPs = 0.0.0.0/0, 10.1.0.0/16"), homeTable());
        assertEquals(List.of("1 10.8.0.2/32 10.8.0.2 utunN", "5 10.1.0.0/16 utunN utunN"), rows(p));
        assertEquals(List.of("5 0.0.0.0/0"), skipped(p));
        assertEquals(List.of(Codes.DEFAULT_ROUTE_EXISTS.code()), codes(p));
    }

    @Test
    void anAllowedIpEqualToTheAddressIsAlreadyOnTheTunnelAndDuplicatesCountOnce() {
        Prediction p = RULES.predict(settings("", "AllowedIPs = 10.8.0.2/32, 10.1.0.0/16, 10.1.0.0/16"), null);
        assertEquals(List.of("1 10.8.0.2/32 10.8.0.2 utunN", "5 10.1.0.0/16 utunN utunN"), rows(p));
        assertEquals(List.of("5 10.8.0.2/32"), skipped(p));
        assertEquals(List.of(Codes.DUPLICATE_ALLOWED_IP.code()), codes(p));
    }

    @Test
    void anAllowedIpTheDeviceAlreadyRoutesWarns() {
        Prediction p = RULES.predict(settings("", "AllowedIPs = 192.168.1.0/24"), homeTable());
        assertEquals(List.of(Codes.ROUTE_EXISTS.code()), codes(p));
        assertTrue(p.warnings().get(0).message().contains("via link#15 on en0"), p.warnings().get(0).message());
    }

    @Test
    void linuxUsesPolicyRoutingForTheDefaultAndTheFileNameForTheInterface() {
        RuleSettings s = RuleSettings.EMPTY.with("config", write("""
                [Interface]
                Address = 10.8.0.2/24, fd00:8::2/64
                [Peer]
                AllowedIPs = 0.0.0.0/0, 10.8.0.0/25, 172.16.0.0/16
                Endpoint = 203.0.113.5:51820
                """)).with("platform", "linux");
        Prediction p = RULES.predict(s, homeTable());
        assertEquals(List.of(
                "7 10.8.0.0/24 wg7 wg7",
                "7 fd00:8::/64 wg7 wg7",
                "9 172.16.0.0/16 wg7 wg7"), rows(p));
        assertEquals(List.of("9 10.8.0.0/25", "8 0.0.0.0/0"), skipped(p));
        assertEquals(List.of(Codes.POLICY_ROUTING.code()), codes(p));
    }

    @Test
    void linuxTableMainAddsEveryAllowedIpAndWarnsAboutTheDefault() {
        RuleSettings s = settings("Table = main\nAddress = 10.9.0.2/24", "AllowedIPs = 0.0.0.0/0, 10.9.0.0/24")
                .with("platform", "linux");
        Prediction p = RULES.predict(s, homeTable());
        assertEquals(List.of("7 10.9.0.0/24 wg7 wg7", "9 10.9.0.0/24 wg7 wg7", "9 0.0.0.0/0 wg7 wg7"), rows(p));
        assertEquals(List.of(Codes.ROUTE_EXISTS.code(), Codes.DEFAULT_ROUTE_EXISTS.code()), codes(p));
    }

    @Test
    void linuxNumberedTableLeavesTheMainTableAlone() {
        RuleSettings s = settings("Table = 1234", "AllowedIPs = 10.1.0.0/16").with("platform", "linux");
        Prediction p = RULES.predict(s, null);
        assertEquals(List.of(), rows(p));
        assertEquals(List.of("9 10.1.0.0/16"), skipped(p));
    }

    @ParameterizedTest
    @ValueSource(strings = {"macos", "linux"})
    void withoutAConfigurationTheRulesAreShownSymbolically(String platform) {
        Prediction p = RULES.predict(RuleSettings.EMPTY.with("platform", platform), null);
        assertTrue(p.routes().stream().allMatch(r -> !isCidr(r.destination())), rows(p).toString());
        assertEquals(platform.equals("macos") ? List.of("1", "2", "5", "3", "4") : List.of("7", "9"),
                p.routes().stream().map(PredictedRoute::rule).toList());
    }

    /** Seeded random AllowedIPs: every distinct non-default prefix is routed exactly once, longest first. */
    @Test
    void randomAllowedIpsAreEachRoutedOnceLongestFirst() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 200; round++) {
            List<String> cidrs = new ArrayList<>();
            int n = 1 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                int len = 1 + random.nextInt(32);
                long addr = random.nextLong() & 0xFFFFFFFFL;
                // Away from the Address so no route is skipped as already on the tunnel.
                if ((addr >>> 24) == 10) {
                    addr ^= 1L << 31;
                }
                cidrs.add(Prefix.of(dev.routediff.core.model.IpAddress.ipv4(addr), len).toString());
            }
            Prediction p = RULES.predict(settings("", "AllowedIPs = " + String.join(", ", cidrs)), null);
            List<PredictedRoute> routed = p.routes().stream().filter(r -> r.rule().equals("5")).toList();
            assertEquals(cidrs.stream().distinct().sorted().toList(),
                    routed.stream().map(PredictedRoute::destination).sorted().toList(), cidrs.toString());
            for (int i = 1; i < routed.size(); i++) {
                assertTrue(Prefix.parse(routed.get(i - 1).destination()).length()
                        >= Prefix.parse(routed.get(i).destination()).length(), routed.toString());
            }
            assertEquals(cidrs.size() - cidrs.stream().distinct().count(),
                    p.warnings().stream().filter(w -> w.code().equals(Codes.DUPLICATE_ALLOWED_IP.code())).count());
            assertTrue(p.skipped().stream().map(SkippedRoute::rule).collect(Collectors.toSet()).isEmpty());
        }
    }

    private static boolean isCidr(String s) {
        try {
            Prefix.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A one-peer configuration with Address 10.8.0.2/32, one extra [Interface] line and one [Peer] line. */
    /** Where {@link #write} puts configuration files; JUnit deletes it after each test. */
    @TempDir
    Path tmp;

    RuleSettings settings(String interfaceLine, String peerLine) {
        return RuleSettings.EMPTY.with("config", write("[Interface]\nAddress = 10.8.0.2/32\n" + interfaceLine
                + "\n[Peer]\n" + peerLine + "\nEndpoint = 203.0.113.5:51820\n"));
    }

    /** A configuration file named wg7.conf (the name is the interface on Linux), each in its own folder. */
    String write(String text) {
        try {
            Path f = Files.createTempDirectory(tmp, "wg").resolve("wg7.conf");
            Files.writeString(f, text);
            return f.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
