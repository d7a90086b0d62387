package dev.routediff.cli;

import dev.routediff.core.rules.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The endpoint settings of {@code predict} and {@code explain}. They are handed to the rule set by option name
 * without the dashes, so a rule set added later reads its own names without a change here.
 */
public final class RuleOptions {

    @Option(names = "--rules", paramLabel = "ID", defaultValue = "aws-client-vpn",
            description = "The rule set to apply (see 'routediff plugins'); default: ${DEFAULT-VALUE}.")
    String ruleSet;

    @Option(names = "--client-cidr", paramLabel = "CIDR", description = "The endpoint's client IPv4 CIDR, e.g. 10.243.0.0/22.")
    String clientCidr;

    @Option(names = "--assigned-ip", paramLabel = "IP", description = "The address the client was given (Connections tab).")
    String assignedIp;

    @Option(names = "--split-tunnel", negatable = true,
            description = "Split tunnel on (--split-tunnel) or off (--no-split-tunnel).")
    Boolean splitTunnel;

    @Option(names = "--route", paramLabel = "CIDR", description = "A destination of the endpoint's route table (repeatable).")
    List<String> routes = new ArrayList<>();

    @Option(names = "--endpoint-ip", paramLabel = "IP", description = "The endpoint's public IP the client connected to.")
    String endpointIp;

    @Option(names = "--default-gateway", paramLabel = "IP", description = "The device's default gateway before connecting.")
    String defaultGateway;

    @Option(names = "--tunnel-prefix", paramLabel = "N",
            description = "Prefix length of the tunnel subnet the client is placed in (observed: 27).")
    Integer tunnelPrefix;

    @Option(names = "--endpoint-json", paramLabel = "FILE",
            description = "Output of 'aws ec2 describe-client-vpn-endpoints' (flags given override it).")
    String endpointJson;

    @Option(names = "--routes-json", paramLabel = "FILE",
            description = "Output of 'aws ec2 describe-client-vpn-routes'.")
    String routesJson;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A configuration file the rule set reads (wireguard: the wg-quick .conf).")
    String config;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Any setting of the rule set by name, e.g. --set platform=linux (repeatable).")
    List<String> sets = new ArrayList<>();

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
