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
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bridge-overlap}: a container or VM bridge network overlaps a route into a tunnel or the client CIDR the
 * user gave (moby/libnetwork#779, docker/for-linux#599, kubernetes/kops#710, orbstack#850). The more specific of
 * the two takes the overlap; the example shows which.
 */
@AutoService(Diagnosis.class)
public final class BridgeOverlap implements Diagnosis {

    /** The setting of the client address range, when a rule set declares one. */
    static final String CLIENT_CIDR = "client-cidr";
    /** OrbStack's machine network (orbstack#1032, #1323). */
    private static final Prefix ORBSTACK = Prefix.parse("198.19.248.0/23");

    private static final DiagnosisInfo INFO = new DiagnosisInfo("bridge-overlap",
            "container and VM bridge networks against tunnel routes and the client CIDR",
            List.of(Codes.BRIDGE_OVERLAP.code()));

    @Override
    public DiagnosisInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> diagnose(CheckInput in) {
        List<Route> bridges = new ArrayList<>();
        List<Route> tunnel = new ArrayList<>();
        for (Route r : in.routable(AddressFamily.INET)) {
            if (Shapes.isBridge(r.iface()) && Shapes.ordinaryNetwork(r) && !r.destination().isHostLength()) {
                bridges.add(r);
            } else if (Shapes.isTunnel(r.iface()) && Shapes.ordinaryNetwork(r) && !Shapes.catchAll(r.destination())
                    && !Shapes.addressRow(r)) {
                tunnel.add(r);
            }
        }
        Prefix clientCidr = clientCidr(in);
        List<Finding> out = new ArrayList<>();
        for (Route b : bridges) {
            for (Route t : tunnel) {
                if (b.destination().overlaps(t.destination())) {
                    out.add(againstTunnel(in, b, t));
                }
            }
            if (clientCidr != null && clientCidr.overlaps(b.destination())) {
                IpAddress a = Shapes.sample(Shapes.overlap(clientCidr, b.destination()));
                out.add(new Finding(Codes.BRIDGE_OVERLAP, Severity.WARNING, "the " + kind(b) + " network "
                        + b.destination() + " on " + b.iface() + " overlaps the client CIDR " + clientCidr
                        + ": VPN addresses in the overlap are sent to the bridge, not through the tunnel",
                        fix(b), in.example(a), in.evidence(List.of(b))));
            }
        }
        return out;
    }

    private static Finding againstTunnel(CheckInput in, Route bridge, Route tunnel) {
        IpAddress a = Shapes.sample(Shapes.overlap(bridge.destination(), tunnel.destination()));
        Lookup l = in.lookup(a);
        boolean bridgeWins = l.route().map(r -> r.iface().equals(bridge.iface())).orElse(false);
        String message = "the " + kind(bridge) + " network " + bridge.destination() + " on " + bridge.iface()
                + " overlaps the VPN route " + tunnel.destination() + " on " + tunnel.iface() + ": "
                + (bridgeWins ? "traffic to VPN addresses in " + Shapes.overlap(bridge.destination(),
                        tunnel.destination()) + " goes to the bridge instead of the tunnel"
                        : "containers on the bridge cannot be reached, their addresses go into the tunnel");
        return new Finding(Codes.BRIDGE_OVERLAP, bridgeWins ? Severity.ERROR : Severity.WARNING, message, fix(bridge),
                Finding.Example.of(l, in.table()), in.evidence(List.of(bridge, tunnel)));
    }

    private static Prefix clientCidr(CheckInput in) {
        try {
            return in.settings().get(CLIENT_CIDR).map(Prefix::parse).filter(p -> p.family() == AddressFamily.INET)
                    .orElse(null);
        } catch (IllegalArgumentException bad) {
            return null; // the rule set that declares the setting reports a bad value
        }
    }

    private static String kind(Route bridge) {
        String i = bridge.iface();
        if (i.startsWith("docker") || i.startsWith("br-")) {
            return "Docker bridge";
        }
        if (i.startsWith("vmnet")) {
            return "VMware";
        }
        if (i.startsWith("vboxnet")) {
            return "VirtualBox host-only";
        }
        if (i.startsWith("virbr")) {
            return "libvirt";
        }
        return ORBSTACK.overlaps(bridge.destination()) ? "OrbStack bridge" : "VM bridge";
    }

    /** The setting of the tool that owns the bridge, so the user moves the bridge rather than the VPN. */
    static String fix(Route bridge) {
        String i = bridge.iface();
        if (i.equals("docker0")) {
            return "move Docker's default bridge off the VPN's range: set \"bip\" (and \"default-address-pools\" for "
                    + "new networks) in /etc/docker/daemon.json, e.g. \"bip\": \"192.168.200.1/24\", then restart Docker";
        }
        if (i.startsWith("br-") || i.startsWith("docker")) {
            return "recreate this Docker network on another subnet (docker network create --subnet …, or "
                    + "\"subnet\" under networks: in compose) and set \"default-address-pools\" in "
                    + "/etc/docker/daemon.json so new networks avoid the VPN's range";
        }
        if (i.startsWith("vmnet")) {
            return "give this VMware network another subnet (Virtual Network Editor, or vmnet-cfgcli on macOS) "
                    + "outside the VPN's range";
        }
        if (i.startsWith("vboxnet")) {
            return "give the host-only network another range: VBoxManage hostonlyif ipconfig " + i
                    + " --ip <address outside the VPN's range>";
        }
        if (i.startsWith("virbr")) {
            return "change the libvirt network's range (virsh net-edit default) to one outside the VPN's range";
        }
        return "change the subnet of the VM or container tool that created " + i
                + " (OrbStack, Colima, Lima, UTM, Docker Desktop: their network settings) to one outside the "
                + "VPN's range, or stop it while connected";
    }
}
