package dev.routediff.rules.clientvpn;

import static dev.routediff.core.rules.ChangeKind.ADDED;
import static dev.routediff.core.rules.ChangeKind.REMOVED;

import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the rules to endpoint settings and, when known, the device's table before connecting. Each rule is one
 * method; what is unknown stays symbolic, so with no settings at all the result is the field report's law.
 */
final class Predictor {

    /** The default quota of routes per target network association (limits page). */
    static final int ROUTE_QUOTA = 100;

    private static final Prefix LOWER_HALF = Prefix.parse("0.0.0.0/1");
    private static final Prefix UPPER_HALF = Prefix.parse("128.0.0.0/1");

    private final EndpointSettings settings;
    private final DeviceTable device;
    private final IpAddress client;
    private final Prefix tunnelSubnet;
    private final IpAddress routeGateway;
    private final IpAddress defaultGateway;

    private final List<Expectation> expected = new ArrayList<>();
    private final List<SkippedRoute> skipped = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    /** Everything the rules say, before it is turned into the SPI's {@link Prediction}. */
    record Result(List<Expectation> expected, List<SkippedRoute> skipped, List<Warning> warnings) {

        Prediction toPrediction() {
            return new Prediction(expected.stream().map(Expectation::toPredictedRoute).toList(), skipped, warnings);
        }
    }

    private Predictor(EndpointSettings settings, DeviceTable device) {
        this.settings = settings;
        this.device = device;
        this.client = settings.assignedIp();
        this.tunnelSubnet = client == null ? null : Cidr.subnetOf(client, settings.tunnelPrefix());
        this.routeGateway = tunnelSubnet == null ? null : tunnelSubnet.firstHost();
        this.defaultGateway = settings.defaultGateway();
    }

    static Result predict(EndpointSettings settings, DeviceTable device) {
        return new Predictor(settings, device).run();
    }

    private Result run() {
        skipped.addAll(settings.inputSkipped());
        warnings.addAll(settings.inputWarnings());
        checkSettings();
        clientHost();
        tunnelSubnet();
        pushedRoutes();
        endpointBypass();
        redirectHalves();
        blockLocal();
        routeEnforcement();
        surprises();
        return new Result(List.copyOf(expected), List.copyOf(skipped), List.copyOf(warnings));
    }

    private boolean splitMaybeOn() {
        return !Boolean.FALSE.equals(settings.splitTunnel());
    }

    private boolean splitMaybeOff() {
        return !Boolean.TRUE.equals(settings.splitTunnel());
    }

    private boolean splitUnknown() {
        return settings.splitTunnel() == null;
    }

    private String ifSplit(boolean on, String why) {
        return splitUnknown() ? (on ? "if split tunnel is on: " : "if split tunnel is off: ") + why : why;
    }

    private String clientText() {
        return client == null ? Symbols.ASSIGNED_IP : client.toString();
    }

    private String routeGatewayText() {
        return routeGateway == null ? Symbols.FIRST_HOST : routeGateway.toString();
    }

    private String defaultGatewayText() {
        return defaultGateway == null ? Symbols.DEFAULT_GATEWAY : defaultGateway.toString();
    }

    private void add(ClientVpnRule rule, Prefix dest, String destText, IpAddress gw, String gwText, String iface,
                     String why, boolean conditional) {
        expected.add(new Expectation(rule, ADDED, dest, destText, gw, gwText, iface, why, conditional));
    }

    private void checkSettings() {
        warnings.addAll(settingsWarnings(settings));
    }

    /** The checks of the settings alone; explain runs the same ones, so both commands warn alike. */
    static List<Warning> settingsWarnings(EndpointSettings settings) {
        List<Warning> warnings = new ArrayList<>();
        if (settings.tunnelPrefix() != EndpointSettings.OBSERVED_TUNNEL_PREFIX) {
            warnings.add(new Warning(WarningCodes.PREFIX_NOT_27, "tunnel prefix /" + settings.tunnelPrefix()
                    + " set; every observed tunnel subnet was a /27 (the size is undocumented)", null));
        }
        Prefix cidr = settings.clientCidr();
        IpAddress client = settings.assignedIp();
        if (client != null && cidr != null && !cidr.contains(client)) {
            warnings.add(new Warning(WarningCodes.ASSIGNED_IP_OUTSIDE_CLIENT_CIDR, "assigned IP " + client
                    + " is not inside the client CIDR " + cidr, client.toString()));
        }
        if (settings.routes().size() > ROUTE_QUOTA) {
            warnings.add(new Warning(WarningCodes.ROUTE_QUOTA, settings.routes().size()
                    + " destinations exceed the default quota of " + ROUTE_QUOTA
                    + " routes per target network association", null));
        }
        return warnings;
    }

