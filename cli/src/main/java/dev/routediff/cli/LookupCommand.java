package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageError;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.LookupRow;
import dev.routediff.cli.render.TableViews;
import dev.routediff.cli.render.TraceViews;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.RouteScan;
import dev.routediff.core.lookup.Trace;
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

    static final Opt TRACE = Opt.flag("--trace",
            "For each address, every route that covers it in the order the lookup ranks them, the one chosen and "
                    + "why, and where the traffic goes: tunnel, LAN, loopback, dropped or no route.");

    static CommandSpec spec() {
        return new CommandSpec("routediff lookup")
                .description("Show the route a table chooses for each address, and why.",
                        "With --before, also the route before, and whether the path moved into or out of the tunnel.",
                        "Exit status: 0, also when no route matches; 2 trouble.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(BEFORE, TRACE).options(OutputOptions.MAP)
                .params(TABLE, ADDRESS);
    }

    private final Cli cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final String table;
    private final List<String> addresses;
    private final String before;
    private final boolean trace;

    LookupCommand(Cli cli, ParsedLine line) throws UsageError {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        table = line.param(TABLE);
        addresses = line.paramValues(ADDRESS);
        before = line.value(BEFORE, null);
        trace = line.flag(TRACE);
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
        RouteTable now;
        RouteTable earlier = null;
        if (before == null) {
            now = cli.read(table, input.parser());
        } else {
            RouteTable[] both = cli.readBoth(before, table, input.parser());
            earlier = both[0];
            now = both[1];
        }
        Format f = output.format();
        if (trace && f != Format.HTML) {
            List<Trace> traced = RouteScan.trace(now, parsed);
            Optional<List<Trace>> tracedBefore = Optional.ofNullable(earlier).map(t -> RouteScan.trace(t, parsed));
            if (f == Format.JSON) {
                List<LookupRow> rows = new ArrayList<>();
                for (int i = 0; i < parsed.size(); i++) {
                    int at = i;
                    rows.add(new LookupRow(traced.get(i).lookup(), tracedBefore.map(b -> b.get(at).lookup())));
                }
                ObjectNode json = cli.json().lookups(rows, before != null);
                TraceViews.addTo(json, traced, tracedBefore);
                cli.out().print(cli.json().write(json));
            } else {
                cli.out().print(TraceViews.text(traced, now.source(), tracedBefore,
                        earlier == null ? null : earlier.source(), f, cli.color(f)));
            }
            return Main.OK;
        }
        List<Lookup> found = lookups(now, parsed);
        Optional<List<Lookup>> foundBefore = Optional.ofNullable(earlier).map(t -> lookups(t, parsed));
        List<LookupRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            int at = i;
            rows.add(new LookupRow(found.get(i), foundBefore.map(b -> b.get(at))));
        }
        if (f == Format.HTML) {
            Reports.lookup(cli, now, earlier, rows);
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

    /**
     * A few addresses are looked up by one pass over the table, many through an index: building the index costs
     * more than the scan until there are dozens of addresses (docs/performance.md). Same answers either way.
     */
    static List<Lookup> lookups(RouteTable table, List<IpAddress> addresses) {
        if (RouteScan.suits(addresses.size())) {
            return RouteScan.lookup(table, addresses);
        }
        RouteIndex index = RouteIndex.of(table);
        List<Lookup> out = new ArrayList<>(addresses.size());
        for (IpAddress a : addresses) {
            out.add(index.lookup(a));
        }
        return out;
    }
}
