package dev.routediff.cli;

import dev.routediff.cli.args.UsageException;
import dev.routediff.cli.render.CheckViews;
import dev.routediff.cli.render.LookupRow;
import dev.routediff.cli.render.TableViews;
import dev.routediff.cli.render.html.HtmlReport;
import dev.routediff.core.check.CheckResult;
import dev.routediff.core.check.Finding;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.RouteDiffer;
import dev.routediff.core.lookup.Trace;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.rules.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The HTML reports of the commands: each command's result, with the inputs it came from, as one page. */
final class Reports {


    private Reports() {
    }

    static void explain(CommandContext cli, RuleSet ruleSet, RouteTable before, RouteTable after, Explanation e)
            throws IOException {
        RouteDiff diff = RouteDiffer.diff(before, after, false);
        Map<Route, String> rules = new HashMap<>();
        for (AttributedChange c : e.changes()) {
            if (c.rule() != null) {
                // Another rule set's rule or a pattern is badged as such ("pattern default-to-tunnel").
                rules.put(c.route(), c.ruleSet() == null && !c.pattern() ? c.rule()
                        : dev.routediff.cli.render.RuleViews.ruleText(c));
            }
        }
        long unexplained = e.changes().stream().filter(c -> c.rule() == null).count();
        long patterns = e.changes().stream().filter(AttributedChange::pattern).count();
        String status = e.changes().size() + (e.changes().size() == 1 ? " change, " : " changes, ")
                + (unexplained == 0 ? "all explained" : unexplained + " unexplained")
                + (patterns == 0 ? "" : " (" + patterns + " by pattern only)")
                + (e.missing().isEmpty() ? "" : "; " + e.missing().size() + " predicted but missing");
        HtmlReport r = start(cli, "routediff explain: " + name(before) + " → " + name(after))
                .input(input(cli, "Before", before)).input(input(cli, "After", after))
                .settings("Inferred settings (" + ruleSet.info().id() + ")", e.inferred())
                .status(status, e.fullyExplained())
                .tables("Before", before, "After", after, diff, rules, true)
                .rules(ruleSet.info().id(), ruleSet.info().rules())
                .missing("Predicted but missing", e.missing());
        warnings(r, e.warnings());
        r.write(cli.out());
    }

    static void diff(CommandContext cli, RouteTable before, RouteTable after, RouteDiff diff) throws IOException {
        start(cli, "routediff diff: " + name(before) + " → " + name(after))
                .input(input(cli, "Before", before)).input(input(cli, "After", after))
                .status(TableViews.diffSummary(diff), diff.isEmpty())
                .tables("Before", before, "After", after, diff, Map.of(), false)
                .write(cli.out());
    }

    static void predict(CommandContext cli, RuleSet ruleSet, RouteTable before, Prediction p, RouteTable predicted)
            throws IOException {
        RouteDiff diff = RouteDiffer.diff(before, predicted, false);
        Map<Route, String> rules = new HashMap<>();
        for (Route r : diff.added()) {
            ruleOf(p, ChangeKind.ADDED, r).ifPresent(id -> rules.put(r, id));
        }
        for (Route r : diff.removed()) {
            ruleOf(p, ChangeKind.REMOVED, r).ifPresent(id -> rules.put(r, id));
        }
        HtmlReport r = start(cli, "routediff predict: " + name(before) + " after connecting")
                .input(input(cli, "Before", before))
                .settings("Settings (" + ruleSet.info().id() + ")", settings(cli))
                .status(diff.added().size() + " routes predicted to be added, " + diff.removed().size() + " removed",
                        true)
                .tables("Before", before, "Predicted", predicted, diff, rules, true)
                .rules(ruleSet.info().id(), ruleSet.info().rules())
                .missing("Not installed", p.skipped().stream().map(s -> new PredictedRoute(ChangeKind.ADDED, s.rule(),
                        s.destination(), "", "", s.why())).toList());
        warnings(r, p.warnings());
        r.write(cli.out());
    }

    static void lookup(CommandContext cli, RouteTable table, RouteTable before, List<LookupRow> rows)
            throws IOException {
        lookup(cli, table, before, rows, List.of(), List.of());
    }

    /** With {@code --trace}: the candidates of every lookup under the answer. */
    static void lookup(CommandContext cli, RouteTable table, RouteTable before, List<LookupRow> rows,
                       List<Trace> traces, List<Trace> tracesBefore) throws IOException {
        HtmlReport r = start(cli, "routediff lookup: " + name(table));
        if (before != null) {
            r.input(input(cli, "Before", before)).input(input(cli, "After", table))
                    .status(TableViews.lookupSummary(rows), true)
                    .tables("Before", before, "After", table, RouteDiffer.diff(before, table, false), Map.of(), false);
        } else {
            r.input(input(cli, "Table", table)).table("Table", table);
        }
        r.lookups(rows, before != null).traces(traces, tracesBefore).write(cli.out());
    }

