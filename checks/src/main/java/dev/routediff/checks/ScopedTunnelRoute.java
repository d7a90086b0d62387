package dev.routediff.checks;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scoped-tunnel-route}: a network routed into a tunnel only by an interface-scoped ({@code I}) route, so
 * ordinary traffic, which is not bound to the tunnel, does not use it (macOS; tailscale#846). Scoped defaults are
 * left alone: macOS keeps one per interface, tunnels included, and split VPNs carry one normally. The example is
 * looked up among the unscoped routes, as the kernel does for traffic not bound to an interface.
 */
@AutoService(Diagnosis.class)
public final class ScopedTunnelRoute implements Diagnosis {

    private static final DiagnosisInfo INFO = new DiagnosisInfo("scoped-tunnel-route",
            "tunnel routes that exist only interface-scoped (macOS I flag)", List.of(Codes.SCOPED_TUNNEL_ROUTE.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        List<Route> all = in.routes();
        // traffic not bound to an interface never matches a scoped route: look it up among the unscoped ones
        RouteIndex unbound = RouteIndex.build(all.stream().filter(r -> !Shapes.scoped(r)).toList());
        List<Finding> out = new ArrayList<>();
        for (Route r : all) {
            if (!Shapes.isTunnel(r.iface()) || !r.flags().has(RouteFlag.IFSCOPE) || !Shapes.ordinaryNetwork(r)
                    || Shapes.addressRow(r) || r.flags().has(RouteFlag.MULTICAST) || r.isNeighborEntry()) {
                continue;
            }
            boolean unscopedTwin = all.stream().anyMatch(o -> o.iface().equals(r.iface())
                    && o.destination().equals(r.destination()) && !o.flags().has(RouteFlag.IFSCOPE));
            if (unscopedTwin) {
                continue;
            }
            IpAddress a = Shapes.sample(r.destination());
            Lookup l = unbound.lookup(a);
            Route chosen = l.route().orElse(null);
            // traffic still enters this tunnel by another, unscoped route: nothing lost
            if (chosen != null && chosen.iface().equals(r.iface()) && !Shapes.scoped(chosen)) {
                continue;
            }
            List<Route> evidence = new ArrayList<>();
            evidence.add(r);
            if (chosen != null && chosen != r && !chosen.equals(r)) {
                evidence.add(chosen);
            }
            out.add(new Finding(Codes.SCOPED_TUNNEL_ROUTE, Severity.WARNING, "the route " + r.destination()
                    + " into " + r.iface() + " is interface-scoped (I) only, so ordinary traffic to it does not "
                    + "enter the tunnel" + (chosen == null || chosen.equals(r) ? ""
                            : "; it takes " + chosen.destination() + " on " + chosen.iface() + " instead"),
                    "have the VPN client add the route unscoped (macOS: sudo route -n add -net " + r.destination()
                    + " -interface " + r.iface() + "); a client that installs scoped routes on purpose expects its "
                    + "traffic bound to the tunnel (per-app VPN, Network Extension rules)",
                    Finding.Example.of(l, in.table()), in.evidence(evidence)));
        }
        return out;
    }
}