    /** Warnings about routes that will not do what the user expects, judged against the table before. */
    private void surprises() {
        warnings.addAll(RouteWarnings.overlapsLan(settings.clientCidr(), tunnelSubnet, device.lans()));
        if (Boolean.TRUE.equals(settings.routeEnforcement())) {
            return; // Client Route Enforcement removes the competing local routes (rule 10).
        }
        List<Prefix> intoTunnel = expected.stream()
                .filter(e -> e.change() == ADDED && e.destination() != null && !e.conditional())
                .filter(e -> e.iface().equals(Symbols.TUNNEL_INTERFACE))
                .filter(e -> e.rule() != ClientVpnRule.CLIENT_HOST && e.rule() != ClientVpnRule.TUNNEL_SUBNET)
                .map(Expectation::destination)
                .distinct()
                .toList();
        warnings.addAll(RouteWarnings.shadowed(intoTunnel, device.routes()));
    }

    /** Rule 1: C -> C. */
    private void clientHost() {
        Prefix host = client == null ? null : Prefix.host(client);
        add(ClientVpnRule.CLIENT_HOST, host, host == null ? Symbols.ASSIGNED_IP : host.toString(), client,
                clientText(), Symbols.TUNNEL_INTERFACE,
                "the tunnel is point-to-point with the peer equal to the assigned IP (report rule 1)", false);
    }

    /** Rule 2: N -> C. */
    private void tunnelSubnet() {
        add(ClientVpnRule.TUNNEL_SUBNET, tunnelSubnet,
                tunnelSubnet == null ? Symbols.tunnelSubnet(settings.tunnelPrefix()) : tunnelSubnet.toString(),
                client, clientText(), Symbols.TUNNEL_INTERFACE,
                "OpenVPN routes the tunnel's own subnet to the assigned IP (report rule 2)", false);
    }

    /** Rule 3 with its exceptions 7 and 8, and the IPv6 destinations. */
    private void pushedRoutes() {
        if (!splitMaybeOn()) {
            for (Prefix d : settings.routes()) {
                skipped.add(new SkippedRoute(d.toString(), ClientVpnRule.PUSHED_ROUTE.id(),
                        "split tunnel is off: the route table is not pushed, everything goes through 0/1 and 128.0/1"));
            }
            return;
        }
        if (!settings.routesKnown()) {
            add(ClientVpnRule.PUSHED_ROUTE, null, Symbols.ROUTE_TABLE_DESTINATION, routeGateway, routeGatewayText(),
                    Symbols.TUNNEL_INTERFACE, ifSplit(true, "pushed route, via route-gateway (report rule 3)"),
                    splitUnknown());
            return;
        }
        for (Prefix d : settings.ipv4Routes()) {
            pushedIpv4Route(d);
        }
        for (Prefix d : settings.ipv6Routes()) {
            if (settings.carriesIpv6()) {
                add(ClientVpnRule.PUSHED_ROUTE, d, d.toString(), null, Symbols.IPV6_GATEWAY, Symbols.TUNNEL_INTERFACE,
                        ifSplit(true, "inet6: the endpoint carries IPv6 traffic, so its IPv6 routes are pushed "
                                + "(gateway form not observed)"), splitUnknown());
            } else {
                skipped.add(new SkippedRoute(d.toString(), ClientVpnRule.PUSHED_ROUTE.id(),
                        "IPv6 destination on an endpoint that carries IPv4 traffic only (TrafficIpAddressType ipv4)"));
            }
        }
    }

    private void pushedIpv4Route(Prefix d) {
        if (d.isDefault()) {
            skipped.add(new SkippedRoute(d.toString(), ClientVpnRule.DEFAULT_NOT_INSTALLED.id(), ifSplit(true,
                    "macOS already has a default route, so adding 0.0.0.0/0 fails; the report saw it not added")));
            warnings.add(new Warning(WarningCodes.DEFAULT_ROUTE_IN_SPLIT_TUNNEL, "0.0.0.0/0 is in the route table "
                    + "of a split-tunnel endpoint: not installed on macOS; on Windows it is installed and the "
                    + "client loops connect/disconnect", d.toString()));
            return;
        }
        Optional<Route> existing = device.sameDestination(d);
        if (existing.isPresent() && !Boolean.TRUE.equals(settings.routeEnforcement())) {
            Route r = existing.get();
            skipped.add(new SkippedRoute(d.toString(), ClientVpnRule.LAN_ROUTE_COLLISION.id(), ifSplit(true,
                    "the device already routes " + d + " via " + r.gateway().text() + " on " + r.iface()
                            + ", so adding it fails with File exists")));
            return;
        }
        add(ClientVpnRule.PUSHED_ROUTE, d, d.toString(), routeGateway, routeGatewayText(), Symbols.TUNNEL_INTERFACE,
                ifSplit(true, "route-table destination pushed in split-tunnel mode, via route-gateway (report rule 3)"),
                splitUnknown());
    }

