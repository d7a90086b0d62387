package dev.routediff.checks;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tunnel-conflict}: two VPNs at once (tailscale#925, #5631, #8401): two tunnel interfaces that both claim all
 * traffic, or that route overlapping networks. Says which one wins for an example address. A catch-all of one and
 * specific routes of the other are left alone: that is how a split VPN runs beside a full one.
 */
@AutoService(Diagnosis.class)
public final class TunnelConflict implements Diagnosis {

    private static final DiagnosisInfo INFO = new DiagnosisInfo("tunnel-conflict",
            "two tunnels with overlapping routes or two catch-alls", List.of(Codes.TUNNEL_CONFLICT.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        List<Finding> out = new ArrayList<>();
        for (AddressFamily family : AddressFamily.values()) {
            Map<String, List<Route>> byTunnel = new LinkedHashMap<>();
            for (Route r : in.routable(family)) {
                if (Shapes.isTunnel(r.iface()) && !Shapes.addressRow(r) && !Shapes.special(r.destination())
                        && !r.destination().isIrregular()) {
                    byTunnel.computeIfAbsent(r.iface(), k -> new ArrayList<>()).add(r);
                }
            }
            List<String> tunnels = new ArrayList<>(byTunnel.keySet());
            for (int i = 0; i < tunnels.size(); i++) {
                for (int j = i + 1; j < tunnels.size(); j++) {
                    Finding f = conflict(in, family, byTunnel.get(tunnels.get(i)), byTunnel.get(tunnels.get(j)));
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    private static Finding conflict(CheckInput in, AddressFamily family, List<Route> a, List<Route> b) {
        String ta = a.get(0).iface();
        String tb = b.get(0).iface();
        List<Route> catchA = a.stream().filter(r -> Shapes.catchAll(r.destination())).toList();
        List<Route> catchB = b.stream().filter(r -> Shapes.catchAll(r.destination())).toList();
        if (!catchA.isEmpty() && !catchB.isEmpty()) {
            IpAddress x = IpAddress.parse(family == AddressFamily.INET ? "8.8.8.8" : "2001:4860:4860::8888");
            Lookup l = in.lookup(x);
            List<Route> evidence = new ArrayList<>(catchA);
            evidence.addAll(catchB);
            return new Finding(Codes.TUNNEL_CONFLICT, Severity.ERROR, "both " + ta + " and " + tb + " claim all "
                    + (family == AddressFamily.INET ? "IPv4" : "IPv6") + " traffic: two VPNs are connected at once, and " + winner(l)
                    + " gets everything", fix(ta, tb), Finding.Example.of(l, in.table()), in.evidence(evidence));
        }
        List<Route> evidence = new ArrayList<>();
        Route firstA = null;
        Route firstB = null;
        for (Route ra : a) {
            for (Route rb : b) {
                if (!Shapes.catchAll(ra.destination()) && !Shapes.catchAll(rb.destination())
                        && ra.destination().overlaps(rb.destination())) {
                    if (firstA == null) {
                        firstA = ra;
                        firstB = rb;
                    }
                    if (!evidence.contains(ra)) {
                        evidence.add(ra);
                    }
                    if (!evidence.contains(rb)) {
                        evidence.add(rb);
                    }
                }
            }
        }
        if (firstA == null) {
            return null;
        }
        IpAddress x = Shapes.sample(Shapes.overlap(firstA.destination(), firstB.destination()));
        Lookup l = in.lookup(x);
        return new Finding(Codes.TUNNEL_CONFLICT, Severity.WARNING, ta + " and " + tb + " route overlapping networks ("
                + firstA.destination() + " and " + firstB.destination() + "): two VPNs are connected at once, and "
                + winner(l) + " gets the overlap", fix(ta, tb), Finding.Example.of(l, in.table()), in.evidence(evidence));
    }

    private static String winner(Lookup l) {
        return l.route().map(Route::iface).orElse("neither");
    }

    private static String fix(String a, String b) {
        return "disconnect one of the VPNs on " + a + " and " + b + ", or configure one of them to leave the other's "
                + "networks alone (a split tunnel without the overlapping routes)";
    }
}
