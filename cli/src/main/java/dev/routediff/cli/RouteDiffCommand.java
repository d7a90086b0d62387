package dev.routediff.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

@Command(name = "routediff",
        mixinStandardHelpOptions = true,
        versionProvider = RouteDiffCommand.Version.class,
        description = {"What connecting a VPN does to this machine's routing table, exactly.", ""},
        subcommands = {DemoCommand.class, ParseCommand.class, DiffCommand.class, LookupCommand.class,
            PredictCommand.class, ExplainCommand.class, CaptureCommand.class, WatchCommand.class, PluginsCommand.class},
        footer = {"", "Exit status: 0 ok or no difference, 1 differences found, 2 bad usage or bad input."})
public final class RouteDiffCommand implements Callable<Integer> {

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
        cli.err().println("routediff: a command is needed: demo, parse, diff, lookup, predict, explain, capture, watch"
                + " or plugins (see 'routediff --help')");
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
