package dev.routediff.rules.openvpn;

import static dev.routediff.rules.openvpn.Fixtures.explain;
import static dev.routediff.rules.openvpn.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.RuleSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change connecting an OpenVPN client makes is attributed, on each platform's own table form. */
class OpenVpnExplainTest {

    private final OpenVpnRules rules = new OpenVpnRules();

    @Test
    void linuxRouteNFullTunnelSubnet24() {
        Explanation e = explain(rules, "linux-route-n-before.txt", "linux-route-n-after.txt", RuleSettings.EMPTY);
        assertEquals(List.of(
                "added 0.0.0.0/1 10.9.0.1 tun0 -> 6",
                "added 10.9.0.0/24 tun0 tun0 -> 2",
                "added 128.0.0.0/1 10.9.0.1 tun0 -> 7",
                "added 198.51.100.20/32 192.168.100.1 ppp1 -> 5"), lines(e));
        assertTrue(e.fullyExplained());
        assertEquals("linux", e.inferred().get("platform"));
        assertEquals("tun0", e.inferred().get("tunnel_interface"));
        assertEquals("10.9.0.0/24", e.inferred().get("vpn_subnet"));
        assertEquals("10.9.0.1", e.inferred().get("vpn_gateway"));
        assertEquals("def1", e.inferred().get("redirect_gateway"));
        assertEquals("198.51.100.20", e.inferred().get("endpoint_ip"));
        // route -n prints no source address: C stays unknown unless given.
        assertEquals(null, e.inferred().get("assigned_ip"));
    }

    @Test
    void linuxRouteNWithPushReplyHasNothingMissing() {
        RuleSettings push = RuleSettings.EMPTY.with("push-reply", "Mon Oct 28 21:54:41 2019 PUSH: Received control "
                + "message: 'PUSH_REPLY,dhcp-option DNS 1.0.0.1,dhcp-option DNS 1.1.1.1,redirect-gateway def1 "
                + "bypass-dhcp,route-gateway 10.9.0.1,topology subnet,ping 10,ping-restart 120,ifconfig 10.9.0.98 "
                + "255.255.255.0,peer-id 0,cipher AES-128-GCM'");
        Explanation e = explain(rules, "linux-route-n-before.txt", "linux-route-n-after.txt", push);
        assertEquals("10.9.0.98", e.inferred().get("assigned_ip"));
        assertTrue(e.missing().isEmpty(), () -> e.missing().toString());
        assertTrue(e.fullyExplained());
    }

    @Test
    void linuxIpRouteNet30InfersTheAssignedAddressFromSrc() {
        Explanation e = explain(rules, "linux-ip-net30-before.txt", "linux-ip-net30-after.txt", RuleSettings.EMPTY);
        assertEquals(List.of(
                "added 0.0.0.0/1 10.8.0.25 tun0 -> 6",
                "added 10.8.0.0/24 10.8.0.25 tun0 -> 4",
                "added 10.8.0.25/32 tun0 tun0 -> 3",
                "added 10.8.1.0/24 10.8.0.25 tun0 -> 4",
                "added 128.0.0.0/1 10.8.0.25 tun0 -> 7",
                "added 203.0.113.10/32 192.168.1.1 wlp2s0 -> 5"), lines(e));
        assertEquals("net30", e.inferred().get("topology"));
        assertEquals("10.8.0.26", e.inferred().get("assigned_ip"));
        assertEquals("10.8.0.25", e.inferred().get("peer"));
        assertEquals("10.8.0.25", e.inferred().get("vpn_gateway"));
    }

    @Test
    void linuxIpRouteAwsSlash27FullTunnel() {
        Explanation e = explain(rules, "linux-ip-net30-before.txt", "linux-ip-aws27-after.txt", RuleSettings.EMPTY);
        assertTrue(e.fullyExplained(), () -> lines(e).toString());
        assertEquals("10.0.0.98", e.inferred().get("assigned_ip"));
        assertEquals("10.0.0.96/27", e.inferred().get("vpn_subnet"));
        assertEquals("10.0.0.97", e.inferred().get("vpn_gateway"));
    }

