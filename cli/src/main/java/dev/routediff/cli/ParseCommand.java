package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.JsonTableWriter;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.model.RouteTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print a route table as routediff reads it: destinations expanded to CIDR, gateways typed.")
public final class ParseCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "FILE", description = "A saved route dump, or - for standard input.")
    String file;

    public ParseCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        RouteTable table = cli.read(file, input.parser());
        Format f = output.format();
        if (f == Format.JSON) {
            JsonTableWriter.write(table, cli.out());
        } else {
            cli.out().print(TableViews.table(table, f, cli.color(f)));
        }
        return Main.OK;
    }
}
