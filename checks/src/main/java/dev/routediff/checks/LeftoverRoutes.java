package dev.routediff.checks;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code leftover-route}: routes a VPN connection added that outlived it (Tunnelblick#421, #208;
 * mysteriumnetwork/node#1470). With {@code --before} (taken before connecting) and a table taken after disconnecting:
 * every route added since. Without it, only what the table itself shows: on macOS, routes via a {@code utun} whose
 * own address row is gone. A table that still shows its tunnel up is taken to be connected, and nothing is said.
 */
@AutoService(Diagnosis.class)
public final class LeftoverRoutes implements Diagnosis {

    private static final DiagnosisInfo INFO = new DiagnosisInfo("leftover-route",
            "routes left behind after the VPN disconnected", List.of(Codes.LEFTOVER_ROUTE.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        RouteTable table = in.table();
        List<Route> left;
        if (in.before().isPresent()) {
            List<Route> added = RouteDiffer.diff(in.before().get(), table, false).added().stream()
                    .filter(r -> !r.isNeighborEntry()).toList();
            Set<String> tunnels = added.stream().map(Route::iface).filter(Shapes::isTunnel)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            // a tunnel that is still up means this table was taken while connected: its routes are not leftovers
            if (tunnels.isEmpty() || tunnels.stream().anyMatch(t -> up(t, table))) {
                return List.of();
            }
            left = added;
        } else {
            left = new ArrayList<>();
            for (Route r : table.routes()) {
                if (r.iface().startsWith("utun") && Shapes.isTunnel(r.iface()) && !r.isNeighborEntry()
                        && !up(r.iface(), table)) {
                    left.add(r);
                }
            }
        }
        if (left.isEmpty()) {
            return List.of();
        }
        Route first = left.stream().filter(r -> Shapes.catchAll(r.destination())).findFirst().orElse(left.get(0));
        IpAddress a = Shapes.catchAll(first.destination()) && first.destination().address().isIpv4()
                ? IpAddress.parse("8.8.8.8") : Shapes.sample(first.destination());
        Lookup l = in.lookup(a);
        boolean blackholed = l.route().map(r -> left.contains(r) && Shapes.isTunnel(r.iface())
                && !up(r.iface(), table)).orElse(false);
        Set<String> gone = left.stream().map(Route::iface).filter(i -> Shapes.isTunnel(i) && !up(i, table))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String message = left.size() + (left.size() == 1 ? " route" : " routes") + " the VPN added "
                + (left.size() == 1 ? "is" : "are") + " still in the table"
                + (gone.isEmpty() ? "" : " although " + String.join(", ", gone) + (gone.size() == 1 ? " is" : " are")
                        + " no longer up")
                + (blackholed ? ": traffic to " + a + " is sent into a tunnel that is gone" : "");
        String fix = "delete them (macOS: sudo route -n delete -net <destination> <gateway>, or turn Wi-Fi off and on; "
                + "Linux: sudo ip route del <destination>); if the VPN client cannot delete its own routes (OpenVPN "
                + "running as nobody, a crashed client), fix its privileges or restart it before reconnecting";
        return List.of(new Finding(Codes.LEFTOVER_ROUTE, blackholed ? Severity.ERROR : Severity.WARNING, message, fix,
                Finding.Example.of(l, table), in.evidence(left)));
    }

    /**
     * Whether a tunnel interface is still up in the table. A {@code utun} is up while it has an address row (its own
     * IPv4 address as a host route to itself, an IPv6 link-local network of its zone, or any route via its
     * {@code link#N}); the kernel removes the
     * routes of other tunnel devices (tun, wg) with the device, so their presence means up.
     */
    static boolean up(String iface, RouteTable table) {
        if (!iface.startsWith("utun")) {
            return table.routes().stream().anyMatch(r -> r.iface().equals(iface));
        }
        for (Route r : table.routes()) {
            if (!r.iface().equals(iface)) {
                continue;
            }
            // a link#N gateway names the interface's index, which exists only while the interface does
            if (Shapes.addressRow(r) || iface.equals(r.destination().address().zone())
                    || r.gateway() instanceof Gateway.Link) {
                return true;
            }
        }
        return false;
    }
}
