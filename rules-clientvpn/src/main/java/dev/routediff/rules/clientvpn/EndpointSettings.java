package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleSettings;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.spi.RouteInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import dev.routediff.core.rules.RuleOption;
import dev.routediff.core.rules.RuleOption.Kind;
import java.util.List;
import java.util.Set;

/**
 * The endpoint and device facts the rules work from, merged from the settings ({@link #from}) and the AWS CLI JSON
 * they name; a value given as a setting overrides the JSON. A null field is unknown.
 *
 * @param clientCidr       client IPv4 CIDR (only checked against the assigned IP)
 * @param assignedIp       C, the client IP AWS assigned
 * @param splitTunnel      true, false, or null when unknown
 * @param routes           the endpoint route-table destinations, each once, IPv4 and IPv6, or empty
 * @param routesKnown      true when a route list was given (even an empty one)
 * @param carriesIpv6      true when the endpoint's TrafficIpAddressType is ipv6 or dual-stack
 * @param endpointIp       S, the endpoint public IP the client connected to
 * @param defaultGateway   L, from the setting or else the unscoped default of the table before
 * @param tunnelPrefix     the length of the tunnel subnet N (27 unless set)
 * @param routeEnforcement Client Route Enforcement, or null when unknown
 * @param inputSkipped     destinations the inputs name that are not pushed (inactive routes)
 * @param inputWarnings    warnings about the inputs
 * @param given            true when any setting this rule set reads was given
 */
