package dev.routediff.core.spi;

/**
 * A provider that could not be loaded; reported and skipped, never fatal.
 *
 * @param service the SPI's simple name (RouteTableParser, RuleSet)
 * @param message one line: what failed and why
 */
public record PluginProblem(String service, String message) {
}
