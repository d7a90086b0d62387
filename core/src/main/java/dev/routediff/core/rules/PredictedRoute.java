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
 * @param hostRoute   true when the rule installs it as a host route (BSD {@code H}) if its destination is one
 *                    address; the rule set that makes it decides, since a /32 printed as a network is not one
 */
public record PredictedRoute(ChangeKind change, String rule, String destination, String gateway, String iface,
                             String why, boolean hostRoute) {

    public PredictedRoute {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(why, "why");
    }

    /** A route that is not a host route. */
    public PredictedRoute(ChangeKind change, String rule, String destination, String gateway, String iface,
                          String why) {
        this(change, rule, destination, gateway, iface, why, false);
    }
}
