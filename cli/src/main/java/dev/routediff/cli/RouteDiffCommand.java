package dev.routediff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

@Command(name = "routediff",
        mixinStandardHelpOptions = true,
        versionProvider = RouteDiffCommand.Version.class,
        description = {"What connecting a VPN does to this machine's routing table, exactly.", ""},
        footer = {"", "Exit status: 0 ok or no difference, 1 differences found, 2 bad usage or bad input."})
public final class RouteDiffCommand implements Callable<Integer> {

    /**
     * The commands in help order. They are not listed in the annotation: picocli would reflect over all of them on
     * every start, and {@link Main} builds only the one asked for (all of them for help and for an unknown name).
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand.class);
        m.put("parse", ParseCommand.class);
        m.put("diff", DiffCommand.class);
        m.put("lookup", LookupCommand.class);
        m.put("predict", PredictCommand.class);
        m.put("explain", ExplainCommand.class);
        m.put("capture", CaptureCommand.class);
        m.put("watch", WatchCommand.class);
        m.put("plugins", PluginsCommand.class);
        return Collections.unmodifiableMap(m);
    }

    /** The command a command line names, or null when it names none (help, version, or a typo). */
    static String requested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.equals(OutputOptions.PLUGIN_PATH)) {
                i++; // its value
            } else if (!a.startsWith("-")) {
                return COMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
    }

    private final Cli cli;

    // Accepted before the command name too (routediff --plugin-path DIR parse FILE); Main collects it.
    @Option(names = OutputOptions.PLUGIN_PATH, paramLabel = "DIR",
            description = "Also load the plugin jars in DIR (repeatable; see 'routediff plugins').")
    List<Path> pluginPath = new ArrayList<>();

    public RouteDiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.err().println("routediff: a command is needed: " + String.join(", ", COMMANDS.keySet())
                .replaceFirst(", (\\w+)$", " or $1") + " (see 'routediff --help')");
        return Main.TROUBLE;
    }

    /** The version recorded in the jar's manifest at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RouteDiffCommand.class.getPackage().getImplementationVersion();
            return new String[] {"routediff " + (v == null ? "(development build)" : v)};
        }
    }
}
