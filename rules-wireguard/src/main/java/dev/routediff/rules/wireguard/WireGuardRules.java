package dev.routediff.rules.wireguard;

import com.google.auto.service.AutoService;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AbstractRuleSet;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleInfo;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.RuleSetInfo;
import dev.routediff.core.rules.RuleSettings;

/**
 * The wg-quick rule set ({@code wireguard}): the routes {@code wg-quick up} adds on macOS (darwin.bash) and Linux
 * (linux.bash), from the WireGuard configuration file. Settings it reads: {@link WgSettings#NAMES}; rules:
 * {@link WireGuardRule}. Shipped as a plugin jar, found with ServiceLoader.
 */
@AutoService(RuleSet.class)
public final class WireGuardRules extends AbstractRuleSet {

    public static final String ID = "wireguard";

    public WireGuardRules() {
        super(new RuleSetInfo(ID,
                "wg-quick on macOS and Linux: routes wg-quick up adds, from the WireGuard configuration file",
                RuleInfo.all(WireGuardRule.values()), WgSettings.OPTIONS, 10));
    }

    @Override
    public Prediction predict(RuleSettings settings, RouteTable before) {
        return Predictor.predict(WgSettings.from(settings, before), before);
    }

    @Override
    public Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings) {
        return Explainer.explain(before, after, diff, settings);
    }
}
