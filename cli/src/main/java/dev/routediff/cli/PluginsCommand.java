package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.TableViews;

public final class PluginsCommand implements Command {

    static CommandSpec spec() {
        return new CommandSpec("routediff plugins")
                .description("List the parsers and rule sets found, with their id, version and the jar they came "
                        + "from.")
                .options(OutputOptions.ALL);
    }

    private final CommandContext cli;
    private final OutputOptions output;

    PluginsCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
    }

    @Override
    public int call() {
        Format f = output.format();
        if (f == Format.JSON) {
            cli.out().print(cli.json().write(cli.json().plugins(cli.registry())));
        } else {
            cli.out().print(TableViews.plugins(cli.registry(), f, cli.color(f), cli.width(f)));
        }
        return Main.OK;
    }
}
