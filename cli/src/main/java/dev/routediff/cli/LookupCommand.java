package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageError;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.LookupRow;
import dev.routediff.cli.render.TableViews;
import dev.routediff.core.lookup.RouteIndex;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class LookupCommand implements Command {

    static final Param TABLE = Param.one("TABLE", "The table to look in (a file, or - for standard input).");
    static final Param ADDRESS = Param.oneOrMore("ADDRESS",
            "IPv4 or IPv6 addresses; an IPv6 zone (fe80::1%en0) selects that interface's routes.");
    static final Opt BEFORE = Opt.value("--before", "FILE",
            "A table from before (say, before connecting): show both paths and mark what moved.");

    static CommandSpec spec() {
        return new CommandSpec("routediff lookup")
                .description("Show the route a table chooses for each address, and why.",
                        "With --before, also the route before, and whether the path moved into or out of the tunnel.",
                        "Exit status: 0, also when no route matches; 2 trouble.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(BEFORE).options(OutputOptions.MAP)
                .params(TABLE, ADDRESS);
    }

    private final Cli cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final String table;
    private final List<String> addresses;
    private final String before;

    LookupCommand(Cli cli, ParsedLine line) throws UsageError {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        table = line.param(TABLE);
        addresses = line.paramValues(ADDRESS);
        before = line.value(BEFORE, null);
    }

    @Override
    public boolean rendersHtml() {
        return true;
    }

    @Override
    public int call() throws Exception {
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
        RouteTable afterTable = cli.read(table, input.parser());
        RouteTable beforeTable = before == null ? null : cli.read(before, input.parser());
        RouteIndex after = RouteIndex.of(afterTable);
        Optional<RouteIndex> earlier = beforeTable == null ? Optional.empty() : Optional.of(RouteIndex.of(beforeTable));
        List<LookupRow> rows = new ArrayList<>();
        for (IpAddress ip : parsed) {
            rows.add(new LookupRow(after.lookup(ip), earlier.map(i -> i.lookup(ip))));
        }
        Format f = output.format();
        if (f == Format.HTML) {
            Reports.lookup(cli, afterTable, beforeTable, rows);
        } else if (f == Format.JSON) {
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
