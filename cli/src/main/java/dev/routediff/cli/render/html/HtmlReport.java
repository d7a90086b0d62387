package dev.routediff.cli.render.html;

import dev.routediff.cli.render.LookupRow;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.lookup.Trace;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code --format html} report: one self-contained page (inline CSS and SVG, no script, nothing fetched) with
 * the inputs, the inferred settings, the tables before and after side by side, the rule behind each change, the
 * address-space maps, warnings, findings and lookups. A command fills in the parts its result has and calls
 * {@link #write}; the parts left empty are left out.
 */
public final class HtmlReport {

    /** Up to this many rows every row is shown; longer tables keep their changes and a little context. */
    static final int FULL_ROWS = 300;
    /** Unchanged rows kept on each side of a change in a collapsed table. */
    static final int CONTEXT = 2;
    /** Changes shown at most; the rest are counted (JSON has them all). */
    static final int MAX_CHANGES = 2000;
    /** /16 maps drawn at most without --map. */
    static final int MAX_DETAIL_MAPS = 6;

    /** One input table: its role (before, after, table), file, parser, platforms, time stamp and size. */
    public record Input(String role, String source, String parser, List<String> platforms, String modified,
                        int routes) {
    }

    /**
     * Something to know about the result: a rule set's warning or, from {@code check}, a finding with its fix.
     *
     * @param severity "warning", "error", "info"…
     * @param fix      what to do, or null
     * @param example  what happens to one affected address ({@code 10.0.0.5 -> 10.0.0.0/8 via … in after.txt}), or
     *                 null
     * @param evidence the rows behind it ({@code file:line: text}), may be empty
     */
    public record Finding(String severity, String code, String message, String fix, String example,
                          List<String> evidence) {
        public Finding {
            evidence = List.copyOf(evidence);
        }

        public Finding(String severity, String code, String message, String fix, List<String> evidence) {
            this(severity, code, message, fix, null, evidence);
        }
    }

    private final String title;
    private List<String> commandLine = List.of();
    private final List<Input> inputs = new ArrayList<>();
    private String settingsTitle;
    private Map<String, Object> settings = Map.of();
    private String status;
    private boolean statusOk = true;
    private RouteTable before;
    private RouteTable after;
    private String beforeLabel = "Before";
    private String afterLabel = "After";
    private RouteDiff diff;
    private Map<Route, String> rules = Map.of();
    private boolean attributed;
    private final Map<String, RuleInfo> ruleInfo = new LinkedHashMap<>();
    private String ruleSetId;
    private List<PredictedRoute> missing = List.of();
    private String missingTitle = "Predicted but missing";
    private final List<Finding> findings = new ArrayList<>();
    private boolean findingsFirst;
    private List<LookupRow> lookups;
    private boolean lookupsWithBefore;
    private List<Trace> traces = List.of();
    private List<Trace> tracesBefore = List.of();
    private List<Prefix> maps = List.of();
    private boolean redact;
    private final List<String> leftOut = new ArrayList<>();

    public HtmlReport(String title) {
        this.title = title;
    }

    public HtmlReport commandLine(List<String> args) {
        commandLine = List.copyOf(args);
        return this;
    }

    public HtmlReport input(Input input) {
        inputs.add(input);
        return this;
    }

    /** Values a rule set read off the tables (or was given), by key; null is "unknown". */
    public HtmlReport settings(String heading, Map<String, Object> values) {
        settingsTitle = heading;
        settings = values;
        return this;
    }

    /** The closing line of the command, shown at the top; {@code ok} false marks it as needing attention. */
    public HtmlReport status(String line, boolean ok) {
        status = line;
        statusOk = ok;
        return this;
    }

    /**
     * The two tables and their diff.
     *
     * @param ruleOf     the rule id explaining each changed route (the route as the diff reports it)
     * @param attributed whether a rule set attributed the changes (then a change without a rule is unexplained)
     */
    public HtmlReport tables(String beforeName, RouteTable b, String afterName, RouteTable a, RouteDiff d,
                             Map<Route, String> ruleOf, boolean attributed) {
        beforeLabel = beforeName;
        afterLabel = afterName;
        before = b;
        after = a;
        diff = d;
        rules = ruleOf;
        this.attributed = attributed;
        return this;
    }

    /** The rule set whose rules the badges name; their text and source become the footnotes. */
    public HtmlReport rules(String id, List<RuleInfo> infos) {
        ruleSetId = id;
        for (RuleInfo r : infos) {
            ruleInfo.put(r.id(), r);
        }
        return this;
    }

    public HtmlReport missing(String heading, List<PredictedRoute> routes) {
        missingTitle = heading;
        missing = List.copyOf(routes);
        return this;
    }

    public HtmlReport finding(Finding f) {
        findings.add(f);
        return this;
    }

    /** {@code check}: the findings are the answer, so they come before the tables they were found in. */
    public HtmlReport findingsFirst() {
        findingsFirst = true;
        return this;
    }

    /**
     * {@code lookup --trace}: every route each lookup considered, in the order the decision ranked them, in the table
     * and (when not empty) in the table before.
     */
    public HtmlReport traces(List<Trace> now, List<Trace> before) {
        traces = List.copyOf(now);
        tracesBefore = List.copyOf(before);
        return this;
    }

    public HtmlReport lookups(List<LookupRow> rows, boolean withBefore) {
        lookups = List.copyOf(rows);
        lookupsWithBefore = withBefore;
        return this;
    }

    /** The prefixes whose /16 (or finer) maps to draw instead of the /8s the tunnel's routes touch. */
    public HtmlReport maps(List<Prefix> prefixes) {
        maps = List.copyOf(prefixes);
        return this;
    }

    /** --redact: public /16 cells are drawn as redacted, /8 cells named by their first octet. */
    public HtmlReport redacted(boolean on) {
        redact = on;
        return this;
    }

    /** A table to show alone (lookup without --before): maps of it, no side-by-side diff. */
    public HtmlReport table(String name, RouteTable t) {
        afterLabel = name;
        after = t;
        return this;
    }

    public void write(Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                // the page may load nothing at all: no script, font, image or connection, whatever it contains
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"routediff\">\n")
                .append("<title>").append(Html.esc(title)).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n")
                .append("<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>")
                .append(stripes("mix-tunnel", "p-tunnel")).append(stripes("mix-lan", "p-lan"))
                .append("</defs></svg>\n");
        header(sb);
        sb.append("<main>\n");
        lookupSection(sb); // a lookup's answer first; the tables it came from after it
        traceSection(sb, "Trace", traces);
        traceSection(sb, "Trace before", tracesBefore);
        if (findingsFirst) {
            findings(sb);
        }
        if (before != null && diff != null) {
            routes(sb);
        }
        missing(sb);
        if (!findingsFirst) {
            findings(sb);
        }
        if (after != null) {
            mapSection(sb);
        }
        ruleNotes(sb);
        sb.append("</main>\n");
        footer(sb);
        sb.append("</body>\n</html>\n");
        out.write(sb.toString());
        out.flush();
    }

    /** The fill of a mixed cell: the default's colour striped with the tunnel's or the LAN's. */
    private static String stripes(String id, String css) {
        return "<pattern id=\"" + id + "\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" class=\"p-base\"/><rect width=\"2.5\" "
                + "height=\"5\" class=\"" + css + "\"/></pattern>";
    }

    // ---- header

    private void header(StringBuilder sb) {
        sb.append("<header>\n<h1>").append(Html.esc(title)).append("</h1>\n");
        if (!commandLine.isEmpty()) {
            sb.append("<p class=\"cmd\"><code>routediff");
            for (int i = 0; i < commandLine.size(); i++) {
                String a = commandLine.get(i);
                // where the report was written says nothing to its reader
                if (a.equals("-o") || a.equals("--output")) {
                    i++;
                    continue;
                }
                if (a.startsWith("--output=")) {
                    continue;
                }
                sb.append(' ').append(Html.esc(a.isEmpty() || a.contains(" ") ? "'" + a + "'" : a));
            }
            sb.append("</code></p>\n");
        }
        if (status != null) {
            sb.append("<p class=\"status ").append(statusOk ? "ok" : "attention").append("\" role=\"status\">")
                    .append(Html.esc(status)).append("</p>\n");
        }
        sb.append("<div class=\"facts\">\n");
        if (!inputs.isEmpty()) {
            sb.append("<section aria-labelledby=\"inputs-h\"><h2 id=\"inputs-h\">Inputs</h2>\n")
                    .append("<table class=\"kv\"><thead><tr><th scope=\"col\"></th><th scope=\"col\">File</th>")
                    .append("<th scope=\"col\">Parser</th><th scope=\"col\">Platform</th>")
                    .append("<th scope=\"col\">Modified</th><th scope=\"col\">Routes</th></tr></thead><tbody>\n");
            for (Input in : inputs) {
                sb.append("<tr><th scope=\"row\">").append(Html.esc(in.role())).append("</th><td class=\"mono\">")
                        .append(Html.esc(in.source())).append("</td><td class=\"mono\">").append(Html.esc(in.parser()))
                        .append("</td><td>").append(Html.esc(String.join(", ", in.platforms()))).append("</td><td>")
                        .append(Html.esc(in.modified() == null ? "unknown" : in.modified())).append("</td><td class=\"num\">")
                        .append(in.routes()).append("</td></tr>\n");
            }
            sb.append("</tbody></table></section>\n");
        }
        if (settingsTitle != null) {
            sb.append("<section aria-labelledby=\"settings-h\"><h2 id=\"settings-h\">").append(Html.esc(settingsTitle))
                    .append("</h2>\n<table class=\"kv\"><tbody>\n");
            for (Map.Entry<String, Object> e : settings.entrySet()) {
                Object v = e.getValue();
                sb.append("<tr><th scope=\"row\">").append(Html.esc(e.getKey())).append("</th><td class=\"mono")
                        .append(v == null ? " unknown\">unknown" : "\">" + Html.esc(v.toString())).append("</td></tr>\n");
            }
            sb.append("</tbody></table></section>\n");
        }
        if (diff != null) {
            counts(sb);
        }
        sb.append("</div>\n</header>\n");
    }

    private void counts(StringBuilder sb) {
        long unexplained = 0;
        if (attributed) {
            for (Route r : diff.added()) {
                unexplained += rules.get(r) == null ? 1 : 0;
            }
            for (Route r : diff.removed()) {
                unexplained += rules.get(r) == null ? 1 : 0;
            }
            for (RouteDiff.Change c : diff.changed()) {
                unexplained += rules.get(c.after()) == null && rules.get(c.before()) == null ? 1 : 0;
            }
        }
        sb.append("<section aria-labelledby=\"counts-h\"><h2 id=\"counts-h\">Changes</h2>\n<ul class=\"counts\">")
                .append(count("added", diff.added().size(), "added"))
                .append(count("removed", diff.removed().size(), "removed"))
                .append(count("changed", diff.changed().size(), "changed"));
        if (attributed) {
            sb.append(count("unexplained", unexplained, unexplained == 0 ? "ok" : "bad"));
        }
        sb.append(count("ignored", diff.ignored(), "ignored")).append("</ul>\n");
        if (diff.ignored() > 0) {
            sb.append("<p class=\"note\">Ignored: neighbour-cache (ARP/ND) entries and Expire countdowns, shown greyed "
                    + "in the table; <code>--all</code> counts them as changes.</p>\n");
        }
        sb.append("</section>\n");
    }

    private static String count(String label, long n, String css) {
        return "<li class=\"" + css + "\"><span class=\"n\">" + n + "</span> " + label + "</li>";
    }

    // ---- routes side by side

    private void routes(StringBuilder sb) {
        List<RouteRows.Row> rows = RouteRows.merge(before, after, diff, rules);
        sb.append("<section id=\"routes\" aria-labelledby=\"routes-h\">\n<h2 id=\"routes-h\">Routes before and after")
                .append("</h2>\n");
        sb.append("<div class=\"scroll\"><table class=\"routes\">\n<caption>")
                .append(Html.esc(beforeLabel)).append(" (left) and ").append(Html.esc(afterLabel))
                .append(" (right), in destination order; added rows green, removed red, changed amber, ignored grey")
                .append("</caption>\n<thead>\n<tr><th rowspan=\"2\" scope=\"col\">Change</th>")
                .append("<th colspan=\"4\" scope=\"colgroup\" class=\"side\">").append(Html.esc(beforeLabel))
                .append("</th><th colspan=\"4\" scope=\"colgroup\" class=\"side\">").append(Html.esc(afterLabel))
                .append("</th><th rowspan=\"2\" scope=\"col\">Rule</th></tr>\n<tr>");
        for (int side = 0; side < 2; side++) {
            sb.append("<th scope=\"col\"").append(side == 1 ? " class=\"split\"" : "")
                    .append(">Destination</th><th scope=\"col\">Gateway</th><th scope=\"col\">Flags</th>")
                    .append("<th scope=\"col\">Netif</th>");
        }
        sb.append("</tr>\n</thead>\n");
        boolean[] shown = visible(rows);
        int hiddenSame = 0;
        int hiddenChanges = 0;
        AddressFamily family = null;
        int i = 0;
        while (i < rows.size()) {
            RouteRows.Row row = rows.get(i);
            if (row.any().family() != family) {
                family = row.any().family();
                if (i > 0) {
                    sb.append("</tbody>\n");
                }
                sb.append("<tbody>\n<tr class=\"family\"><th colspan=\"10\" scope=\"rowgroup\">")
                        .append(family.label()).append(": ").append(count(rows, family, true)).append(" before, ")
                        .append(count(rows, family, false)).append(" after</th></tr>\n");
            }
            if (shown[i]) {
                row(sb, row);
                i++;
                continue;
            }
            int j = i;
            int same = 0;
            int changes = 0;
            while (j < rows.size() && !shown[j] && rows.get(j).any().family() == family) {
                if (rows.get(j).kind().isChange()) {
                    changes++;
                } else {
                    same++;
                }
                j++;
            }
            hiddenSame += same;
            hiddenChanges += changes;
            sb.append("<tr class=\"gap\"><td colspan=\"10\">").append(gapText(same, changes, rows.get(i),
                    rows.get(j - 1))).append("</td></tr>\n");
            i = j;
        }
        if (!rows.isEmpty()) {
            sb.append("</tbody>\n");
        }
        sb.append("</table></div>\n");
        if (hiddenSame > 0) {
            leftOut.add(hiddenSame + " unchanged or ignored rows of the route tables (collapsed; the tables "
                    + "have " + rows.size() + " rows)");
        }
        if (hiddenChanges > 0) {
            leftOut.add(hiddenChanges + " changes beyond the first " + MAX_CHANGES
                    + " (--format json lists every one)");
        }
        sb.append("</section>\n");
    }

    private static String gapText(int same, int changes, RouteRows.Row first, RouteRows.Row last) {
        StringBuilder t = new StringBuilder("⋯ ");
        if (same > 0) {
            t.append(String.format("%,d", same)).append(same == 1 ? " unchanged row" : " unchanged rows");
        }
        if (changes > 0) {
            t.append(same > 0 ? " and " : "").append(String.format("%,d", changes))
                    .append(changes == 1 ? " more change" : " more changes");
        }
        t.append(" not shown (").append(first.any().destination()).append(" … ").append(last.any().destination())
                .append(')');
        return Html.esc(t.toString());
    }

    private static int count(List<RouteRows.Row> rows, AddressFamily f, boolean beforeSide) {
        int n = 0;
        for (RouteRows.Row r : rows) {
            if ((beforeSide ? r.before() : r.after()) != null && r.any().family() == f) {
                n++;
            }
        }
        return n;
    }

    /** Which rows to show: all of a short table; of a long one the changes (up to a cap) and their neighbours. */
    private static boolean[] visible(List<RouteRows.Row> rows) {
        boolean[] show = new boolean[rows.size()];
        if (rows.size() <= FULL_ROWS) {
            java.util.Arrays.fill(show, true);
            return show;
        }
        int changes = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind().isChange() && changes < MAX_CHANGES) {
                changes++;
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(rows.size() - 1, i + CONTEXT); k++) {
                    show[k] = show[k] || !rows.get(k).kind().isChange() || k == i;
                }
            }
        }
        return show;
    }

    private void row(StringBuilder sb, RouteRows.Row row) {
        RouteRows.Kind k = row.kind();
        sb.append("<tr").append(k.css.isEmpty() ? "" : " class=\"" + k.css + "\"").append("><td class=\"kind\">")
                .append(k == RouteRows.Kind.SAME ? "<span class=\"sr\">unchanged</span>"
                        : k == RouteRows.Kind.IGNORED ? "<span title=\"a neighbour-cache entry or an Expire countdown: "
                        + "noise, left out of the counts\">ignored</span>" : Html.esc(k.label))
                .append("</td>");
        side(sb, row.before(), null, false);
        side(sb, row.after(), row.kind() == RouteRows.Kind.CHANGED ? row.before() : null, true);
        sb.append("<td class=\"rule\">");
        if (k.isChange()) {
            if (row.rule() != null) {
                badge(sb, row.rule());
            } else if (attributed) {
                sb.append("<span class=\"badge bad\" title=\"No rule of ").append(Html.esc(ruleSetId))
                        .append(" explains this change\">unexplained</span>");
            }
        }
        sb.append("</td></tr>\n");
    }

    private void side(StringBuilder sb, Route r, Route was, boolean second) {
        String split = second ? " split" : "";
        if (r == null) {
            sb.append("<td colspan=\"4\" class=\"void").append(split).append("\"></td>");
            return;
        }
        sb.append("<td class=\"mono").append(split).append("\" title=\"line ").append(r.line())
                .append(r.metric() == null ? "" : ", metric " + r.metric()).append("\">")
                .append(Html.esc(r.destination().toString())).append("</td>");
        cell(sb, r.gateway().text(), was == null ? null : was.gateway().text());
        cell(sb, r.flags().text(), was == null ? null : was.flags().text());
        cell(sb, r.iface(), was == null ? null : was.iface());
    }

    private static void cell(StringBuilder sb, String value, String was) {
        boolean differs = was != null && !was.equals(value);
        sb.append("<td class=\"mono").append(differs ? " differs" : "").append('"');
        if (differs) {
            sb.append(" title=\"was ").append(Html.esc(was)).append('"');
        }
        sb.append('>').append(Html.esc(value)).append("</td>");
    }

    private void badge(StringBuilder sb, String id) {
        RuleInfo info = ruleInfo.get(id);
        if (info == null) {
            sb.append("<span class=\"badge\">").append(Html.esc(id)).append("</span>");
            return;
        }
        sb.append("<a class=\"badge\" href=\"#").append(Html.id("rule-", id)).append("\" title=\"Rule ")
                .append(Html.esc(id)).append(" (").append(Html.esc(info.name())).append("): ")
                .append(Html.esc(info.summary())).append(" Source: ").append(Html.esc(info.source()))
                .append("\">").append(Html.esc(id)).append("</a>");
    }

    // ---- missing, findings, lookups

    private void missing(StringBuilder sb) {
        if (missing.isEmpty()) {
            return;
        }
        sb.append("<section id=\"missing\" aria-labelledby=\"missing-h\"><h2 id=\"missing-h\">")
                .append(Html.esc(missingTitle)).append("</h2>\n<table class=\"plain\"><thead><tr>")
                .append("<th scope=\"col\">Rule</th><th scope=\"col\">Destination</th><th scope=\"col\">Gateway</th>")
                .append("<th scope=\"col\">Interface</th><th scope=\"col\">Why</th></tr></thead><tbody>\n");
        for (PredictedRoute p : missing) {
            sb.append("<tr class=\"removed\"><td>");
            badge(sb, p.rule());
            sb.append("</td><td class=\"mono\">").append(Html.esc(p.destination())).append("</td><td class=\"mono\">")
                    .append(Html.esc(p.gateway())).append("</td><td class=\"mono\">").append(Html.esc(p.iface()))
                    .append("</td><td>").append(Html.esc(p.why())).append("</td></tr>\n");
        }
        sb.append("</tbody></table></section>\n");
    }

    private void findings(StringBuilder sb) {
        if (findings.isEmpty()) {
            return;
        }
        sb.append("<section id=\"findings\" aria-labelledby=\"findings-h\"><h2 id=\"findings-h\">Findings and warnings")
                .append("</h2>\n<ul class=\"findings\">\n");
        for (Finding f : findings) {
            sb.append("<li class=\"").append(Html.esc(f.severity())).append("\"><span class=\"sev\">")
                    .append(Html.esc(f.severity())).append("</span> <code>").append(Html.esc(f.code()))
                    .append("</code> ").append(Html.esc(f.message()));
            if (f.example() != null) {
                sb.append("<p class=\"example\"><strong>Example:</strong> <code>").append(Html.esc(f.example()))
                        .append("</code></p>");
            }
            if (f.fix() != null) {
                sb.append("<p class=\"fix\"><strong>Fix:</strong> ").append(Html.esc(f.fix())).append("</p>");
            }
            if (!f.evidence().isEmpty()) {
                sb.append("<ul class=\"evidence\">");
                for (String e : f.evidence()) {
                    sb.append("<li><code>").append(Html.esc(e)).append("</code></li>");
                }
                sb.append("</ul>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ul></section>\n");
    }

    private void lookupSection(StringBuilder sb) {
        if (lookups == null) {
            return;
        }
        sb.append("<section id=\"lookups\" aria-labelledby=\"lookups-h\"><h2 id=\"lookups-h\">Lookups</h2>\n")
                .append("<div class=\"scroll\"><table class=\"plain lookups\"><thead><tr><th scope=\"col\">Address</th>");
        if (lookupsWithBefore) {
            sb.append("<th scope=\"col\">Before</th>");
        }
        sb.append("<th scope=\"col\">").append(lookupsWithBefore ? "After" : "Route").append("</th>");
        if (lookupsWithBefore) {
            sb.append("<th scope=\"col\">Moved</th>");
        }
        sb.append("<th scope=\"col\">Why</th><th scope=\"col\">Passed over</th></tr></thead><tbody>\n");
        for (LookupRow row : lookups) {
            Optional<Move> move = row.move();
            sb.append("<tr").append(move.isPresent() ? " class=\"changed\"" : "").append("><th scope=\"row\" class=\"mono\">")
                    .append(Html.esc(row.after().address().toString())).append("</th>");
            if (lookupsWithBefore) {
                sb.append("<td class=\"mono\">").append(Html.esc(row.before().map(HtmlReport::path).orElse("")))
                        .append("</td>");
            }
            sb.append("<td class=\"mono\">").append(Html.esc(path(row.after()))).append("</td>");
            if (lookupsWithBefore) {
                sb.append("<td>").append(Html.esc(move.map(Move::label).orElse(""))).append("</td>");
            }
            sb.append("<td>").append(Html.esc(row.after().why())).append("</td><td class=\"mono\">");
            for (Lookup.PassedOver p : row.after().passedOver()) {
                sb.append(Html.esc(AddressMap.describe(p.route()))).append(" <span class=\"muted\">(")
                        .append(Html.esc(p.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')))
                        .append(")</span><br>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table></div></section>\n");
    }

    /** One table per address: the candidates in the decision's order, the chosen one marked, each with its verdict. */
    private static void traceSection(StringBuilder sb, String heading, List<Trace> traces) {
        if (traces.isEmpty()) {
            return;
        }
        String id = heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        sb.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\"><h2 id=\"")
                .append(id).append("-h\">").append(Html.esc(heading)).append("</h2>\n");
        for (Trace t : traces) {
            sb.append("<div class=\"scroll\"><table class=\"plain trace\"><caption class=\"mono\">")
                    .append(Html.esc(t.address().toString())).append(" → ").append(Html.esc(t.disposition().label()))
                    .append(": ").append(Html.esc(t.lookup().why())).append("</caption><thead><tr>")
                    .append("<th scope=\"col\">Line</th><th scope=\"col\">Destination</th>")
                    .append("<th scope=\"col\">Gateway</th><th scope=\"col\">Interface</th>")
                    .append("<th scope=\"col\">Verdict</th></tr></thead><tbody>\n");
            if (t.candidates().isEmpty()) {
                sb.append("<tr><td colspan=\"5\">no route covers this address</td></tr>\n");
            }
            for (Trace.Candidate c : t.candidates()) {
                Route r = c.route();
                sb.append(c.chosen() ? "<tr class=\"chosen\">" : "<tr>").append("<td class=\"mono\">")
                        .append(r.line()).append("</td><th scope=\"row\" class=\"mono\">")
                        .append(Html.esc(r.destination().toString())).append("</th><td class=\"mono\">")
                        .append(Html.esc(r.gateway().text())).append("</td><td class=\"mono\">")
                        .append(Html.esc(r.iface())).append("</td><td>")
                        .append(c.chosen() ? "<strong>chosen</strong>: " : "").append(Html.esc(c.verdict()))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }
        sb.append("</section>\n");
    }

    private static String path(Lookup l) {
        return l.route().map(AddressMap::describe).orElse("no route");
    }

    // ---- maps

    private void mapSection(StringBuilder sb) {
        AddressMap.Carriers afterCarriers = new AddressMap.Carriers(after);
        AddressMap.Carriers beforeCarriers = before == null ? null : new AddressMap.Carriers(before);
        sb.append("<section id=\"map\" aria-labelledby=\"map-h\"><h2 id=\"map-h\">Address space (IPv4)</h2>\n")
                .append("<p class=\"note\">Each square is one block of addresses, laid along a Hilbert curve (the "
                        + "faint line) so that neighbouring squares hold neighbouring addresses; colour says which "
                        + "kind of route carries the block. Hover a square, or read its title, for the block and its "
                        + "routes. A square outlined on the right changed carrier.</p>\n");
        legend(sb, lookups != null, redact);
        List<String[]> changed = new ArrayList<>();
        sb.append("<div class=\"maps\">\n");
        mapPair(sb, "m0", Prefix.DEFAULT_V4, "every /8", beforeCarriers, afterCarriers, changed);
        List<Prefix> detail = maps.isEmpty() ? tunnelBlocks() : maps;
        int n = 1;
        for (Prefix p : detail) {
            if (maps.isEmpty() && n > MAX_DETAIL_MAPS) {
                leftOut.add("the /16 maps of " + (detail.size() - MAX_DETAIL_MAPS)
                        + " more /8s the tunnel's routes touch (name them with --map)");
                break;
            }
            mapPair(sb, "m" + n++, p, "by /" + (p.length() + 8), beforeCarriers, afterCarriers, changed);
        }
        sb.append("</div>\n");
        if (!changed.isEmpty()) {
            sb.append("<table class=\"plain moved\"><caption>Blocks whose carrier changed</caption><thead><tr>")
                    .append("<th scope=\"col\">Block</th><th scope=\"col\">Before</th><th scope=\"col\">After</th>")
                    .append("</tr></thead><tbody>\n");
            int shown = 0;
            for (String[] c : changed) {
                if (shown++ == 64) {
                    sb.append("<tr><td colspan=\"3\">⋯ and ").append(changed.size() - 64).append(" more</td></tr>\n");
                    break;
                }
                sb.append("<tr><th scope=\"row\" class=\"mono\">").append(Html.esc(c[0])).append("</th><td>")
                        .append(Html.esc(c[1])).append("</td><td>").append(Html.esc(c[2])).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("<p class=\"note\">IPv6 is not drawn: its space is too large for one square to say much.</p>\n");
        sb.append("</section>\n");
    }

    private void mapPair(StringBuilder sb, String id, Prefix prefix, String by, AddressMap.Carriers b,
                         AddressMap.Carriers a, List<String[]> changed) {
        AddressMap.Cell[] afterCells = AddressMap.cells(a, prefix, redact);
        AddressMap.Cell[] beforeCells = b == null ? null : AddressMap.cells(b, prefix, redact);
        String name = AddressMap.name(prefix.address().low(), prefix.length(),
                redact && dev.routediff.cli.render.Redactor.isPublic(prefix.address(), Math.max(8, prefix.length())));
        sb.append("<div class=\"pair\"><h3>").append(Html.esc(prefix.length() == 0 ? "All of IPv4" : name))
                .append(", ").append(Html.esc(by)).append("</h3>\n<div class=\"two\">");
        if (beforeCells != null) {
            sb.append("<figure>");
            AddressMap.svg(sb, id + "b", beforeLabel + ": " + (prefix.length() == 0 ? "IPv4" : name) + " " + by,
                    prefix, beforeCells, null, redact, probes());
            sb.append("<figcaption>").append(Html.esc(beforeLabel)).append("</figcaption></figure>");
        }
        sb.append("<figure>");
        AddressMap.svg(sb, id + "a", afterLabel + ": " + (prefix.length() == 0 ? "IPv4" : name) + " " + by, prefix,
                afterCells, beforeCells, redact, probes());
        sb.append("<figcaption>").append(Html.esc(afterLabel)).append("</figcaption></figure></div></div>\n");
        if (beforeCells != null) {
            for (int i = 0; i < afterCells.length; i++) {
                if (afterCells[i].carrier() != beforeCells[i].carrier()) {
                    changed.add(new String[] {AddressMap.name(afterCells[i].network(), afterCells[i].length(), redact),
                        beforeCells[i].label(), afterCells[i].label()});
                }
            }
        }
    }

    /** The addresses looked up, marked on the maps (a ring in their cell). */
    private List<dev.routediff.core.model.IpAddress> probes() {
        if (lookups == null) {
            return List.of();
        }
        List<dev.routediff.core.model.IpAddress> out = new ArrayList<>();
        for (LookupRow r : lookups) {
            out.add(r.after().address());
        }
        return out;
    }

    /** The /8s holding a route (of /8 or longer) through a tunnel interface, before or after. */
    private List<Prefix> tunnelBlocks() {
        TreeSet<Long> blocks = new TreeSet<>();
        for (RouteTable t : before == null ? List.of(after) : List.of(before, after)) {
            for (Route r : t.routes()) {
                if (r.family() == AddressFamily.INET && !r.destination().isIrregular()
                        && r.destination().length() >= 8 && Move.isTunnel(r.iface())) {
                    blocks.add(r.destination().address().low() >>> 24);
                }
            }
        }
        List<Prefix> out = new ArrayList<>();
        for (long b : blocks) {
            out.add(Prefix.of(dev.routediff.core.model.IpAddress.ipv4(b << 24), 8));
        }
        return out;
    }

    private static void legend(StringBuilder sb, boolean probes, boolean redacted) {
        sb.append("<ul class=\"legend\">");
        for (Carrier c : Carrier.values()) {
            if (c == Carrier.REDACTED && !redacted) {
                continue;
            }
            if (c == Carrier.MIXED) {
                legendItem(sb, "mixed t", "Mixed, partly tunnel: routes inside split the block");
                legendItem(sb, "mixed", "Mixed, without the tunnel");
            } else {
                legendItem(sb, c.css, c.label);
            }
        }
        legendItem(sb, "none moved", "Outlined: carrier changed");
        if (probes) {
            sb.append("<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><circle class=\"probe\" cx=\"7\" "
                    + "cy=\"7\" r=\"4\"/></svg> Ring: an address looked up</li>");
        }
        sb.append("</ul>\n");
    }

    private static void legendItem(StringBuilder sb, String css, String text) {
        sb.append("<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><g class=\"c ").append(css)
                .append("\"><rect x=\"1\" y=\"1\" width=\"12\" height=\"12\"/></g></svg> ").append(Html.esc(text))
                .append("</li>");
    }

    // ---- rules and footer

    private void ruleNotes(StringBuilder sb) {
        TreeSet<String> used = new TreeSet<>((x, y) -> {
            boolean nx = x.chars().allMatch(Character::isDigit);
            boolean ny = y.chars().allMatch(Character::isDigit);
            return nx && ny && x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        });
        rules.values().forEach(id -> {
            if (id != null) {
                used.add(id);
            }
        });
        missing.forEach(p -> used.add(p.rule()));
        used.removeIf(id -> !ruleInfo.containsKey(id));
        if (used.isEmpty()) {
            return;
        }
        sb.append("<section id=\"rules\" aria-labelledby=\"rules-h\"><h2 id=\"rules-h\">Rules</h2>\n")
                .append("<p class=\"note\">The rules of <code>").append(Html.esc(ruleSetId))
                .append("</code> that explain the changes above; each badge links here.</p>\n<dl class=\"rules\">\n");
        for (String id : used) {
            RuleInfo r = ruleInfo.get(id);
            sb.append("<dt id=\"").append(Html.id("rule-", id)).append("\"><span class=\"badge\">")
                    .append(Html.esc(id)).append("</span> ").append(Html.esc(r.name())).append("</dt><dd>")
                    .append(Html.esc(r.summary())).append("<br><span class=\"source\">Source: ")
                    .append(Html.esc(r.source())).append("</span>");
            if (!r.observedOn().isEmpty()) {
                sb.append("<br><span class=\"source\">Observed on: ").append(Html.esc(String.join(", ", r.observedOn())))
                        .append("</span>");
            }
            sb.append("</dd>\n");
        }
        sb.append("</dl></section>\n");
    }

    private void footer(StringBuilder sb) {
        sb.append("<footer>\n");
        if (!leftOut.isEmpty()) {
            sb.append("<p><strong>Left out of this report:</strong></p><ul class=\"left-out\">");
            for (String s : leftOut) {
                sb.append("<li>").append(Html.esc(s)).append("</li>");
            }
            sb.append("</ul>\n");
        }
        if (redact) {
            sb.append("<p>Redacted: public IP and MAC addresses are placeholders (pub4-N, pub6-N, mac-N); private "
                    + "ranges and prefix lengths are as they were.</p>\n");
        }
        sb.append("<p>Written by routediff. One file: no script, nothing loaded from anywhere.</p>\n</footer>\n");
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
