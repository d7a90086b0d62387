package dev.routediff.rules.clientvpn;

import com.google.auto.service.AutoService;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSetInfo;
import dev.routediff.core.rules.RuleSettings;
import java.util.Arrays;
import java.util.List;

/**
 * The AWS Client VPN rule set ({@code aws-client-vpn}): what connecting the AWS VPN Client (OpenVPN 2.4.5 inside)
 * does to a macOS IPv4 routing table. Settings it reads: {@link EndpointSettings#NAMES}; rules: {@link ClientVpnRule}.
 */
@AutoService(RuleSet.class)
public final class ClientVpnRules implements RuleSet {

    public static final String ID = "aws-client-vpn";

    private static final RuleSetInfo INFO = new RuleSetInfo(ID,
            "AWS Client VPN on macOS: routes the AWS VPN Client adds or removes when it connects",
            Arrays.stream(ClientVpnRule.values()).map(ClientVpnRule::info).toList(), EndpointSettings.OPTIONS, 100);

    @Override
    public RuleSetInfo info() {
        return INFO;
    }

    @Override
    public Prediction predict(RuleSettings settings, RouteTable before) {
        return Predictor.predict(EndpointSettings.from(settings, before), DeviceTable.of(before)).toPrediction();
    }

    @Override
    public Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        return Explainer.explain(before, after, diff, settings == null ? RuleSettings.EMPTY : settings);
    }

    /**
     * The field report's law as table rows (# | Destination | Gateway | why), symbolic, both tunnel modes: what
     * {@link #predict} returns with no settings and no table.
     */
    public static List<PredictedRoute> law() {
        return new ClientVpnRules().predict(RuleSettings.EMPTY, null).routes();
    }
}
