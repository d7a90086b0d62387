package dev.routediff.cli;

import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageError;
import dev.routediff.core.rules.RuleSettings;
import java.util.List;

/**
 * The endpoint settings of {@code predict} and {@code explain}. They are handed to the rule set by option name
 * without the dashes, so a rule set added later reads its own names without a change here.
 */
public final class RuleOptions {

    static final String DEFAULT_RULES = "aws-client-vpn";

    static final Opt RULES = Opt.value("--rules", "ID",
            "The rule set to apply (see 'routediff plugins'); default: " + DEFAULT_RULES + ".");
    static final Opt CLIENT_CIDR = Opt.value("--client-cidr", "CIDR",
            "The endpoint's client IPv4 CIDR, e.g. 10.243.0.0/22.");
    static final Opt ASSIGNED_IP = Opt.value("--assigned-ip", "IP",
            "The address the client was given (Connections tab).");
    static final Opt SPLIT_TUNNEL = Opt.flag("--split-tunnel",
            "Split tunnel on (--split-tunnel) or off (--no-split-tunnel).").negatable();
    static final Opt ROUTE = Opt.value("--route", "CIDR",
            "A destination of the endpoint's route table (repeatable).").repeatable();
    static final Opt ENDPOINT_IP = Opt.value("--endpoint-ip", "IP",
            "The endpoint's public IP the client connected to.");
    static final Opt DEFAULT_GATEWAY = Opt.value("--default-gateway", "IP",
            "The device's default gateway before connecting.");
    static final Opt TUNNEL_PREFIX = Opt.value("--tunnel-prefix", "N",
            "Prefix length of the tunnel subnet the client is placed in (observed: 27).");
    static final Opt ENDPOINT_JSON = Opt.value("--endpoint-json", "FILE",
            "Output of 'aws ec2 describe-client-vpn-endpoints' (flags given override it).");
    static final Opt ROUTES_JSON = Opt.value("--routes-json", "FILE",
            "Output of 'aws ec2 describe-client-vpn-routes'.");
    static final Opt CONFIG = Opt.value("--config", "FILE",
            "A configuration file the rule set reads (wireguard: the wg-quick .conf).");
    static final Opt SET = Opt.value("--set", "NAME=VALUE",
            "Any setting of the rule set by name, e.g. --set platform=linux (repeatable).").repeatable();

    static final List<Opt> ALL = List.of(RULES, CLIENT_CIDR, ASSIGNED_IP, SPLIT_TUNNEL, ROUTE, ENDPOINT_IP,
            DEFAULT_GATEWAY, TUNNEL_PREFIX, ENDPOINT_JSON, ROUTES_JSON, CONFIG, SET);

    private final String ruleSet;
    private final String clientCidr;
    private final String assignedIp;
    private final Boolean splitTunnel;
    private final List<String> routes;
    private final String endpointIp;
    private final String defaultGateway;
    private final Integer tunnelPrefix;
    private final String endpointJson;
    private final String routesJson;
    private final String config;
    private final List<String> sets;

    RuleOptions(ParsedLine line) throws UsageError {
        ruleSet = line.value(RULES, DEFAULT_RULES);
        clientCidr = line.value(CLIENT_CIDR, null);
        assignedIp = line.value(ASSIGNED_IP, null);
        splitTunnel = line.tristate(SPLIT_TUNNEL);
        routes = line.values(ROUTE);
        endpointIp = line.value(ENDPOINT_IP, null);
        defaultGateway = line.value(DEFAULT_GATEWAY, null);
        tunnelPrefix = line.intValue(TUNNEL_PREFIX);
        endpointJson = line.value(ENDPOINT_JSON, null);
        routesJson = line.value(ROUTES_JSON, null);
        config = line.value(CONFIG, null);
        sets = line.values(SET);
    }

    public String ruleSet() {
        return ruleSet;
    }

    public RuleSettings settings() {
        RuleSettings s = RuleSettings.EMPTY;
        s = put(s, "client-cidr", clientCidr);
        s = put(s, "assigned-ip", assignedIp);
        s = put(s, "split-tunnel", splitTunnel == null ? null : splitTunnel.toString());
        for (String r : routes) {
            s = s.with("route", r);
        }
        s = put(s, "endpoint-ip", endpointIp);
        s = put(s, "default-gateway", defaultGateway);
        s = put(s, "tunnel-prefix", tunnelPrefix == null ? null : tunnelPrefix.toString());
        s = put(s, "endpoint-json", endpointJson);
        s = put(s, "routes-json", routesJson);
        s = put(s, "config", config);
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set: expected NAME=VALUE, found '" + set + "'");
            }
            s = s.with(set.substring(0, eq).strip(), set.substring(eq + 1));
        }
        return s;
    }

    private static RuleSettings put(RuleSettings s, String name, String value) {
        return value == null ? s : s.with(name, value);
    }
}
