package dev.routediff.rules.clientvpn;

import com.google.auto.service.AutoService;
import dev.routediff.core.check.CheckInput;
import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code routediff check} finds with this rule set's knowledge: a pushed route shadowed by a local one, the
 * tunnel mode the table shows against the endpoint's setting, the client CIDR on top of a LAN, and the block-local
 * case. The tunnel is read off the table alone: the assigned address's host row on a {@code utun} (rule 1).
 */
@AutoService(Diagnosis.class)
public final class ClientVpnDiagnosis implements Diagnosis {

    public static final String SPLIT_MODE_MISMATCH = "split-mode-mismatch";

    private static final Prefix LOWER_HALF = Prefix.parse("0.0.0.0/1");
    private static final Prefix UPPER_HALF = Prefix.parse("128.0.0.0/1");
    private static final IpAddress INTERNET = IpAddress.parse("8.8.8.8");

    private static final DiagnosisInfo INFO = new DiagnosisInfo("aws-client-vpn",
            "AWS Client VPN: shadowed pushed routes, split mode against the setting, client CIDR on a LAN, block-local",
            List.of(WarningCodes.VPN_ROUTE_SHADOWED.code(), SPLIT_MODE_MISMATCH,
                    WarningCodes.CLIENT_CIDR_OVERLAPS_LAN.code(), WarningCodes.BLOCK_LOCAL.code()), ClientVpnRules.ID);

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        RouteTable table = in.table();
        EndpointSettings settings = EndpointSettings.from(in.settings(), in.before().orElse(null));
        DeviceTable device = DeviceTable.of(table);
        List<Route> v4 = table.section(AddressFamily.INET);
        Route client = clientRow(v4, settings.assignedIp());
        List<Finding> out = new ArrayList<>();
        if (client != null) {
            out.addAll(shadowed(in, v4, client));
        }
        boolean blockLocal = !device.nonPrivateLans().isEmpty() && (client != null || settings.given());
        if (client != null && settings.splitTunnel() != null && !blockLocal) {
            splitMode(in, v4, client.iface(), settings.splitTunnel()).ifPresent(out::add);
        }
        out.addAll(overlapsLan(in, settings, device));
        if (blockLocal) {
            out.add(blockLocal(in, device, client));
        }
        return out;
    }

    /** Rule 1's row: the assigned address as a host route to itself on a utun (the given address's, if any). */
    private static Route clientRow(List<Route> v4, IpAddress assigned) {
        Route first = null;
        for (Route r : v4) {
            IpAddress g = TunnelFacts.address(r);
            if (r.iface().startsWith("utun") && r.destination().isHostLength() && r.destination().address().equals(g)) {
                if (assigned == null || assigned.equals(g)) {
                    return r;
                }
                first = first == null ? r : first;
            }
        }
        return first;
    }

    private static List<Finding> shadowed(CheckInput in, List<Route> v4, Route client) {
        String tunnel = client.iface();
        List<Route> onTunnel = v4.stream().filter(r -> r.iface().equals(tunnel)).toList();
        List<Route> offTunnel = v4.stream().filter(r -> !r.iface().equals(tunnel)).toList();
        List<Finding> out = new ArrayList<>();
        for (Route vpn : onTunnel) {
            if (vpn.destination().isHostLength() || vpn.flags().has(RouteFlag.IFSCOPE)
                    || TunnelFacts.address(vpn) != null && TunnelFacts.address(vpn).equals(client.destination().address())) {
                continue;
            }
            for (RouteWarnings.Shadowing s : RouteWarnings.shadowings(List.of(vpn.destination()), offTunnel)) {
                Route winner = s.winners().get(0);
                IpAddress a = hostOn(winner.destination());
                Lookup l = in.lookup(a);
                List<Route> evidence = new ArrayList<>();
                evidence.add(vpn);
                evidence.addAll(s.winners());
                out.add(new Finding(WarningCodes.VPN_ROUTE_SHADOWED, s.wholly() ? Severity.ERROR : Severity.WARNING,
                        s.message(), "renumber or disconnect the local network " + winner.destination() + " on "
                        + winner.iface() + ", or have the endpoint push more specific routes for the addresses you "
                        + "need (a route longer than /" + winner.destination().length() + " wins); AWS Client VPN 5.2 "
                        + "and later can instead remove the conflicting local route (Client Route Enforcement)",
                        Finding.Example.of(l, in.table()), in.evidence(evidence)));
            }
        }
        return out;
    }

    private static Optional<Finding> splitMode(CheckInput in, List<Route> v4, String tunnel, boolean split) {
        List<Route> catchAll = v4.stream().filter(r -> r.iface().equals(tunnel) && !r.flags().has(RouteFlag.IFSCOPE))
                .filter(r -> r.destination().equals(LOWER_HALF) || r.destination().equals(UPPER_HALF)
                        || r.destination().isDefault()).toList();
        boolean full = catchAll.stream().anyMatch(r -> r.destination().isDefault())
                || (catchAll.stream().anyMatch(r -> r.destination().equals(LOWER_HALF))
                        && catchAll.stream().anyMatch(r -> r.destination().equals(UPPER_HALF)));
        if (full != split) {
            return Optional.empty();
        }
        Lookup l = in.lookup(INTERNET);
        String fix = "compare the endpoint's SplitTunnel (aws ec2 describe-client-vpn-endpoints) with what you expect; "
                + "a change applies only after the client reconnects; look for route-nopull, pull-filter or "
                + "redirect-gateway lines added to the .ovpn file";
        if (split) {
            List<Route> evidence = new ArrayList<>(catchAll);
            return Optional.of(new Finding(SPLIT_MODE_MISMATCH, Severity.ERROR, "the settings say split tunnel, but "
                    + "the table has the full-tunnel shape (" + (catchAll.stream().anyMatch(r -> r.destination()
                            .isDefault()) ? "the default" : "0/1 and 128/1") + " on " + tunnel
                    + "): all internet traffic enters the tunnel", fix, Finding.Example.of(l, in.table()),
                    in.evidence(evidence)));
        }
        List<Route> evidence = l.route().map(List::of).orElse(List.of());
        return Optional.of(new Finding(SPLIT_MODE_MISMATCH, Severity.ERROR, "the settings say full tunnel, but the "
                + "table has no 0/1 and 128/1 (nor a default) on " + tunnel + ": internet traffic does not enter the "
                + "tunnel", fix, Finding.Example.of(l, in.table()), in.evidence(evidence)));
    }

    private static List<Finding> overlapsLan(CheckInput in, EndpointSettings settings, DeviceTable device) {
        Prefix cidr = settings.clientCidr();
        if (cidr == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Route lan : device.lans()) {
            Prefix l = lan.destination();
            if (!cidr.overlaps(l)) {
                continue;
            }
            Prefix inner = l.length() >= cidr.length() ? l : cidr;
            Lookup lookup = in.lookup(inner.address().plus(inner.isHostLength() ? 0 : 1));
            out.add(new Finding(WarningCodes.CLIENT_CIDR_OVERLAPS_LAN, Severity.ERROR, "client CIDR " + cidr
                    + " overlaps the LAN " + l + " on " + lan.iface() + ": VPN clients and local hosts in the overlap "
                    + "cannot both be reached", "the client CIDR cannot be changed on an existing endpoint: create one "
                    + "with a range no user's LAN has (10.x ranges away from home routers' 192.168.0/24 and 1/24), or "
                    + "renumber this LAN", Finding.Example.of(lookup, in.table()), in.evidence(List.of(lan))));
        }
        return out;
    }

    private static Finding blockLocal(CheckInput in, DeviceTable device, Route client) {
        Route trigger = device.nonPrivateLans().get(0);
        List<Route> evidence = new ArrayList<>();
        evidence.add(trigger);
        Lookup example = null;
        if (client != null) {
            // the LAN whose traffic the halves (or the replaced default) now send into the tunnel
            for (Route lan : device.lans()) {
                Lookup l = in.lookup(hostOn(lan.destination()));
                if (l.route().map(r -> r.iface().equals(client.iface())).orElse(false)) {
                    example = l;
                    if (!evidence.contains(lan)) {
                        evidence.add(lan);
                    }
                    evidence.add(l.route().get());
                    break;
                }
            }
        }
        boolean intoTunnel = example != null;
        if (example == null) {
            example = in.lookup(hostOn(trigger.destination()));
        }
        String message = "LAN " + trigger.destination() + " on " + trigger.iface() + " is outside 10/8, 172.16/12, "
                + "192.168/16 and 169.254/16, so the endpoint pushes redirect-gateway block-local"
                + (intoTunnel ? ": traffic to the local network " + evidence.get(1).destination() + " on "
                        + evidence.get(1).iface() + " enters the tunnel"
                        : client != null ? "" : ": once connected, LAN and internet traffic enter the tunnel");
        String fix = "move the network into a private range (for a VM or container bridge, change its tool's subnet), "
                + "or stop that interface while connected; a current AWS VPN Client accepts pull-filter ignore "
                + "\"redirect-gateway\" in the .ovpn file, which also turns off this protection";
        return new Finding(WarningCodes.BLOCK_LOCAL, intoTunnel ? Severity.ERROR : Severity.WARNING, message, fix,
                Finding.Example.of(example, in.table()), in.evidence(evidence));
    }

    /** A host on a network, past the router's usual .1. */
    private static IpAddress hostOn(Prefix p) {
        return p.address().plus(p.isHostLength() ? 0 : p.ipv4Size() > 32 ? 20 : 1);
    }
}
