package dev.routediff.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.RuleSettings;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each code fires on a table shaped the way the problem looks in the public reports, and stays quiet on ordinary
 * tables: the field report's, real public captures, clean split and full tunnels.
 */
class DiagnosesTest {

    private static Finding only(List<Finding> findings, String code) {
        List<Finding> of = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, of.size(), () -> "one " + code + " in " + findings);
        assertEquals(Set.of(code), findings.stream().map(Finding::code).collect(Collectors.toSet()),
                () -> "nothing else fires: " + findings);
        return of.get(0);
    }

    private static String exampleIface(Finding f) {
        return f.exampleIfAny().orElseThrow().route().map(Route::iface).orElse("none");
    }

    private static List<Integer> lines(Finding f) {
        return f.evidence().stream().map(Finding.Evidence::line).toList();
    }

    @Test
    void dockerBridgeInsideTheVpnRangeTakesItsTraffic() {
        List<Finding> all = Inputs.findings("tables/linux-docker0-vpn.txt");
        assertEquals(2, all.size(), all::toString);
        assertEquals("br-3f1a9c2e7b4d", exampleIface(all.get(1)), "the compose network on 172.20/16 too");
        Finding f = all.get(0);
        assertEquals(Codes.BRIDGE_OVERLAP.code(), f.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("docker0", exampleIface(f));
        assertEquals("172.17.0.1", f.example().address().toString());
        assertEquals(List.of(4, 3), lines(f));
        assertTrue(f.fix().contains("\"bip\""), f.fix());
        assertTrue(f.evidence().get(0).source().endsWith("linux-docker0-vpn.txt"));
    }

    @Test
    void bridgeOverlappingTheClientCidrSetting() {
        CheckInput in = new CheckInput(Inputs.table("tables/linux-docker0-no-vpn.txt"), null,
                RuleSettings.EMPTY.with("client-cidr", "172.16.0.0/12"), null);
        Finding f = only(Inputs.findings(in), Codes.BRIDGE_OVERLAP.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("docker0", exampleIface(f));
    }

    @Test
    void routesOnAUtunWithoutItsAddressRowAreLeftovers() {
        Finding f = only(Inputs.findings("tables/macos-after-disconnect-leftover.txt"), Codes.LEFTOVER_ROUTE.code());
        assertEquals(List.of(6, 7), lines(f));
        assertEquals(Severity.ERROR, f.severity(), "10.20.0.1 is sent into the gone utun3");
        assertEquals("utun3", exampleIface(f));
    }

    @Test
    void withBeforeEveryAddedRouteOfAGoneTunnelIsALeftover() {
        CheckInput in = new CheckInput(Inputs.table("tables/macos-after-disconnect-leftover.txt"),
                Inputs.table("public/home-before.txt"), RuleSettings.EMPTY, null);
        Finding f = only(Inputs.findings(in), Codes.LEFTOVER_ROUTE.code());
        assertEquals(2, f.evidence().size());
    }

    @Test
    void aConnectedTableWithBeforeHasNoLeftovers() {
        CheckInput in = new CheckInput(Inputs.table("public/clientvpn-split-after.txt"),
                Inputs.table("public/clientvpn-split-before.txt"), RuleSettings.EMPTY, null);
        assertEquals(List.of(), Inputs.findings(in));
    }

    @Test
    void twoFullTunnelsConflict() {
        Finding f = only(Inputs.findings("tables/macos-two-full-tunnels.txt"), Codes.TUNNEL_CONFLICT.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("utun3", exampleIface(f), "the first row of equal prefixes wins");
        assertEquals(4, f.evidence().size());
    }

    @Test
    void twoSplitTunnelsWithOverlappingRoutesConflict() {
        Finding f = only(Inputs.findings("tables/macos-two-split-tunnels.txt"), Codes.TUNNEL_CONFLICT.code());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("utun5", exampleIface(f), "10.100/16 is longer than 10/8");
        assertTrue(f.message().contains("10.0.0.0/8 and 10.100.0.0/16"), f.message());
    }

    @Test
    void ipv6LeavesOutsideAFullIpv4Tunnel() {
        Finding f = only(Inputs.findings("tables/macos-full-tunnel-ipv6-leak.txt"), Codes.IPV6_BYPASS.code());
        assertEquals("2001:4860:4860::8888", f.example().address().toString());
        assertEquals("en0", exampleIface(f));
    }

    @Test
    void aScopedOnlyTunnelRouteDoesNotCarryOrdinaryTraffic() {
        Finding f = only(Inputs.findings("tables/macos-scoped-tunnel-route.txt"), Codes.SCOPED_TUNNEL_ROUTE.code());
        assertEquals("100.64.0.1", f.example().address().toString());
        assertEquals("en0", exampleIface(f), "the unscoped default takes it");
    }

    @Test
    void theServerRouteViaTheOldNetworksGatewayIsStale() {
        Finding f = only(Inputs.findings("tables/macos-full-tunnel-roamed.txt"), Codes.STALE_ENDPOINT_ROUTE.code());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("3.112.84.27", f.example().address().toString());
        assertTrue(f.message().contains("192.168.10.1") && f.message().contains("10.40.8.1"), f.message());
    }

    @Test
    void fullTunnelWithTheHomeRouterAsResolverLeaksDns() {
        CheckInput in = new CheckInput(Inputs.table("tables/macos-full-tunnel.txt"), null, RuleSettings.EMPTY,
                Inputs.dns("dns/scutil-full-home-router.txt"));
        Finding f = only(Inputs.findings(in), Codes.DNS_OUTSIDE_TUNNEL.code());
        assertEquals("192.168.10.1", f.example().address().toString());
        assertEquals("en0", exampleIface(f));
    }

    @Test
    void fullTunnelWithTheVpnsResolverIsQuiet() {
        CheckInput in = new CheckInput(Inputs.table("tables/macos-full-tunnel.txt"), null, RuleSettings.EMPTY,
                Inputs.dns("dns/scutil-full-vpn-resolver.txt"));
        assertEquals(List.of(), Inputs.findings(in));
    }

    @Test
    void splitTunnelWithTheVpnsResolverOutsideItsRoutes() {
        CheckInput in = new CheckInput(Inputs.table("public/clientvpn-split-after.txt"), null, RuleSettings.EMPTY,
                Inputs.dns("dns/scutil-split-unrouted-resolver.txt"));
        Finding f = only(Inputs.findings(in), Codes.DNS_OUTSIDE_TUNNEL.code());
        assertEquals("10.0.0.2", f.example().address().toString());
        assertEquals("en0", exampleIface(f));
    }

    @Test
    void splitTunnelWithTheVpcResolverInsideItsRoutesIsQuiet() {
        CheckInput in = new CheckInput(Inputs.table("public/clientvpn-split-after.txt"), null, RuleSettings.EMPTY,
                Inputs.dns("dns/scutil-split-vpc-resolver.txt"));
        assertEquals(List.of(), Inputs.findings(in));
    }

    @Test
    void linuxFullTunnelWithTheRoutersResolverInResolvConfLeaks() {
        CheckInput in = new CheckInput(Inputs.table("tables/linux-openvpn-full-tunnel.txt"), null,
                RuleSettings.EMPTY, Inputs.dns("dns/resolv.conf-home-router"));
        Finding f = only(Inputs.findings(in), Codes.DNS_OUTSIDE_TUNNEL.code());
        assertEquals("wlp2s0", exampleIface(f));
    }

    @Test
    void theSystemdStubResolverIsLeftAlone() {
        CheckInput in = new CheckInput(Inputs.table("tables/linux-openvpn-full-tunnel.txt"), null,
                RuleSettings.EMPTY, Inputs.dns("dns/resolv.conf-stub"));
        assertEquals(List.of(), Inputs.findings(in));
    }

    @ParameterizedTest
    @ValueSource(strings = {"public/clientvpn-split-before.txt", "public/clientvpn-split-after.txt",
            "public/home-before.txt", "public/wireguard-after-full-tunnel.txt", "public/jackpal-gateway__darwin.txt",
            "public/osx-10.14.6__netstat-rnl.out", "public/walljm-JMW.Parsing__macos14plus_netstat-rn.extracted.out",
            "public/ubuntu-18.04__ip_route.out", "public/centos-7.7__ip_route.out", "public/jackpal-gateway__linux.txt",
            "public/ntc-templates__linux_ip_route_show.raw", "public/windows-10__route.out",
            "public/jackpal-gateway__windows.txt", "public/jackpal-gateway__windowsLocalized.txt",
            "tables/macos-full-tunnel.txt", "tables/linux-openvpn-full-tunnel.txt", "tables/linux-docker0-no-vpn.txt",
            "tables/macos-block-local-orbstack.txt", "tables/macos-split-lan-shadowed.txt"})
    void ordinaryTablesAreQuiet(String table) {
        assertEquals(List.of(), Inputs.findings(table));
    }
}