    @Test
    void windowsRoutePrintFullTunnelSubnet24() {
        Explanation e = explain(rules, "windows-before.txt", "windows-def1-after.txt", RuleSettings.EMPTY);
        assertEquals(List.of(
                "added 0.0.0.0/1 10.8.0.1 10.8.0.2 -> 6",
                "added 10.8.0.0/24 10.8.0.2 10.8.0.2 -> 2",
                "added 10.8.0.2/32 10.8.0.2 10.8.0.2 -> 1",
                "added 10.8.0.255/32 10.8.0.2 10.8.0.2 -> 2",
                "added 128.0.0.0/1 10.8.0.1 10.8.0.2 -> 7",
                "added 198.51.100.77/32 192.168.1.1 192.168.1.100 -> 5",
                "added 224.0.0.0/4 10.8.0.2 10.8.0.2 -> 12",
                "added 255.255.255.255/32 10.8.0.2 10.8.0.2 -> 12"), lines(e));
        assertEquals("windows", e.inferred().get("platform"));
        assertEquals("10.8.0.2", e.inferred().get("assigned_ip"));
        assertEquals("10.8.0.0/24", e.inferred().get("vpn_subnet"));
    }

    @Test
    void windowsRoutePrintSplitTunnelSlash23() {
        Explanation e = explain(rules, "windows-before.txt", "windows-split23-after.txt", RuleSettings.EMPTY);
        assertTrue(e.fullyExplained(), () -> lines(e).toString());
        assertEquals("10.101.32.0/23", e.inferred().get("vpn_subnet"));
        assertEquals("none", e.inferred().get("redirect_gateway"));
        assertTrue(lines(e).contains("added 10.101.24.0/24 10.101.32.1 10.101.32.10 -> 4"));
    }

    @Test
    void windowsRoutePrintNet30IsASlash30Adapter() {
        Explanation e = explain(rules, "windows-before.txt", "windows-net30-after.txt", RuleSettings.EMPTY);
        assertTrue(e.fullyExplained(), () -> lines(e).toString());
        assertEquals("10.8.0.26", e.inferred().get("assigned_ip"));
        assertEquals("10.8.0.24/30", e.inferred().get("vpn_subnet"));
        assertEquals("10.8.0.25", e.inferred().get("vpn_gateway"));
    }

    @Test
    void macosTunnelblickSlash24SplitTunnel() {
        Explanation e = explain(rules, "macos-before.txt", "macos-tunnelblick24-split-after.txt", RuleSettings.EMPTY);
        assertEquals(List.of(
                "added 10.8.0.0/24 10.8.0.2 utun1 -> 2",
                "added 10.8.0.2/32 10.8.0.2 utun1 -> 1",
                "added 172.20.10.0/24 10.8.0.1 utun1 -> 4"), lines(e));
        assertEquals("none", e.inferred().get("redirect_gateway"));
    }

    @Test
    void macosNet30InfersTheAssignedAddressFromThePeerRow() {
        Explanation e = explain(rules, "macos-before.txt", "macos-net30-after.txt", RuleSettings.EMPTY);
        assertEquals("10.10.5.6", e.inferred().get("assigned_ip"));
        assertEquals("10.10.5.5", e.inferred().get("peer"));
        assertEquals("net30", e.inferred().get("topology"));
        assertTrue(e.fullyExplained(), () -> lines(e).toString());
        assertTrue(lines(e).contains("added 10.10.5.5/32 10.10.5.6 utun5 -> 3"));
    }

    @Test
    void macosNet30WithTunnelPrefixGivesTheSubnetRow() {
        Explanation e = explain(rules, "macos-before.txt", "macos-net30-after.txt",
                RuleSettings.EMPTY.with("tunnel-prefix", "24"));
        assertTrue(lines(e).contains("added 10.10.5.0/24 10.10.5.5 utun5 -> 2"), () -> lines(e).toString());
    }
}
