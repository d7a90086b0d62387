package dev.routediff.core.spi;

/**
 * A provider or a jar that could not be loaded; reported and skipped, never fatal.
 *
 * @param service the SPI's simple name (RouteTableParser, RuleSet), or {@link #JAR} when the jar itself is unusable
 * @param message one line: what failed and why, naming the jar when there is one
 */
@Api(Api.Status.INTERNAL)
public record PluginProblem(String service, String message) {

    /** The service of a problem with a whole jar (not a zip, unreadable, declaring no plugin). */
    public static final String JAR = "jar";

    /** One line for standard error, after the program's name. */
    public String line() {
        return service.equals(JAR) ? "a plugin jar was skipped: " + message
                : "a " + service + " plugin was skipped: " + message;
    }
}