    /** Rule 4: S/32 -> L, with redirect-gateway (full tunnel) or block-local. */
    private void endpointBypass() {
        boolean blockLocal = !device.nonPrivateLans().isEmpty();
        if (!splitMaybeOff() && !blockLocal) {
            return;
        }
        IpAddress s = settings.endpointIp();
        String iface = device.defaultInterface().isEmpty() ? Symbols.DEFAULT_INTERFACE : device.defaultInterface();
        String why = blockLocal
                ? "redirect-gateway (block-local) keeps the VPN server reachable via the original default gateway"
                : ifSplit(false, "redirect-gateway keeps the VPN server reachable via the original default gateway "
                        + "(report rule 4)");
        add(ClientVpnRule.ENDPOINT_BYPASS, s == null ? null : Prefix.host(s), s == null ? Symbols.ENDPOINT_IP
                : Prefix.host(s).toString(), defaultGateway, defaultGatewayText(), iface, why,
                splitUnknown() && !blockLocal);
    }

    /** Rules 5 and 6: def1's two halves instead of a new default. */
    private void redirectHalves() {
        if (!splitMaybeOff()) {
            return;
        }
        add(ClientVpnRule.LOWER_HALF, LOWER_HALF, LOWER_HALF.toString(), routeGateway, routeGatewayText(),
                Symbols.TUNNEL_INTERFACE, ifSplit(false,
                        "redirect-gateway def1 sends the lower half of the address space into the tunnel (report rule 5)"),
                splitUnknown());
        add(ClientVpnRule.UPPER_HALF, UPPER_HALF, UPPER_HALF.toString(), routeGateway, routeGatewayText(),
                Symbols.TUNNEL_INTERFACE, ifSplit(false,
                        "redirect-gateway def1 sends the upper half of the address space into the tunnel (report rule 6)"),
                splitUnknown());
    }

    /** Rule 9: a LAN outside the private ranges makes AWS push redirect-gateway block-local. */
    private void blockLocal() {
        List<Route> trigger = device.nonPrivateLans();
        if (trigger.isEmpty()) {
            return;
        }
        Route first = trigger.get(0);
        warnings.add(new Warning(WarningCodes.BLOCK_LOCAL, "LAN " + first.destination() + " on " + first.iface()
                + " is outside 10/8, 172.16/12, 192.168/16 and 169.254/16: the endpoint pushes redirect-gateway "
                + "block-local, which sends LAN traffic into the tunnel", first.destination().toString()));
        if (splitMaybeOn()) {
            // Without def1 (split tunnel) block-local's redirect-gateway replaces the default route itself.
            Route oldDefault = device.defaultRoute().orElse(null);
            if (oldDefault != null) {
                expected.add(new Expectation(ClientVpnRule.BLOCK_LOCAL, REMOVED, oldDefault.destination(),
                        oldDefault.destination().toString(), defaultGateway, defaultGatewayText(), oldDefault.iface(),
                        ifSplit(true, "block-local without def1 deletes the default route via the original gateway"),
                        splitUnknown()));
            }
            add(ClientVpnRule.BLOCK_LOCAL, Prefix.DEFAULT_V4, Prefix.DEFAULT_V4.toString(), routeGateway,
                    routeGatewayText(), Symbols.TUNNEL_INTERFACE,
                    ifSplit(true, "block-local without def1 replaces the default route with one into the tunnel"),
                    splitUnknown());
        }
        for (Prefix lan : device.lansOnGatewayInterface()) {
            for (Prefix half : Cidr.halves(lan)) {
                add(ClientVpnRule.BLOCK_LOCAL, half, half.toString(), routeGateway, routeGatewayText(),
                        Symbols.TUNNEL_INTERFACE, "block-local covers LAN " + lan + " with two more specific halves "
                                + "into the tunnel", false);
            }
        }
    }

    /** Rule 10: Client Route Enforcement removes local routes inside a VPN destination. */
    private void routeEnforcement() {
        if (!Boolean.TRUE.equals(settings.routeEnforcement())) {
            return;
        }
        List<Prefix> vpnDestinations = expected.stream()
                .filter(e -> e.change() == ADDED && e.destination() != null && !e.destination().isDefault())
                .filter(e -> e.rule() != ClientVpnRule.CLIENT_HOST && e.rule() != ClientVpnRule.ENDPOINT_BYPASS)
                .map(Expectation::destination).toList();
        if (!device.isKnown()) {
            expected.add(new Expectation(ClientVpnRule.ROUTE_ENFORCEMENT, REMOVED, null, Symbols.LOCAL_ROUTES, null,
                    Symbols.LOCAL_GATEWAY, "", "Client Route Enforcement removes local routes that conflict with "
                    + "the VPN's while connected", false));
            return;
        }
        for (Route r : device.enforceable()) {
            if (r.iface().startsWith("utun")) {
                continue;
            }
            vpnDestinations.stream().filter(v -> v.contains(r.destination())).findFirst().ifPresent(v ->
                    expected.add(new Expectation(ClientVpnRule.ROUTE_ENFORCEMENT, REMOVED, r.destination(),
                            r.destination().toString(), gatewayAddress(r), r.gateway().text(), r.iface(),
                            "Client Route Enforcement removes this local route: it lies inside the VPN's " + v,
                            false)));
        }
    }

    private static IpAddress gatewayAddress(Route r) {
        return r.gateway() instanceof Gateway.Address a ? a.address() : null;
    }
}
