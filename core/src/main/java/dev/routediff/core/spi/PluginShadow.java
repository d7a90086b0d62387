package dev.routediff.core.spi;

/**
 * A user plugin that took the place of a built-in or bundled one with the same id. Allowed, because it lets a user
 * try a fixed parser without rebuilding, but announced, because the output no longer comes from the shipped code.
 *
 * @param service  the SPI's simple name (RouteTableParser, RuleSet)
 * @param winner   the user plugin now in use
 * @param shadowed the plugin it replaced
 */
@Api(Api.Status.INTERNAL)
public record PluginShadow(String service, Plugin<?> winner, Plugin<?> shadowed) {

    /** One line for standard error. */
    public String message() {
        return "the " + service + " '" + winner.id() + "' from " + winner.source() + " (" + winner.origin().label()
                + ") is used instead of the " + shadowed.origin().label() + " one from " + shadowed.source();
    }
}
