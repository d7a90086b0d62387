package dev.routediff.cli.capture;

import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteTableParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How one operating system prints its route table: the commands to run, in order, and the parser meant for their
 * output. Both come from the installed parsers: the first (by id) whose {@link ParserInfo#capture()} names commands
 * for the system's {@link ParserInfo#platform()}.
 *
 * @param name   the system as users call it
 * @param probes the commands whose outputs, one after the other, are the table
 */
public record Platform(String name, List<Probe> probes) {

    public Platform {
        probes = List.copyOf(probes);
    }

    /**
     * One command and the parser for its output.
     *
     * @param command  program and arguments
     * @param parserId the parser meant for this output; used when installed, else the output goes through detection
     * @param familyMayBeMissing see {@link ParserInfo.Capture#familyMayBeMissing()}
     * @param emptyMeansNoRoutes see {@link ParserInfo.Capture#emptyMeansNoRoutes()}
     */
    public record Probe(List<String> command, String parserId, boolean familyMayBeMissing,
                        boolean emptyMeansNoRoutes) {

        public Probe {
            command = List.copyOf(command);
        }

        public String commandLine() {
            return String.join(" ", command);
        }
    }

    /**
     * The platform for a value of the {@code os.name} system property, with the commands the installed parsers
     * declare for it (the bundled jars are opened only when no built-in parser declares them).
     */
    public static Platform forOsName(String osName, PluginRegistry registry) {
        dev.routediff.core.rules.Platform system = system(osName);
        if (system != null) {
            Platform declared = declared(system, registry.loadedParsers());
            if (declared == null && registry.loadDeferred()) {
                declared = declared(system, registry.parsers());
            }
            if (declared != null) {
                return declared;
            }
        }
        List<String> known = new ArrayList<>();
        for (dev.routediff.core.rules.Platform p : dev.routediff.core.rules.Platform.values()) {
            Platform declared = declared(p, registry.parsers());
            if (declared != null) {
                known.add(declared.name() + " (" + declared.commandLine() + ")");
            }
        }
        String missing = system == null ? "no command known for the operating system '" + osName + "'"
                : "no installed parser declares the commands for " + system.label() + " (see 'routediff plugins')";
        throw new CaptureException("cannot read this machine's route table: " + missing + "; known: "
                + (known.isEmpty() ? "none" : String.join(", ", known))
                + "; save the table by hand and use 'routediff parse FILE'");
    }

    /** The operating system an {@code os.name} value names, or null when it is none routediff reads. */
    private static dev.routediff.core.rules.Platform system(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return dev.routediff.core.rules.Platform.MACOS;
        }
        if (os.startsWith("linux")) {
            return dev.routediff.core.rules.Platform.LINUX;
        }
        if (os.startsWith("windows")) {
            return dev.routediff.core.rules.Platform.WINDOWS;
        }
        return null;
    }

    /** The commands the first of {@code parsers} (sorted by id) that declares any for {@code system}; or null. */
    private static Platform declared(dev.routediff.core.rules.Platform system, List<Plugin<RouteTableParser>> parsers) {
        for (Plugin<RouteTableParser> p : parsers) {
            ParserInfo info;
            try {
                info = p.provider().info();
            } catch (RuntimeException e) {
                continue; // a parser whose info() fails declares nothing; the registry reported it already
            }
            if (info.platform() == system && !info.capture().isEmpty()) {
                return new Platform(system.label(), info.capture().stream()
                        .map(c -> new Probe(c.command(), p.id(), c.familyMayBeMissing(), c.emptyMeansNoRoutes()))
                        .toList());
            }
        }
        return null;
    }

    /** The commands as one shell line: running it prints exactly what {@code capture --raw} prints. */
    public String commandLine() {
        return probes.stream().map(Probe::commandLine).collect(Collectors.joining("; "));
    }
}
