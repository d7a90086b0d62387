package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.model.RouteTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show the routes added, removed and changed between two tables.",
            "Exit status, as diff(1): 0 no difference, 1 differences, 2 trouble."})
public final class DiffCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The table before (a file, or - for standard input).")
    String before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The table after.")
    String after;

    @Option(names = "--all", description = "Also show neighbour-cache (ARP/ND) entries and Expire countdown changes.")
    boolean all;

    public DiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        if (before.equals("-") && after.equals("-")) {
            throw new UsageException("only one of BEFORE and AFTER can be standard input (-)");
        }
        RouteTable[] tables = cli.readBoth(before, after, input.parser());
        RouteDiff diff = RouteDiffer.diff(tables[0], tables[1], all);
        print(cli, diff, output.format());
        return diff.isEmpty() ? Main.OK : Main.DIFFERENT;
    }

    static void print(Cli cli, RouteDiff diff, Format f) {
        if (f == Format.JSON) {
            cli.out().print(cli.json().write(cli.json().diff(diff)));
            return;
        }
        if (!diff.isEmpty()) {
            cli.print(TableViews.diff(diff), f);
            cli.out().println();
        }
        cli.out().println(TableViews.diffSummary(diff));
    }
}
