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
import dev.routediff.cli.render.RuleViews;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.InputWarnings;
import dev.routediff.core.rules.Warning;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

public final class LookupCommand implements Command {

    static final Param TABLE = Param.one("TABLE", "The table to look in (a file, or - for standard input).");
    static final Param ADDRESS = Param.oneOrMore("ADDRESS",
            "IPv4 or IPv6 addresses, or host names (the system resolver's first address is used); an IPv6 zone"
                    + " (fe80::1%en0) selects that interface's routes.");
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
        String table = this.table;
        List<String> addresses = new ArrayList<>(this.addresses);
        // lookup ADDRESS TABLE: the address where the table belongs and a file among the addresses
        if (!looksLikeATable(table) && IpAddress.tryParse(table) != null) {
            List<String> tables = addresses.stream().filter(LookupCommand::looksLikeATable).toList();
            if (tables.size() == 1) {
                addresses.remove(tables.get(0));
                addresses.add(0, table);
                table = tables.get(0);
            } else {
                throw new UsageException("'" + table + "' is an address, not a table: the table comes first"
                        + " (routediff lookup TABLE ADDRESS...)");
            }
        }
        List<IpAddress> parsed = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String a : addresses) {
            IpAddress ip = IpAddress.tryParse(a);
            String host = null;
            if (ip == null) {
                ip = resolve(a);
                host = a;
            }
            parsed.add(ip);
            hosts.add(host);
        }
        if (table.equals("-") && "-".equals(before)) {
            throw new UsageException("only one of TABLE and --before can be standard input (-)");
        }
        RouteTable afterTable = cli.read(table, input.parser());
        RouteTable beforeTable = before == null ? null : cli.read(before, input.parser());
        RouteIndex after = RouteIndex.of(afterTable);
        Optional<RouteIndex> earlier = beforeTable == null ? Optional.empty() : Optional.of(RouteIndex.of(beforeTable));
        List<Warning> warnings = beforeTable == null ? null
                : InputWarnings.platformsDiffer(beforeTable, afterTable).stream().toList();
        List<LookupRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            IpAddress ip = parsed.get(i);
            rows.add(new LookupRow(after.lookup(ip), earlier.map(e -> e.lookup(ip)), hosts.get(i)));
        }
        Format f = output.format();
        if (f == Format.HTML) {
            Reports.lookup(cli, afterTable, beforeTable, rows);
        } else if (f == Format.JSON) {
            cli.out().print(cli.json().write(cli.json().lookups(rows, before != null, warnings)));
        } else {
            cli.print(TableViews.lookups(rows, before != null), f);
            if (before != null) {
                cli.out().println();
                cli.out().println(TableViews.lookupSummary(rows));
                cli.out().print(RuleViews.warnings(warnings));
            }
        }
        return Main.OK;
    }

    /** Standard input, or a file that is there. */
    private static boolean looksLikeATable(String arg) {
        if (arg.equals("-")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A host name, resolved with the system resolver; its first address is the one looked up. */
    private static IpAddress resolve(String name) {
        if (name.chars().noneMatch(Character::isLetter)) {
            throw new UsageException("'" + name + "' is not an IP address");
        }
        if (!HOST_NAME.matcher(name).matches()) {
            throw new UsageException("'" + name + "' is neither an IP address nor a host name");
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(name);
            IpAddress ip = IpAddress.tryParse(all[0].getHostAddress());
            if (ip == null) {
                throw new UsageException("the system resolver gave '" + name + "' an address routediff cannot read: "
                        + all[0].getHostAddress());
            }
            return ip;
        } catch (UnknownHostException e) {
            throw new UsageException("'" + name + "' is not an IP address, and the system resolver knows no host of"
                    + " that name");
        }
    }

    /** Letters, digits and hyphens in dot-separated labels, at least one letter: what a resolver is asked. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.*[A-Za-z])(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
}
