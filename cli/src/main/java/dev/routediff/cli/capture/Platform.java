package dev.routediff.cli.capture;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How one operating system prints its route table: the commands to run, in order, and the parser meant for their
 * output. Linux needs three: {@code ip rule} lists one address family at a time ({@code ip route show table all}
 * lists both), and the rules say which of the tables a lookup uses.
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
     * @param familyMayBeMissing true when a kernel without this address family (IPv6 disabled) makes the command
     *                 fail: that failure means "no such routes", not trouble
     * @param emptyMeansNoRoutes true when the command prints nothing at all for an empty table (ip does; netstat and
     *                 route print always print their headers, so nothing from them is trouble)
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

    public static final Platform MACOS = new Platform("macOS",
            List.of(new Probe(List.of("netstat", "-rn"), "macos-netstat", false, false)));
    /**
     * Linux: the policy rules and every table, so that lookups follow the rules wg-quick, Tailscale and other VPN
     * clients route by (the main table alone would say traffic leaves by the LAN when it goes into the tunnel).
     */
    public static final Platform LINUX = new Platform("Linux", List.of(
            new Probe(List.of("ip", "rule", "show"), "linux-ip-route", false, true),
            new Probe(List.of("ip", "-6", "rule", "show"), "linux-ip-route", true, true),
            new Probe(List.of("ip", "route", "show", "table", "all"), "linux-ip-route", false, true)));
    public static final Platform WINDOWS = new Platform("Windows",
            List.of(new Probe(List.of("route", "print"), "windows-route", false, false)));

    /** The platform for a value of the {@code os.name} system property. */
    public static Platform forOsName(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return MACOS;
        }
        if (os.startsWith("linux")) {
            return LINUX;
        }
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        throw new CaptureException("cannot read this machine's route table: no command known for the operating system '"
                + osName + "'; known: " + List.of(MACOS, LINUX, WINDOWS).stream()
                        .map(p -> p.name() + " (" + p.commandLine() + ")")
                        .collect(Collectors.joining(", "))
                + "; save the table by hand and use 'routediff parse FILE'");
    }

    /** The commands as one shell line: running it prints exactly what {@code capture --raw} prints. */
    public String commandLine() {
        return probes.stream().map(Probe::commandLine).collect(Collectors.joining("; "));
    }
}
