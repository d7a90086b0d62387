package dev.routediff.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.routediff.checks.dns.IpconfigReader;
import dev.routediff.checks.dns.ResolvConfReader;
import dev.routediff.checks.dns.ScutilDnsReader;
import dev.routediff.core.check.DnsConfig;
import dev.routediff.core.check.DnsServer;
import dev.routediff.core.spi.RouteInputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reader on real-shaped output: which servers, bound to which interface, from which line. */
class DnsReadersTest {

    private static List<String> servers(DnsConfig c) {
        return c.servers().stream().map(s -> s.address() + "@" + s.iface() + (s.vpn() ? "+vpn" : "")
                + (s.scopedOnly() ? "+scoped" : "") + ":" + s.line()).toList();
    }

    @Test
    void scutilSplitsOrdinaryAndScopedResolvers() {
        DnsConfig c = Inputs.dns("dns/scutil-split-vpc-resolver.txt");
        assertEquals("scutil-dns", c.readerId());
        assertEquals(List.of("10.63.0.2@utun3+vpn:5", "192.168.0.1@en0+scoped:30"), servers(c));
    }

    @Test
    void scutilFullTunnelWithTheHomeRouterAndAnIpv6Server() {
        DnsConfig c = Inputs.dns("dns/scutil-full-home-router.txt");
        assertEquals(List.of("192.168.10.1@en0:5", "2001:db8:4a1c:100::1@en0:6", "192.168.10.1@en0+scoped:31",
                "2001:db8:4a1c:100::1@en0+scoped:32"), servers(c));
    }

    @Test
    void resolvConfNameserversAndAZonedLinkLocalOne() {
        assertEquals(List.of("192.168.1.1@:3", "fe80::1%wlp2s0@wlp2s0:4"),
                servers(Inputs.dns("dns/resolv.conf-home-router")));
        assertEquals(List.of("127.0.0.53@:21"), servers(Inputs.dns("dns/resolv.conf-stub")));
    }

    @Test
    void resolvectlPerLinkServersAndDefaultRoute() {
        DnsConfig c = Inputs.dns("dns/resolvectl-status-tun0.txt");
        assertEquals("resolvectl", c.readerId());
        assertEquals(List.of("192.168.1.1@wlp2s0:9", "fe80::1%22897@wlp2s0:9", "10.8.0.1@tun0+vpn+scoped:20"),
                servers(c));
    }

    @Test
    void olderSystemdResolveListsContinueOnIndentedLines() {
        assertEquals(List.of("10.8.0.1@tun0+vpn:13", "10.8.0.53@tun0+vpn:14", "192.168.1.1@enp0s3:23"),
                servers(Inputs.dns("dns/systemd-resolve-status-old.txt")));
    }

    @Test
    void ipconfigBindsServersToTheAdaptersAddressAndKnowsVpnAdapters() {
        DnsConfig c = Inputs.dns("dns/ipconfig-all-aws-vpn.txt");
        assertEquals("ipconfig-all", c.readerId());
        assertEquals(List.of("192.168.0.2@10.0.0.98+vpn:21", "192.168.1.1@192.168.1.23:35",
                "8.8.8.8@192.168.1.23:36"), servers(c));
    }

    @Test
    void ipconfigInGerman() {
        assertEquals(List.of("192.168.178.1@192.168.178.24:12"), servers(Inputs.dns("dns/ipconfig-all-german.txt")));
    }

    @Test
    void detectionTellsTheFormatsApart() {
        String scutil = "DNS configuration\n\nresolver #1\n  nameserver[0] : 10.0.0.2\n";
        assertTrue(new ScutilDnsReader().detect(scutil) > new ResolvConfReader().detect(scutil));
        assertEquals(0, new ResolvConfReader().detect("Windows IP Configuration\n   Host Name . . . . : x\n"));
        assertEquals(0, new IpconfigReader().detect("nameserver 1.1.1.1\n"));
        assertEquals(0, new ScutilDnsReader().detect("Destination Gateway Flags Netif\n"));
    }

    @Test
    void aBadAddressIsOneLineWithSourceAndLine() {
        RouteInputException e = assertThrows(RouteInputException.class, () -> new ResolvConfReader()
                .read(new StringReader("search home\nnameserver 192.168.1.300\n"), "resolv.conf"));
        assertEquals("resolv.conf:2: expected an IP address after nameserver, found '192.168.1.300'", e.getMessage());
        RouteInputException s = assertThrows(RouteInputException.class, () -> new ScutilDnsReader()
                .read(new StringReader("DNS configuration\n\nresolver #1\n  nameserver[0] : dns.example\n"), "dns.txt"));
        assertTrue(s.getMessage().startsWith("dns.txt:4: expected an IP address"), s.getMessage());
    }

    @Test
    void aServerRecordKeepsItsFields() {
        DnsServer s = Inputs.dns("dns/scutil-full-vpn-resolver.txt").servers().get(0);
        assertEquals("172.25.0.2", s.address().toString());
        assertEquals("utun2", s.iface());
        assertTrue(s.vpn());
    }
}
