package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Param;
import dev.routediff.core.model.RouteTable;

public final class ParseCommand implements Command {

    static final Param FILE = Param.one("FILE", "A saved route dump, or - for standard input.");

    static CommandSpec spec() {
        return new CommandSpec("routediff parse")
                .description("Print a route table as routediff reads it: destinations expanded to CIDR, gateways "
                        + "typed.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).params(FILE);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final String file;

    ParseCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        file = line.param(FILE);
    }

    @Override
    public int call() throws Exception {
        RouteTable table = cli.read(file, input.parser());
        cli.print(table, output.format());
        return Main.OK;
    }
}
