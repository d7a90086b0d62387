package dev.routediff.checks;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Trace;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ipv6-bypass}: a full IPv4 tunnel while IPv6 still leaves by the local network (AWS "IPv6 considerations";
 * Nyr/openvpn-install#1048, #717; pivpn#619). Only under a full tunnel: a split tunnel sends the internet past the
 * VPN on purpose. A scoped IPv6 default does not count: ordinary traffic does not use it.
 */
@AutoService(Diagnosis.class)
public final class Ipv6Bypass implements Diagnosis {

    /** A public IPv6 address (Google Public DNS), standing for the IPv6 internet. */
    static final IpAddress PUBLIC_V6 = IpAddress.parse("2001:4860:4860::8888");

    private static final DiagnosisInfo INFO = new DiagnosisInfo("ipv6-bypass",
            "IPv6 leaving outside a full IPv4 tunnel", List.of(Codes.IPV6_BYPASS.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        Optional<String> tunnel = in.fullTunnelInterface();
        if (tunnel.isEmpty()) {
            return List.of();
        }
        Lookup l = in.lookup(PUBLIC_V6);
        Optional<Route> r = l.route();
        if (r.isEmpty() || Shapes.scoped(r.get()) || Trace.Disposition.of(r) != Trace.Disposition.LAN) {
            return List.of();
        }
        List<Route> evidence = new ArrayList<>();
        evidence.add(r.get());
        in.routable(AddressFamily.INET).stream()
                .filter(x -> x.iface().equals(tunnel.get()) && Shapes.catchAll(x.destination()))
                .forEach(evidence::add);
        return List.of(new Finding(Codes.IPV6_BYPASS, Severity.WARNING, "IPv4 traffic goes into the full tunnel on "
                + tunnel.get() + " but IPv6 traffic leaves by " + r.get().destination() + " on " + r.get().iface()
                + ", outside the tunnel", "route IPv6 into the tunnel too (OpenVPN: redirect-gateway ipv6, or "
                + "route-ipv6 2000::/3 on the client; AWS Client VPN: a dual-stack endpoint, or the route-ipv6 "
                + "2000::/4 and 3000::/4 workaround), or turn IPv6 off on " + r.get().iface() + " while connected",
                Finding.Example.of(l, in.table()), in.evidence(evidence)));
    }
}