public record EndpointSettings(Prefix clientCidr, IpAddress assignedIp, Boolean splitTunnel, List<Prefix> routes,
                               boolean routesKnown, boolean carriesIpv6, IpAddress endpointIp,
                               IpAddress defaultGateway, int tunnelPrefix, Boolean routeEnforcement,
                               List<SkippedRoute> inputSkipped, List<Warning> inputWarnings, boolean given) {

    public static final String CLIENT_CIDR = "client-cidr";
    public static final String ASSIGNED_IP = "assigned-ip";
    public static final String SPLIT_TUNNEL = "split-tunnel";
    public static final String ROUTE = "route";
    public static final String ENDPOINT_IP = "endpoint-ip";
    public static final String DEFAULT_GATEWAY = "default-gateway";
    public static final String TUNNEL_PREFIX = "tunnel-prefix";
    public static final String ENDPOINT_JSON = "endpoint-json";
    public static final String ROUTES_JSON = "routes-json";

    /** Every setting name this rule set reads. */
    public static final List<String> NAMES = List.of(CLIENT_CIDR, ASSIGNED_IP, SPLIT_TUNNEL, ROUTE, ENDPOINT_IP,
            DEFAULT_GATEWAY, TUNNEL_PREFIX, ENDPOINT_JSON, ROUTES_JSON);

    /** The settings as the command line offers them ({@code --client-cidr} …), with their help. */
    public static final List<RuleOption> OPTIONS = List.of(
            RuleOption.of(CLIENT_CIDR, Kind.CIDR, "CIDR", "The endpoint's client IPv4 CIDR, e.g. 10.243.0.0/22."),
            RuleOption.of(ASSIGNED_IP, Kind.ADDRESS, "IP", "The address the client was given (Connections tab)."),
            RuleOption.toggle(SPLIT_TUNNEL, "Split tunnel on (--split-tunnel) or off (--no-split-tunnel)."),
            RuleOption.of(ROUTE, Kind.CIDR, "CIDR", "A destination of the endpoint's route table (repeatable).")
                    .repeated(),
            RuleOption.of(ENDPOINT_IP, Kind.ADDRESS, "IP", "The endpoint's public IP the client connected to."),
            RuleOption.of(DEFAULT_GATEWAY, Kind.ADDRESS, "IP", "The device's default gateway before connecting."),
            RuleOption.of(TUNNEL_PREFIX, Kind.INTEGER, "N",
                    "Prefix length of the tunnel subnet the client is placed in (observed: 27)."),
            RuleOption.of(ENDPOINT_JSON, Kind.FILE, "FILE",
                    "Output of 'aws ec2 describe-client-vpn-endpoints' (flags given override it)."),
            RuleOption.of(ROUTES_JSON, Kind.FILE, "FILE", "Output of 'aws ec2 describe-client-vpn-routes'."));

    /** Every observation showed a /27 (reference 5.1). */
    public static final int OBSERVED_TUNNEL_PREFIX = 27;

    public EndpointSettings {
        routes = List.copyOf(routes);
        inputSkipped = List.copyOf(inputSkipped);
        inputWarnings = List.copyOf(inputWarnings);
    }

    /**
     * Reads the settings and the JSON files they name; bad values are {@link RouteInputException}s whose source is
     * the flag ({@code --assigned-ip}) or the file.
     *
     * @param before the table before connecting, or null: the source of the default gateway when none is set
     */
    public static EndpointSettings from(RuleSettings settings, RouteTable before) {
        boolean given = NAMES.stream().anyMatch(settings::has);
        AwsCliJson.Endpoint endpoint = settings.get(ENDPOINT_JSON)
                .map(p -> AwsCliJson.readEndpoint(Path.of(p), p)).orElse(null);
        AwsCliJson.Routes jsonRoutes = settings.get(ROUTES_JSON)
                .map(p -> AwsCliJson.readRoutes(Path.of(p), p)).orElse(null);

        Prefix clientCidr = settings.get(CLIENT_CIDR).map(v -> ipv4Cidr(CLIENT_CIDR, v))
                .orElse(endpoint == null ? null : endpoint.clientCidr());
        IpAddress assigned = settings.get(ASSIGNED_IP).map(v -> ipv4(ASSIGNED_IP, v)).orElse(null);
        Boolean split = settings.get(SPLIT_TUNNEL).map(EndpointSettings::bool)
                .orElse(endpoint == null ? null : endpoint.splitTunnel());
        IpAddress endpointIp = settings.get(ENDPOINT_IP).map(v -> ipv4(ENDPOINT_IP, v)).orElse(null);
        IpAddress gateway = settings.get(DEFAULT_GATEWAY).map(v -> ipv4(DEFAULT_GATEWAY, v))
                .orElse(DeviceTable.of(before).defaultGateway().orElse(null));
        int prefix = settings.get(TUNNEL_PREFIX).map(EndpointSettings::tunnelPrefix).orElse(OBSERVED_TUNNEL_PREFIX);

        List<SkippedRoute> skipped = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<Prefix> routes;
        boolean routesKnown;
        if (settings.has(ROUTE)) {
            Set<Prefix> once = new LinkedHashSet<>();
            for (String v : settings.all(ROUTE)) {
                once.add(cidr(ROUTE, v));
            }
            routes = new ArrayList<>(once);
            routesKnown = true;
            warnings.addAll(RouteWarnings.duplicates(settings.all(ROUTE), "the --route options"));
        } else if (jsonRoutes != null) {
            routes = jsonRoutes.active();
            skipped.addAll(jsonRoutes.notActive());
            routesKnown = true;
        } else {
            routes = List.of();
            routesKnown = false;
        }
        if (jsonRoutes != null && jsonRoutes.paginated()) {
            warnings.add(new Warning(WarningCodes.INCOMPLETE_ROUTE_LIST, settings.get(ROUTES_JSON).orElseThrow()
                    + " has a NextToken: it is one page of the route table; run the AWS CLI without --max-items",
                    null));
        }
        return new EndpointSettings(clientCidr, assigned, split, routes, routesKnown,
                endpoint != null && endpoint.carriesIpv6(), endpointIp, gateway, prefix,
                endpoint == null ? null : endpoint.routeEnforcement(), skipped, warnings, given);
    }

    /** The same settings with unknown values filled from what a table showed (explain's inferred facts). */
    EndpointSettings orInferred(IpAddress inferredAssigned, Boolean inferredSplit, IpAddress inferredEndpoint) {
        return new EndpointSettings(clientCidr, assignedIp != null ? assignedIp : inferredAssigned,
                splitTunnel != null ? splitTunnel : inferredSplit, routes, routesKnown, carriesIpv6,
                endpointIp != null ? endpointIp : inferredEndpoint, defaultGateway, tunnelPrefix, routeEnforcement,
                inputSkipped, inputWarnings, given);
    }

    /** The same settings with another tunnel subnet length (explain uses the observed one). */
    EndpointSettings withTunnelPrefix(int length) {
        return new EndpointSettings(clientCidr, assignedIp, splitTunnel, routes, routesKnown, carriesIpv6, endpointIp,
                defaultGateway, length, routeEnforcement, inputSkipped, inputWarnings, given);
    }

    /** The IPv4 route-table destinations. */
    List<Prefix> ipv4Routes() {
        return routes.stream().filter(p -> p.family() == AddressFamily.INET).toList();
    }

    /** The IPv6 route-table destinations. */
    List<Prefix> ipv6Routes() {
        return routes.stream().filter(p -> p.family() == AddressFamily.INET6).toList();
    }

    private static String flag(String name) {
        return "--" + name;
    }

    private static IpAddress ipv4(String name, String value) {
        IpAddress a = IpAddress.tryParse(value);
        if (a == null || !a.isIpv4()) {
            throw new RouteInputException(flag(name), "'" + value + "' is not an IPv4 address such as 10.243.0.7");
        }
        return a;
    }

    private static Prefix cidr(String name, String value) {
        try {
            Prefix p = Prefix.parse(value);
            if (p.isIrregular() || value.equals("default")) {
                throw new IllegalArgumentException();
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new RouteInputException(flag(name), "'" + value + "' is not a CIDR block such as 10.0.0.0/16");
        }
    }

    private static Prefix ipv4Cidr(String name, String value) {
        Prefix p = cidr(name, value);
        if (p.family() != AddressFamily.INET) {
            throw new RouteInputException(flag(name), "'" + value + "' is not an IPv4 CIDR block such as 10.0.0.0/16");
        }
        return p;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new RouteInputException(flag(SPLIT_TUNNEL), "expected true or false, found '" + value + "'");
        };
    }

    private static int tunnelPrefix(String value) {
        int n = Prefix.parseLength(value, 32);
        // /31 and /32 leave no first host distinct from the client, so they cannot be a tunnel subnet.
        if (n < 1 || n > 30) {
            throw new RouteInputException(flag(TUNNEL_PREFIX), "expected a prefix length from 1 to 30, found '" + value + "'");
        }
        return n;
    }
}
