package dev.routediff.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "routediff",
        mixinStandardHelpOptions = true,
        versionProvider = RouteDiffCommand.Version.class,
        description = {"What connecting a VPN does to this machine's routing table, exactly.", ""},
        subcommands = {DemoCommand.class, ParseCommand.class, DiffCommand.class, LookupCommand.class,
            PredictCommand.class, ExplainCommand.class, PluginsCommand.class},
        footer = {"", "Exit status: 0 ok or no difference, 1 differences found, 2 bad usage or bad input."})
public final class RouteDiffCommand implements Callable<Integer> {

    private final Cli cli;

    public RouteDiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.err().println("routediff: a command is needed: demo, parse, diff, lookup, predict, explain or plugins (see 'routediff --help')");
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
