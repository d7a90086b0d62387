package dev.routediff.core.rules;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.RouteTable;

/**
 * A family of rules that say which routes a VPN client adds or removes when it connects (AWS Client VPN,
 * wg-quick, …). Found with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.routediff.core.rules.RuleSet}; stateless, with a public no-argument constructor.
 */
public interface RuleSet {

    RuleSetInfo info();

    /**
     * The routes that connecting will add (and remove), from the settings alone or, with {@code before}, for that
     * table. Bad settings are reported as {@link dev.routediff.core.spi.RouteInputException}.
     *
     * @param settings the settings given, never null ({@link RuleSettings#EMPTY} for none)
     * @param before   the table before connecting, or null
     */
    Prediction predict(RuleSettings settings, RouteTable before);

    /**
     * Attributes each change of an observed diff to a rule, and says what the settings predict but is missing.
     *
     * @param settings the settings given, never null ({@link RuleSettings#EMPTY} for none)
     */
    Explanation explain(RouteTable before, RouteTable after, RouteDiff diff, RuleSettings settings);

    /**
     * True for a rule set that explains by pattern (any tunnel, no client's code behind it): asked last, after every
     * other rule set, and its attributions are marked as patterns ({@link RuleSets#explain}).
     */
    default boolean explainsByPattern() {
        return false;
    }
}
