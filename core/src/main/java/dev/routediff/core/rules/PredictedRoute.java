package dev.routediff.core.rules;

import java.util.Objects;

/**
 * A route a rule says connecting adds or removes. Destination and gateway are text because without concrete
 * settings they are symbolic ("the /27 containing C").
 *
 * @param change      added or removed
 * @param rule        the rule id
 * @param destination canonical CIDR, or a symbolic description
 * @param gateway     address, or a symbolic description
 * @param iface       interface name, symbolic ("utunN"), or "" when unknown
 * @param why         one sentence
 */
public record PredictedRoute(ChangeKind change, String rule, String destination, String gateway, String iface, String why) {

    public PredictedRoute {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(why, "why");
    }
}
