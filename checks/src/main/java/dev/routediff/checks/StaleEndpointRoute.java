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
import java.util.List;
import java.util.Optional;

/**
 * {@code stale-endpoint-route}: while a tunnel is up, the host route that keeps the VPN server's own traffic off the
 * tunnel goes via a gateway the machine can no longer reach, because it moved to another network (pangeavpn-app
 * PR#25, passepartout#1267). A gateway on a network still attached is fine, even if it is not the default one.
 */
@AutoService(Diagnosis.class)
public final class StaleEndpointRoute implements Diagnosis {

    private static final DiagnosisInfo INFO = new DiagnosisInfo("stale-endpoint-route",
            "the VPN server's host route via a gateway no longer reachable",
            List.of(Codes.STALE_ENDPOINT_ROUTE.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        if (in.tunnelInterfaces().isEmpty()) {
            return List.of();
        }
        List<Route> v4 = in.routable(AddressFamily.INET);
        Optional<Route> current = v4.stream()
                .filter(r -> r.destination().isDefault() && !Shapes.isTunnel(r.iface())
                        && Shapes.gatewayAddress(r) != null).findFirst();
        List<Finding> out = new ArrayList<>();
        for (Route r : v4) {
            IpAddress g = Shapes.gatewayAddress(r);
            if (!r.destination().isHostLength() || g == null || Shapes.isTunnel(r.iface()) || Shapes.addressRow(r)
                    || Shapes.special(r.destination()) || reachable(g, v4)) {
                continue;
            }
            IpAddress server = r.destination().address();
            Lookup l = in.lookup(server);
            List<Route> evidence = new ArrayList<>();
            evidence.add(r);
            current.ifPresent(evidence::add);
            String now = current.map(c -> "; the default gateway is now " + c.gateway().text() + " on "
                    + c.iface()).orElse("");
            out.add(new Finding(Codes.STALE_ENDPOINT_ROUTE, Severity.ERROR, "the host route to " + server
                    + " (the VPN server) goes via " + g + " on " + r.iface() + ", which is on no network this machine "
                    + "is attached to" + now + ": the tunnel's own packets cannot leave",
                    "reconnect the VPN so the client adds the server route via the current gateway"
                    + current.map(c -> " (" + c.gateway().text() + ")").orElse("") + ", or replace it: sudo route -n "
                    + "change -host " + server + " " + current.map(c -> c.gateway().text()).orElse("<gateway>"),
                    Finding.Example.of(l, in.table()), in.evidence(evidence)));
        }
        return out;
    }

    /** Whether a gateway lies on a network attached to some interface (an on-link, non-default route covers it). */
    private static boolean reachable(IpAddress gateway, List<Route> v4) {
        for (Route r : v4) {
            if (Shapes.onLink(r) && !r.destination().isDefault() && r.destination().contains(gateway)
                    && !Shapes.isTunnel(r.iface())) {
                return true;
            }
        }
        return false;
    }
}
