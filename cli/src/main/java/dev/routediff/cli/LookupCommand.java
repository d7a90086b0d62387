package dev.routediff.cli;

import dev.routediff.cli.args.CommandSpec;
import dev.routediff.cli.args.ParsedLine;
import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.args.Opt;
import dev.routediff.cli.args.Param;
import dev.routediff.cli.render.Format;
import dev.routediff.cli.render.LookupRow;
import dev.routediff.cli.render.TableViews;
import dev.routediff.cli.render.TraceViews;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.PolicyLookup;
import dev.routediff.core.lookup.RouteScan;
import dev.routediff.core.lookup.Trace;
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

    static final Opt IP_RULES = Opt.value("--ip-rules", "FILE",
            "Linux policy rules (the output of 'ip rule show', and of 'ip -6 rule show') for a TABLE that holds"
                    + " 'ip route show table all' without them; a capture holding both needs no --ip-rules.");

    static final Opt TRACE = Opt.flag("--trace",
            "For each address, every route that covers it in the order the lookup ranks them, the one chosen and "
                    + "why, and where the traffic goes: tunnel, LAN, loopback, dropped or no route.");

    static CommandSpec spec() {
        return new CommandSpec("routediff lookup")
                .description("Show the route a table chooses for each address, and why.",
                        "With --before, also the route before, and whether the path moved into or out of the tunnel.",
                        "Exit status: 0, also when no route matches; 2 trouble.")
                .options(OutputOptions.ALL).options(InputOptions.ALL).options(BEFORE, IP_RULES, TRACE).options(OutputOptions.MAP)
                .params(TABLE, ADDRESS);
    }

    private final CommandContext cli;
    private final OutputOptions output;
    private final InputOptions input;
    private final String table;
    private final List<String> addresses;
    private final String before;
    private final boolean trace;
    private final String rules;

    LookupCommand(CommandContext cli, ParsedLine line) throws UsageException {
        this.cli = cli;
        output = new OutputOptions(line);
        input = new InputOptions(line);
        table = line.param(TABLE);
        addresses = line.paramValues(ADDRESS);
        before = line.value(BEFORE, null);
        trace = line.flag(TRACE);
        rules = line.value(IP_RULES, null);
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
                throw UsageException.withoutHelpPointer("'" + table + "' is an address, not a table: the table comes first"
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
            throw UsageException.withoutHelpPointer("only one of TABLE and --before can be standard input (-)");
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
        if (rules != null) {
            now = withRules(now, rules);
        }
        List<Warning> warnings = earlier == null ? null
                : new ArrayList<>(InputWarnings.platformsDiffer(earlier, now).stream().toList());
        List<Warning> policyWarnings = new ArrayList<>();
        for (RouteTable t : earlier == null ? List.of(now) : List.of(earlier, now)) {
            if (PolicyLookup.applies(t)) {
                policyWarnings.addAll(PolicyLookup.warnings(t));
            }
        }
        if (!policyWarnings.isEmpty()) {
            warnings = warnings == null ? policyWarnings : new ArrayList<>(warnings);
            if (warnings != policyWarnings) {
                warnings.addAll(policyWarnings);
            }
        }
        Format f = output.format();
        if (trace) {
            List<Trace> traced = traces(now, parsed);
            Optional<List<Trace>> tracedBefore = Optional.ofNullable(earlier).map(t -> traces(t, parsed));
            List<LookupRow> rows = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                int at = i;
                rows.add(new LookupRow(traced.get(i).lookup(), tracedBefore.map(b -> b.get(at).lookup()),
                        hosts.get(i)));
            }
            if (f == Format.HTML) {
                Reports.lookup(cli, now, earlier, rows, traced, tracedBefore.orElse(List.of()));
            } else if (f == Format.JSON) {
                ObjectNode json = cli.json().lookups(rows, before != null, warnings);
                TraceViews.addTo(json, traced, tracedBefore);
                cli.out().print(cli.json().write(json));
            } else {
                cli.out().print(TraceViews.text(traced, now.source(), tracedBefore,
                        earlier == null ? null : earlier.source(), f, cli.color(f)));
                if (warnings != null && !warnings.isEmpty()) {
                    cli.out().println();
                    cli.out().print(RuleViews.warnings(warnings));
                }
            }
            return Main.OK;
        }
        List<Lookup> found = lookups(now, parsed);
        Optional<List<Lookup>> foundBefore = Optional.ofNullable(earlier).map(t -> lookups(t, parsed));
        List<LookupRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            int at = i;
            rows.add(new LookupRow(found.get(i), foundBefore.map(b -> b.get(at)), hosts.get(i)));
        }
        if (f == Format.HTML) {
            Reports.lookup(cli, now, earlier, rows);
        } else if (f == Format.JSON) {
            cli.out().print(cli.json().write(cli.json().lookups(rows, before != null, warnings)));
        } else {
            cli.print(TableViews.lookups(rows, before != null), f);
            if (before != null) {
                cli.out().println();
                cli.out().println(TableViews.lookupSummary(rows));
                cli.out().print(RuleViews.warnings(warnings));
            } else if (warnings != null) {
                cli.out().println();
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
            Path p = Path.of(arg);
            return Files.exists(p) && !Files.isDirectory(p); // a FIFO or /dev/fd/63 from <(command) too
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** A host name, resolved with the system resolver; its first address is the one looked up. */
    private static IpAddress resolve(String name) {
        if (name.chars().noneMatch(Character::isLetter)) {
            throw UsageException.withoutHelpPointer("'" + name + "' is not an IP address");
        }
        if (!HOST_NAME.matcher(name).matches()) {
            throw UsageException.withoutHelpPointer("'" + name + "' is neither an IP address nor a host name");
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(name);
            IpAddress ip = IpAddress.tryParse(all[0].getHostAddress());
            if (ip == null) {
                throw UsageException.withoutHelpPointer("the system resolver gave '" + name + "' an address routediff cannot read: "
                        + all[0].getHostAddress());
            }
            return ip;
        } catch (UnknownHostException e) {
            throw UsageException.withoutHelpPointer("'" + name + "' is not an IP address, and the system resolver knows no host of"
                    + " that name");
        }
    }

    /** Letters, digits and hyphens in dot-separated labels, at least one letter: what a resolver is asked. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.*[A-Za-z])(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");

    /** {@code table} with the policy rules read from {@code file} added to any it has. */
    private RouteTable withRules(RouteTable table, String file) throws Exception {
        if (file.equals("-") && (this.table.equals("-") || "-".equals(before))) {
            throw UsageException.withoutHelpPointer("only one of TABLE, --before and --ip-rules can be standard input (-)");
        }
        RouteTable rulesTable = cli.read(file, input.parser());
        if (rulesTable.policy().isEmpty()) {
            throw UsageException.withoutHelpPointer("--ip-rules " + file + " holds no policy rules; expected the output of"
                    + " 'ip rule show' (lines such as '0:\tfrom all lookup local')");
        }
        return table.withPolicy(table.policy().plus(rulesTable.policy()));
    }

    /** Traces: along the policy rules where the table has them or several tables, else in its one table. */
    static List<Trace> traces(RouteTable table, List<IpAddress> addresses) {
        return PolicyLookup.applies(table) ? PolicyLookup.trace(table, addresses) : RouteScan.trace(table, addresses);
    }

    /**
     * A few addresses are looked up by one pass over the table, many through an index: building the index costs
     * more than the scan until there are dozens of addresses (docs/performance.md). Same answers either way.
     */
    static List<Lookup> lookups(RouteTable table, List<IpAddress> addresses) {
        if (PolicyLookup.applies(table)) {
            return PolicyLookup.lookup(table, addresses); // Linux policy routing: the rules pick the table
        }
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
