package dev.routediff.checks;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.DnsConfig;
import dev.routediff.core.check.DnsServer;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Trace;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dns-outside-tunnel} (needs {@code --dns}): under a full tunnel, any DNS server that ordinary queries use is
 * reached off the tunnel (the classic DNS leak: the home router's resolver beats 0/1 by its longer LAN prefix); under
 * a split tunnel, a DNS server the VPN set is reached off the tunnel, so names of the private network do not resolve
 * (samm-git/aws-vpn-client#11, Tunnelblick#549, #761). Loopback resolvers (systemd-resolved's 127.0.0.53, dnsmasq)
 * forward elsewhere and are left alone, as are servers only for queries bound to another interface.
 */
@AutoService(Diagnosis.class)
public final class DnsOutsideTunnel implements Diagnosis {

    private static final DiagnosisInfo INFO = new DiagnosisInfo("dns-outside-tunnel",
            "DNS servers reached outside the tunnel (with --dns)", List.of(Codes.DNS_OUTSIDE_TUNNEL.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        Optional<DnsConfig> dns = in.dns();
        if (dns.isEmpty()) {
            return List.of();
        }
        Optional<String> full = in.fullTunnelInterface();
        Set<String> tunnels = new HashSet<>(in.tunnelInterfaces());
        if (tunnels.isEmpty() && dns.get().servers().stream().noneMatch(DnsServer::vpn)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        Set<IpAddress> seen = new HashSet<>();
        for (DnsServer s : dns.get().servers()) {
            boolean vpnSet = s.vpn() || tunnels.contains(s.iface());
            if (s.scopedOnly() && !vpnSet) {
                continue;
            }
            if (!seen.add(s.address().withoutZone())) {
                continue;
            }
            if (full.isEmpty() && !vpnSet) {
                continue;
            }
            Lookup l = in.lookup(s.address().withoutZone());
            Optional<Route> r = l.route();
            Trace.Disposition d = Trace.Disposition.of(r);
            boolean offTunnel = d == Trace.Disposition.LAN && !(vpnSet && r.get().iface().equals(s.iface()));
            if (d == Trace.Disposition.NO_ROUTE && vpnSet) {
                offTunnel = true;
            }
            if (!offTunnel) {
                continue;
            }
            String where = r.map(x -> "by " + x.destination() + " on " + x.iface()).orElse("by no route at all");
            String message = full.isPresent()
                    ? "the DNS server " + s.address() + " (" + dns.get().source() + " line " + s.line() + ") is reached "
                            + where + ", outside the full tunnel on " + full.get() + ": name lookups leave the VPN"
                    : "the DNS server " + s.address() + " that the VPN set (" + dns.get().source() + " line " + s.line()
                            + (s.iface().isEmpty() ? "" : ", bound to " + s.iface()) + ") is reached " + where
                            + ", not through the tunnel: names of the VPN's network will not resolve";
            String fix = full.isPresent()
                    ? "use the DNS servers the VPN pushes (check that the client applies dhcp-option DNS; on Linux "
                            + "systemd-resolved, make the tunnel link the default route for DNS: resolvectl "
                            + "default-route <tunnel> yes and resolvectl domain <tunnel> '~.'), or route the server into "
                            + "the tunnel"
                    : "add a route for " + s.address() + " to the VPN's route table (AWS Client VPN: "
                            + "create-client-vpn-route for the DNS server's subnet), or have the VPN push a DNS server "
                            + "inside a routed network";
            out.add(new Finding(Codes.DNS_OUTSIDE_TUNNEL, Severity.WARNING, message, fix,
                    Finding.Example.of(l, in.table()), r.map(x -> in.evidence(List.of(x))).orElse(List.of())));
        }
        return out;
    }
}
