package dev.routediff.rules.openvpn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.spi.RouteInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings and PUSH_REPLY lines become each platform's rows. */
class OpenVpnPredictTest {

    private static final String AWS_LOG = "2023-01-05 PUSH: Received control message: 'PUSH_REPLY,redirect-gateway "
            + "def1 bypass-dhcp,dhcp-option DNS 192.168.0.2,route-gateway 10.0.0.97,topology subnet,ping 1,"
            + "ping-restart 20,auth-token,ifconfig 10.0.0.98 255.255.255.224,peer-id 0'";

    private final OpenVpnRules rules = new OpenVpnRules();

    private static List<String> rows(Prediction p) {
        return p.routes().stream().map(r -> r.change().word().charAt(0) + " " + r.rule() + " " + r.destination() + " "
                + r.gateway() + " " + r.iface()).toList();
    }

    @Test
    void awsPushReplyOnEachPlatform() {
        RuleSettings s = RuleSettings.EMPTY.with("push-reply", AWS_LOG).with("endpoint-ip", "3.112.20.7");
        assertEquals(List.of(
                "a 1 10.0.0.98/32 10.0.0.98 utunN",
                "a 2 10.0.0.96/27 10.0.0.98 utunN",
                "a 5 3.112.20.7/32 original default gateway default interface",
                "a 6 0.0.0.0/1 10.0.0.97 utunN",
                "a 7 128.0.0.0/1 10.0.0.97 utunN"), rows(rules.predict(s, null)));
        assertEquals(List.of(
                "a 2 10.0.0.96/27 tun0 tun0",
                "a 5 3.112.20.7/32 192.168.1.1 wlp2s0",
                "a 6 0.0.0.0/1 10.0.0.97 tun0",
                "a 7 128.0.0.0/1 10.0.0.97 tun0"),
                rows(rules.predict(s, Fixtures.table("linux-ip-net30-before.txt"))));
        List<String> windows = rows(rules.predict(s, Fixtures.table("windows-before.txt")));
        assertTrue(windows.contains("a 2 10.0.0.127/32 On-link 10.0.0.98"), windows.toString());
        assertTrue(windows.contains("a 10 adapter's DHCP server 192.168.1.1 192.168.1.100"), windows.toString());
    }

    @Test
    void net30WithoutDef1MovesTheDefault() {
        RuleSettings s = RuleSettings.EMPTY.with("ifconfig", "10.8.0.26 10.8.0.25").with("redirect-gateway", "")
                .with("route", "10.8.1.0/24").with("platform", "linux");
        List<String> r = rows(rules.predict(s, Fixtures.table("linux-ip-net30-before.txt")));
        assertEquals(List.of(
                "a 3 10.8.0.25/32 tun0 tun0",
                "a 5 server address 192.168.1.1 wlp2s0",
                "r 8 0.0.0.0/0 192.168.1.1 wlp2s0",
                "a 8 0.0.0.0/0 10.8.0.25 tun0",
                "a 4 10.8.1.0/24 10.8.0.25 tun0"), r);
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheSetting() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> rules.predict(
                RuleSettings.EMPTY.with("push-reply", "PUSH_REPLY,topology ring"), null));
        assertTrue(e.getMessage().contains("expected topology subnet, net30 or p2p, found 'ring'"), e.getMessage());
        assertThrows(RouteInputException.class, () -> rules.predict(
                RuleSettings.EMPTY.with("push-reply", "no such file and no push"), null));
    }
}
