package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;

/**
 * The {@code routediff} command itself: its own options, the commands in help order, and building the one a command
 * line names. Plain code, no reflection: only the named command's spec is built on a run.
 */
final class RouteDiffCommand {

    /** The commands in help order, with the one line the root help gives each. */
    static final String[][] COMMANDS = {
        {"demo", "Run routediff on the bundled example: the field report's first experiment."},
        {"parse", "Print a route table as routediff reads it: destinations expanded to CIDR, gateways typed."},
        {"diff", "Show the routes added, removed and changed between two tables."},
        {"lookup", "Show the route a table chooses for each address, and why."},
        {"predict", "Predict the routes that connecting adds (and removes), from the endpoint's settings."},
        {"explain", "Explain the difference between a table before and after connecting."},
        {"check", "Diagnose a route table: VPN routing problems, each with its evidence, an example and a fix."},
        {"capture", "Print this machine's route table, read with the system's route command."},
        {"watch", "Print each change to this machine's route table as it happens: connect the VPN while it runs."},
        {"plugins", "List the parsers and rule sets found, with their id, version and the jar they came from."},
        {"completion", "Print a completion script for bash, zsh or fish."},
        {"help", "Show the help of a command: routediff help COMMAND; the manual page: routediff help --man."},
    };

    static final String HELP = "help";

    private RouteDiffCommand() {
    }

    static CommandSpec spec() {
        CommandSpec spec = new CommandSpec("routediff")
                .description("What connecting a VPN does to this machine's routing table, exactly.", "")
                .options(OutputOptions.GLOBAL)
                .footer("", "Exit status: 0 ok or no difference, 1 differences found, 2 trouble: bad usage, bad "
                        + "input, a failing plugin, out of memory, output that could not be written.");
        for (String[] c : COMMANDS) {
            spec.command(c[0], c[1]);
        }
        return spec;
    }

    /**
     * The spec of the command with this name, or null when there is none. The commands that apply a rule set offer
     * the options the installed rule sets declare, so their spec needs the plugins.
     */
    static CommandSpec spec(String name, CommandContext cli) {
        switch (name) {
            case "demo": return DemoCommand.spec();
            case "parse": return ParseCommand.spec();
            case "diff": return DiffCommand.spec();
            case "lookup": return LookupCommand.spec();
            case "predict": return PredictCommand.spec(cli.ruleOptions());
            case "explain": return ExplainCommand.spec(cli.ruleOptions());
            case "check": return CheckCommand.spec(cli.ruleOptions());
            case "capture": return CaptureCommand.spec();
            case "watch": return WatchCommand.spec();
            case "plugins": return PluginsCommand.spec();
            case "completion": return CompletionCommand.spec();
            default: return null;
        }
    }

    /** Every command's spec by name, in help order ({@code help} has none of its own). */
    static java.util.Map<String, CommandSpec> specs(CommandContext cli) {
        java.util.Map<String, CommandSpec> specs = new java.util.LinkedHashMap<>();
        for (String[] c : COMMANDS) {
            CommandSpec s = spec(c[0], cli);
            if (s != null) {
                specs.put(c[0], s);
            }
        }
        return specs;
    }

    /** The command with this name (one {@link #spec(String)} knows), bound to its parsed command line. */
    static Command create(String name, CommandContext cli, ParsedLine line) throws UsageException {
        switch (name) {
            case "demo": return new DemoCommand(cli, line);
            case "parse": return new ParseCommand(cli, line);
            case "diff": return new DiffCommand(cli, line);
            case "lookup": return new LookupCommand(cli, line);
            case "predict": return new PredictCommand(cli, line);
            case "explain": return new ExplainCommand(cli, line);
            case "check": return new CheckCommand(cli, line);
            case "capture": return new CaptureCommand(cli, line);
            case "watch": return new WatchCommand(cli, line);
            case "plugins": return new PluginsCommand(cli, line);
            case "completion": return new CompletionCommand(cli, line);
            default: throw new IllegalArgumentException(name);
        }
    }

    /** The message for a command name that is none: the commands, or the one probably meant. */
    static String unknown(String name) {
        java.util.List<String> names = java.util.Arrays.stream(COMMANDS).map(c -> c[0]).toList();
        String near = dev.routediff.cli.args.Suggest.closest(name, names);
        return "'" + name + "' is not a command; " + (near != null ? "did you mean '" + near + "'?"
                : "the commands are " + commandList());
    }

    /** "demo, parse, … or plugins". */
    static String commandList() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < COMMANDS.length; i++) {
            sb.append(i == 0 ? "" : i == COMMANDS.length - 1 ? " or " : ", ").append(COMMANDS[i][0]);
        }
        return sb.toString();
    }

    /** The version recorded in the jar's manifest at build time. */
    static String version() {
        String v = RouteDiffCommand.class.getPackage().getImplementationVersion();
        return "routediff " + (v == null ? "(development build)" : v);
    }
}
