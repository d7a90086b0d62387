package dev.routediff.rules.clientvpn;

import com.google.auto.service.AutoService;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AbstractRuleSet;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleInfo;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSetInfo;
import dev.routediff.core.rules.RuleSettings;
import java.util.List;

/**
 * The AWS Client VPN rule set ({@code aws-client-vpn}): what connecting the AWS VPN Client (OpenVPN 2.4.5 inside)
 * does to an IPv4 routing table on macOS (the field report's platform), Linux and Windows: the OpenVPN model
 * ({@code rules-openvpn}) with AWS's settings. Settings it reads: {@link EndpointSettings#NAMES}; rules: {@link ClientVpnRule}.
 */
@AutoService(RuleSet.class)
public final class ClientVpnRules extends AbstractRuleSet {

    public static final String ID = "aws-client-vpn";

    public ClientVpnRules() {
        super(new RuleSetInfo(ID,
                "AWS Client VPN (OpenVPN 2.4.5 with AWS's settings) on macOS, Linux and Windows: routes the AWS VPN "
                        + "Client adds or removes when it connects",
                RuleInfo.all(ClientVpnRule.values()), EndpointSettings.OPTIONS, 100));
    }

    @Override
    public Prediction predict(RuleSettings settings, RouteTable before) {
        EndpointSettings endpoint = EndpointSettings.from(settings, before);
        Platform platform = Platform.of(settings, before, Platform.MACOS);
        Predictor.Result macos = Predictor.predict(endpoint, DeviceTable.of(before));
        if (platform == Platform.MACOS) {
            return macos.toPrediction();
        }
        List<Expectation> rows = new java.util.ArrayList<>(
                PlatformRows.adapt(macos.expected(), platform, endpoint.assignedIp(), null));
        List<dev.routediff.core.rules.SkippedRoute> skipped = new java.util.ArrayList<>();
        for (dev.routediff.core.rules.SkippedRoute sk : macos.skipped()) {
            // Windows keeps several defaults side by side: the pushed 0.0.0.0/0 is installed (reference 5.6).
            if (platform == Platform.WINDOWS && sk.rule().equals(ClientVpnRule.DEFAULT_NOT_INSTALLED.id())) {
                Prefix n = endpoint.assignedIp() == null ? null
                        : Cidr.subnetOf(endpoint.assignedIp(), endpoint.tunnelPrefix());
                String r = n == null ? Symbols.FIRST_HOST : n.firstHost().toString();
                rows.add(new Expectation(ClientVpnRule.DEFAULT_NOT_INSTALLED, ChangeKind.ADDED, Prefix.DEFAULT_V4,
                        Prefix.DEFAULT_V4.toString(), n == null ? null : n.firstHost(), r,
                        PlatformRows.tunnel(platform, endpoint.assignedIp()), "Windows installs 0.0.0.0/0 beside "
                        + "the LAN default; with no server /32 in split mode the client loops connect/disconnect "
                        + "(normn)", endpoint.splitTunnel() == null));
            } else {
                skipped.add(sk);
            }
        }
        return new Predictor.Result(rows, skipped, macos.warnings()).toPrediction();
    }

    @Override
    public Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        return Explainer.explain(before, after, diff, settings);
    }

    /**
     * The field report's law as table rows (# | Destination | Gateway | why), symbolic, both tunnel modes: what
     * {@link #predict} returns with no settings and no table.
     */
    public static List<PredictedRoute> law() {
        return new ClientVpnRules().predict(RuleSettings.EMPTY, null).routes();
    }
}
