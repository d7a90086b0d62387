package dev.routediff.cli;

import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.LookupRow;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.model.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Show the route a table chooses for each address, and why.",
            "With --before, also the route before, and whether the path moved into or out of the tunnel.",
            "Exit status: 0, also when no route matches; 2 trouble."})
public final class LookupCommand implements Callable<Integer> {

    private final Cli cli;

    @Mixin
    OutputOptions output;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table to look in (a file, or - for standard input).")
    String table;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ADDRESS",
            description = "IPv4 or IPv6 addresses; an IPv6 zone (fe80::1%%en0) selects that interface's routes.")
    List<String> addresses;

    @Option(names = "--before", paramLabel = "FILE",
            description = "A table from before (say, before connecting): show both paths and mark what moved.")
    String before;

    public LookupCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        List<IpAddress> parsed = new ArrayList<>();
        for (String a : addresses) {
            IpAddress ip = IpAddress.tryParse(a);
            if (ip == null) {
                throw new UsageException("'" + a + "' is not an IP address");
            }
            parsed.add(ip);
        }
        if (table.equals("-") && "-".equals(before)) {
            throw new UsageException("only one of TABLE and --before can be standard input (-)");
        }
        RouteIndex after = RouteIndex.of(cli.read(table, input.parser()));
        Optional<RouteIndex> earlier = before == null ? Optional.empty()
                : Optional.of(RouteIndex.of(cli.read(before, input.parser())));
        List<LookupRow> rows = new ArrayList<>();
        for (IpAddress ip : parsed) {
            rows.add(new LookupRow(after.lookup(ip), earlier.map(i -> i.lookup(ip))));
        }
        Format f = output.format();
        if (f == Format.JSON) {
            cli.out().print(cli.json().write(cli.json().lookups(rows, before != null)));
        } else {
            cli.print(TableViews.lookups(rows, before != null), f);
            if (before != null) {
                cli.out().println();
                cli.out().println(TableViews.lookupSummary(rows));
            }
        }
        return Main.OK;
    }
}