    static void check(CommandContext cli, RouteTable table, RouteTable before, CheckResult result) throws IOException {
        HtmlReport r = start(cli, "routediff check: " + name(table)).findingsFirst();
        if (before != null) {
            r.input(input(cli, "Before", before)).input(input(cli, "Now", table))
                    .tables("Before", before, "Now", table, RouteDiffer.diff(before, table, false), Map.of(), false);
        } else {
            r.input(input(cli, "Table", table)).table("Table", table);
        }
        r.status(CheckViews.summary(result), result.clean());
        for (Finding f : result.findings()) {
            r.finding(new HtmlReport.Finding(f.severity().label(), f.code(), f.message(), f.fix(),
                    f.exampleIfAny().map(CheckViews::example).orElse(null),
                    f.evidence().stream().map(CheckViews::evidenceLine).toList()));
        }
        warnings(r, result.warnings());
        r.write(cli.out());
    }

    private static HtmlReport start(CommandContext cli, String title) {
        return new HtmlReport(title).commandLine(cli.commandLine()).maps(cli.maps()).redacted(cli.redacting());
    }

    private static void warnings(HtmlReport r, List<Warning> warnings) {
        for (Warning w : warnings) {
            r.finding(new HtmlReport.Finding("warning", w.code(), w.message(), null,
                    w.destination() == null ? List.of() : List.of(w.destination())));
        }
    }

    /** The rule of the predicted route with this destination and change, if the prediction names one. */
    private static java.util.Optional<String> ruleOf(Prediction p, ChangeKind change, Route r) {
        for (PredictedRoute pr : p.routes()) {
            if (pr.change() == change && pr.destination().equals(r.destination().toString())) {
                return java.util.Optional.of(pr.rule());
            }
        }
        return java.util.Optional.empty();
    }

    /** The options given on the command line, for predict's header (it infers nothing). */
    private static Map<String, Object> settings(CommandContext cli) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        List<String> args = cli.commandLine();
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--") || a.equals("--format") || a.startsWith("--format=") || a.equals("--output")
                    || a.startsWith("--output=") || a.equals("--before") || a.startsWith("--before=")
                    || a.equals("--map") || a.startsWith("--map=")) {
                if ((a.equals("--format") || a.equals("--output") || a.equals("--before") || a.equals("--map"))) {
                    i++;
                }
                continue;
            }
            int eq = a.indexOf('=');
            String key = eq > 0 ? a.substring(2, eq) : a.substring(2);
            String value = eq > 0 ? a.substring(eq + 1)
                    : i + 1 < args.size() && !args.get(i + 1).startsWith("-") ? args.get(++i) : "true";
            m.merge(key, value, (x, y) -> x + ", " + y);
        }
        return m;
    }

    private static HtmlReport.Input input(CommandContext cli, String role, RouteTable t) {
        return new HtmlReport.Input(role, t.source(), t.parserId(), cli.platforms(t.parserId()), modified(t.source()),
                t.size());
    }

    private static String modified(String source) {
        try {
            Path p = Path.of(source);
            return Files.isRegularFile(p) ? Modified.FORMAT.format(Files.getLastModifiedTime(p).toInstant()) : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private static String name(RouteTable t) {
        try {
            Path p = Path.of(t.source()).getFileName();
            return p == null ? t.source() : p.toString();
        } catch (InvalidPathException e) {
            return t.source();
        }
    }

    /** --map values: IPv4 prefixes of length 0 to 24 (a map has 256 cells eight bits longer). */
    static List<Prefix> parseMaps(List<String> values) {
        List<Prefix> out = new java.util.ArrayList<>();
        for (String v : values) {
            Prefix p;
            try {
                p = Prefix.parse(v);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--map " + v + ": expected an IPv4 prefix such as 10.0.0.0/8");
            }
            if (!p.address().isIpv4() || p.length() > 24) {
                throw new UsageException("--map " + v + ": expected an IPv4 prefix of length 0 to 24, such as "
                        + "10.0.0.0/8");
            }
            out.add(p);
        }
        return out;
    }

    /**
     * An input's modification time as a report shows it. Made on first use, not with the class: every command touches
     * this class, and building a formatter costs a 20-route parse several milliseconds of start-up.
     */
    private static final class Modified {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC);
    }
}
