package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.PredictedRoute;

/**
 * One route a rule expects to be added or removed. Destination and gateway are concrete when known (then
 * {@link #destination} / {@link #gateway} are set) and otherwise symbolic text, as in the field report's summary.
 *
 * @param conditional true when it holds only in one tunnel mode and the mode is unknown; such a route is shown but
 *                    never reported as missing
 */
record Expectation(ClientVpnRule rule, ChangeKind change, Prefix destination, String destinationText,
                   IpAddress gateway, String gatewayText, String iface, String why, boolean conditional) {

    /** True when both ends are concrete, so the table after can be checked for it. */
    boolean isConcrete() {
        return destination != null && !Symbols.isSymbolic(gatewayText);
    }

    /** True when {@code route} is this route: same destination and the gateway printed the same way. */
    boolean matches(dev.routediff.core.model.Route route) {
        if (destination == null || !destination.equals(route.destination())) {
            return false;
        }
        if (gatewayText.equals(PlatformRows.ON_LINK) || gatewayText.equals(iface)) {
            return route.gateway() instanceof dev.routediff.core.model.Gateway.Interface
                    || route.gateway() instanceof dev.routediff.core.model.Gateway.Link;
        }
        return gatewayText.equals(route.gateway().text());
    }

    Expectation with(String newGatewayText, String newIface, String newWhy) {
        return new Expectation(rule, change, destination, destinationText, gateway, newGatewayText, newIface, newWhy,
                conditional);
    }

    PredictedRoute toPredictedRoute() {
        return new PredictedRoute(change, rule.id(), destinationText, gatewayText, iface, why,
                rule == ClientVpnRule.CLIENT_HOST);
    }
}
