package dev.routediff.rules.openvpn;

import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.PredictedRoute;

/**
 * One row an OpenVPN rule expects connecting to add or remove, as the platform prints it. Destination and
 * gateway are concrete when known, else symbolic text.
 *
 * @param conditional true when it holds only if an unknown setting has one value; shown, never reported missing
 */
public record Expected(OpenVpnRule rule, ChangeKind change, Prefix destination, String destinationText,
                       String gatewayText, String iface, String why, boolean conditional) {

    /** Windows route print's gateway for a route on the adapter's own link. */
    public static final String ON_LINK = "On-link";

    /** True when the table after can be checked for it: a concrete destination and gateway. */
    public boolean isConcrete() {
        return destination != null && !Symbols.isSymbolic(gatewayText) && !Symbols.isSymbolic(iface);
    }

    /** Same destination, and the gateway printed the same way (On-link and a bare interface both match a link). */
    public boolean matches(Route route) {
        if (destination == null || !destination.equals(route.destination())) {
            return false;
        }
        if (gatewayText.equals(ON_LINK) || gatewayText.equals(iface)) {
            return route.gateway() instanceof Gateway.Interface || route.gateway() instanceof Gateway.Link
                    || route.gateway().text().equals(gatewayText);
        }
        return gatewayText.equals(route.gateway().text());
    }

    public PredictedRoute toPredictedRoute(String ruleId) {
        return new PredictedRoute(change, ruleId, destinationText, gatewayText, iface, why,
                rule == OpenVpnRule.CLIENT_HOST);
    }

    public Expected withWhy(String newWhy, boolean isConditional) {
        return new Expected(rule, change, destination, destinationText, gatewayText, iface, newWhy, isConditional);
    }
}
