package dev.routediff.cli.render;

import dev.routediff.core.check.Diagnosis;
import dev.routediff.core.check.DiagnosisInfo;
import dev.routediff.core.check.DnsReader;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.diff.TableRows;
import dev.routediff.core.lookup.Lookup;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.internal.Macs;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.PolicyRule;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text tables of the commands (aligned or Markdown). */
public final class TableViews {

    private TableViews() {
    }

    private static final List<String> SECTION_HEADER =
            List.of("Destination", "Printed", "Gateway", "Flags", "Netif", "Expire", "Line");

    public static TextTable section(List<Route> routes) {
        TextTable t = new TextTable(SECTION_HEADER.toArray(new String[0]));
        for (Route r : routes) {
            t.row(sectionCells(r).toArray(new String[0]));
        }
        return t;
    }

    private static List<String> sectionCells(Route r) {
        return List.of(r.destination().toString(), r.destinationRaw(), r.gateway().text(), r.flags().text(), r.iface(),
                r.expire().toString(), r.line() == 0 ? "new" : Integer.toString(r.line()));
    }

    /** One titled table per address family present. */
    public static String table(RouteTable table, Format format, boolean color) {
        StringWriter w = new StringWriter();
        try {
            write(table, format, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * {@link #table}, written to {@code out} a part at a time: the cells of a million routes never live together
     * (as one table of strings they took a 1M-route {@code parse} to 1.3 GB). The aligned layout needs each column's
     * widest cell first, so a section is read twice, its routes made anew each time. Route rows carry no colour.
     */
    public static void write(RouteTable table, Format format, Writer out) throws IOException {
        boolean markdown = format == Format.MARKDOWN;
        StringBuilder sb = new StringBuilder(64 * 1024);
        boolean any = false;
        // a Linux dump of every table (ip route show table all) says which table each route is in
        boolean tables = hasOtherTables(table);
        boolean metrics = hasMetrics(table);
        List<String> header = SECTION_HEADER;
        if (metrics) {
            header = withMetric(header);
        }
        if (tables) {
            header = withTable(header);
        }
        for (AddressFamily f : AddressFamily.values()) {
            int[] rows = rowsOf(table, f);
            if (rows.length == 0) {
                continue;
            }
            if (any) {
                sb.append('\n');
            }
            any = true;
            String title = f.label() + ": " + rows.length + (rows.length == 1 ? " route" : " routes");
            sb.append(markdown ? "**" + title + "**\n\n" : title + "\n");
            int[] width = new int[header.size()];
            if (markdown) {
                TextTable.markdownHeader(sb, header);
            } else {
                TextTable.measure(header, width);
                for (int i : rows) {
                    TextTable.measure(cells(table.route(i), metrics, tables), width);
                }
                TextTable.line(sb, header, width);
            }
            for (int i : rows) {
                List<String> cells = cells(table.route(i), metrics, tables);
                if (markdown) {
                    TextTable.mdLine(sb, cells);
                } else {
                    TextTable.line(sb, cells, width);
                }
                if (sb.length() >= 60 * 1024) {
                    out.append(sb);
                    sb.setLength(0);
                }
            }
        }
        if (!any) {
            sb.append("no routes\n");
        }
        policy(table, markdown, sb);
        out.append(sb);
        out.flush();
    }

    private static boolean hasOtherTables(RouteTable table) {
        RouteStore rows = RouteStore.of(table);
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.isCompact(i) && rows.route(i).attributes().containsKey("table")
                    && !PolicyRule.tableOf(rows.route(i)).equals("main")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Metric column is shown: some route has one (Windows, Linux, osquery). macOS prints none, so its tables
     * (a million rows, perhaps) are not searched for one.
     */
    private static boolean hasMetrics(RouteTable table) {
        if (table.platform().orElse(null) == Platform.MACOS) { // not filter(lambda): the first lambda costs start-up
            return false;
        }
        for (int i = 0; i < table.size(); i++) {
            if (table.route(i).metric() != null) {
                return true;
            }
        }
        return false;
    }

    /** The Metric column, after Netif. */
    private static List<String> withMetric(List<String> header) {
        List<String> out = new ArrayList<>(header);
        out.add(header.indexOf("Netif") + 1, "Metric");
        return out;
    }

    private static List<String> withTable(List<String> header) {
        List<String> out = new ArrayList<>(header);
        out.add("Table");
        return out;
    }

    private static List<String> cells(Route r, boolean metrics, boolean tables) {
        if (!tables && !metrics) {
            return sectionCells(r);
        }
        List<String> out = new ArrayList<>(sectionCells(r));
        if (metrics) {
            out.add(SECTION_HEADER.indexOf("Netif") + 1, r.metric() == null ? "" : Long.toString(r.metric()));
        }
        if (tables) {
            out.add(PolicyRule.tableOf(r));
        }
        return out;
    }

    /** Linux policy rules read with the routes, when there are any: a section after the routes. */
    private static void policy(RouteTable table, boolean markdown, StringBuilder sb) {
        if (table.policy().isEmpty()) {
            return;
        }
        List<PolicyRule> rules = table.policy().rules();
        String title = "Policy rules: " + rules.size() + (rules.size() == 1 ? " rule" : " rules");
        sb.append('\n').append(markdown ? "**" + title + "**\n\n" : title + "\n");
        TextTable t = new TextTable("Priority", "Rule", "Line");
        rules.forEach(r -> t.row(Long.toString(r.priority()), r.text(), Integer.toString(r.line())));
        sb.append(markdown ? t.markdown() : t.aligned(false));
    }

    private static int[] rowsOf(RouteTable table, AddressFamily family) {
        RouteStore store = RouteStore.of(table);
        int n = 0;
        for (int i = 0; i < store.size(); i++) {
            if (store.family(i) == family) {
                n++;
            }
        }
        int[] rows = new int[n];
        for (int i = 0, k = 0; i < store.size(); i++) {
            if (store.family(i) == family) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    public static TextTable diff(RouteDiff d) {
        TextTable t = new TextTable("Change", "Destination", "Gateway", "Flags", "Netif", "Expire", "Line");
        for (Route r : d.removed()) {
            t.row(TextTable.Style.REMOVED, "removed", r.destination().toString(), r.gateway().text(), r.flags().text(),
                    r.iface(), r.expire().toString(), Integer.toString(r.line()));
        }
        for (Route r : d.added()) {
            t.row(TextTable.Style.ADDED, "added", r.destination().toString(), r.gateway().text(), r.flags().text(),
                    r.iface(), r.expire().toString(), Integer.toString(r.line()));
        }
        for (RouteDiff.Change c : d.changed()) {
            Route b = c.before();
            Route a = c.after();
            t.row(TextTable.Style.CHANGED, "changed", a.destination().toString(), a.gateway().text(),
                    arrow(b.flags().text(), a.flags().text()), arrow(b.iface(), a.iface()),
                    arrow(b.expire().toString(), a.expire().toString()), b.line() + " -> " + a.line());
        }
        return t;
    }

    private static final List<String> DIFF_HEADER =
            List.of("Change", "Destination", "Gateway", "Flags", "Netif", "Expire", "Line");

    /**
     * The table of {@link #diff} as {@link TextTable#aligned} or {@link TextTable#markdown} prints it, written a part
     * at a time: two unrelated million-route tables differ in every row, and their cells as one table of strings
     * took gigabytes. The aligned layout needs each column's widest cell first, so the rows are read twice, each
     * route made anew from its table each time (the differ's lists make them when asked).
     */
    public static void writeDiff(RouteDiff d, Format format, boolean color, Writer out) throws IOException {
        writeDiff(d, format, color, out, PartsInOrder.AT);
    }

    /**
     * {@link #writeDiff(RouteDiff, Format, boolean, Writer)} with the added and removed rows of a list of
     * {@code parallelAt} rows or more turned into text on worker threads ({@link PartsInOrder}).
     */
    static void writeDiff(RouteDiff d, Format format, boolean color, Writer out, int parallelAt) throws IOException {
        boolean markdown = format == Format.MARKDOWN;
        int[] width = new int[DIFF_HEADER.size()];
        StringBuilder sb = new StringBuilder(64 * 1024);
        if (markdown) {
            TextTable.markdownHeader(sb, DIFF_HEADER);
        } else {
            TextTable.measure(DIFF_HEADER, width);
            for (int k = 0; k < d.removed().size(); k++) {
                measureDiffRow("removed", d.removed(), k, width);
            }
            for (int k = 0; k < d.added().size(); k++) {
                measureDiffRow("added", d.added(), k, width);
            }
            for (int k = 0; k < d.changed().size(); k++) {
                TextTable.measure(changeCells(d.changed().get(k)), width);
            }
            TextTable.line(sb, DIFF_HEADER, width);
        }
        diffRows(sb, "removed", d.removed(), TextTable.Style.REMOVED, markdown, color, width, out, parallelAt);
        diffRows(sb, "added", d.added(), TextTable.Style.ADDED, markdown, color, width, out, parallelAt);
        for (int k = 0; k < d.changed().size(); k++) {
            diffLine(sb, changeCells(d.changed().get(k)), TextTable.Style.CHANGED, markdown, color, width);
            flushAt(sb, out);
        }
        out.append(sb);
        out.flush();
    }

    /** The added or removed rows of {@code routes}, after what {@code sb} holds; on worker threads for many rows. */
    private static void diffRows(StringBuilder sb, String change, List<Route> routes, TextTable.Style style,
                                 boolean markdown, boolean color, int[] width, Writer out, int parallelAt)
            throws IOException {
        int n = routes.size();
        if (n < parallelAt) {
            for (int k = 0; k < n; k++) {
                diffRow(sb, change, routes, k, style, markdown, color, width);
                flushAt(sb, out);
            }
            return;
        }
        out.append(sb);
        sb.setLength(0);
        // parts as large as the threshold at most, so a test with a low one sees many parts and their order
        PartsInOrder.write(n, Math.min(PartsInOrder.ROWS_PER_PART, parallelAt), (a, b) -> {
            // sized for the usual row (about 80 characters) so that a part is seldom copied to grow
            StringBuilder part = new StringBuilder((b - a) * 90);
            for (int k = a; k < b; k++) {
                diffRow(part, change, routes, k, style, markdown, color, width);
            }
            // handed over as characters, copied here on the worker: the writing thread encodes them straight away,
            // instead of first copying the builder to a String and that to characters
            char[] text = new char[part.length()];
            part.getChars(0, text.length, text, 0);
            return w -> w.write(text, 0, text.length);
        }, out, "routediff-text");
    }

    /**
     * The widths of an added or removed row's cells; a compact row's (the bulk of a BGP-sized table) from the
     * table's columns, as lengths, without making its route or its cells.
     */
    private static void measureDiffRow(String change, List<Route> routes, int k, int[] width) {
        if (!(routes instanceof TableRows rows) || !RouteStore.of(rows.table()).isCompact(rows.row(k))) {
            TextTable.measure(diffCells(change, routes.get(k)), width);
            return;
        }
        RouteStore t = RouteStore.of(rows.table());
        int i = rows.row(k);
        width[0] = Math.max(width[0], change.length());
        width[1] = Math.max(width[1], quadLength(t.ipv4Network(i)) + 1 + digits(t.prefixLength(i)));
        long g = t.gatewayValue(i);
        int gateway = switch (t.form(i)) {
            case ADDRESS -> quadLength((int) g);
            case LINK -> 5 + digits((int) g);
            default -> Macs.format(g).length();
        };
        width[2] = Math.max(width[2], gateway);
        width[3] = Math.max(width[3], t.flagsText(i).length());
        width[4] = Math.max(width[4], t.iface(i).length());
        int e = t.expireCode(i);
        width[5] = Math.max(width[5], e >= 0 ? digits(e) : e == RouteStore.EXPIRE_PAST ? 1 : 0);
        width[6] = Math.max(width[6], digits(t.line(i)));
    }

    /** An added or removed row as {@link TextTable} lays it out; a compact row written from the table's columns. */
    private static void diffRow(StringBuilder sb, String change, List<Route> routes, int k, TextTable.Style style,
                                boolean markdown, boolean color, int[] width) {
        if (markdown || !(routes instanceof TableRows rows) || !RouteStore.of(rows.table()).isCompact(rows.row(k))) {
            diffLine(sb, diffCells(change, routes.get(k)), style, markdown, color, width);
            return;
        }
        RouteStore t = RouteStore.of(rows.table());
        int i = rows.row(k);
        String code = color ? TextTable.ansi(style) : null;
        if (code != null) {
            sb.append(code);
        }
        int at = sb.length();
        sb.append(change);
        at = pad(sb, at, width[0]);
        quad(sb, t.ipv4Network(i));
        sb.append('/').append(t.prefixLength(i));
        at = pad(sb, at, width[1]);
        long g = t.gatewayValue(i);
        switch (t.form(i)) {
            case ADDRESS -> quad(sb, (int) g);
            case LINK -> sb.append("link#").append((int) g);
            default -> sb.append(Macs.format(g));
        }
        at = pad(sb, at, width[2]);
        sb.append(t.flagsText(i));
        at = pad(sb, at, width[3]);
        sb.append(t.iface(i));
        at = pad(sb, at, width[4]);
        int e = t.expireCode(i);
        if (e >= 0) {
            sb.append(e);
        } else if (e == RouteStore.EXPIRE_PAST) {
            sb.append('!');
        }
        pad(sb, at, width[5]);
        sb.append(t.line(i)); // never empty, so no trailing blanks to trim, as TextTable.line would
        sb.append('\n');
        if (code != null) {
            sb.insert(sb.length() - 1, "\u001b[0m");
        }
    }

    /** Blanks after the cell that began at {@code at} up to its column's width and the two between columns. */
    private static int pad(StringBuilder sb, int at, int width) {
        for (int n = width - (sb.length() - at) + 2; n > 0; n--) {
            sb.append(' ');
        }
        return sb.length();
    }

    private static void quad(StringBuilder sb, int a) {
        sb.append(a >>> 24).append('.').append((a >>> 16) & 0xFF).append('.').append((a >>> 8) & 0xFF).append('.')
                .append(a & 0xFF);
    }

    private static int quadLength(int a) {
        return 3 + digits(a >>> 24) + digits((a >>> 16) & 0xFF) + digits((a >>> 8) & 0xFF) + digits(a & 0xFF);
    }

    private static int digits(int v) {
        if (v < 0) {
            return 1 + digits(-v);
        }
        int n = 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    private static List<String> diffCells(String change, Route r) {
        return List.of(change, r.destination().toString(), r.gateway().text(), r.flags().text(), r.iface(),
                r.expire().toString(), Integer.toString(r.line()));
    }

    private static List<String> changeCells(RouteDiff.Change c) {
        Route b = c.before();
        Route a = c.after();
        return List.of("changed", a.destination().toString(), a.gateway().text(), arrow(b.flags().text(), a.flags().text()),
                arrow(b.iface(), a.iface()), arrow(b.expire().toString(), a.expire().toString()),
                b.line() + " -> " + a.line());
    }

    private static void diffLine(StringBuilder sb, List<String> cells, TextTable.Style style, boolean markdown,
                                 boolean color, int[] width) {
        if (markdown) {
            TextTable.mdLine(sb, cells);
            return;
        }
        String code = color ? TextTable.ansi(style) : null;
        if (code != null) {
            sb.append(code);
        }
        TextTable.line(sb, cells, width);
        if (code != null) {
            sb.insert(sb.length() - 1, "\u001b[0m");
        }
    }

    private static void flushAt(StringBuilder sb, Writer out) throws IOException {
        if (sb.length() >= 60 * 1024) {
            out.append(sb);
            sb.setLength(0);
        }
    }

    private static String arrow(String before, String after) {
        return before.equals(after) ? after : before + " -> " + after;
    }

    /** The closing line of a diff: counts, and what was left out as noise. */
    public static String diffSummary(RouteDiff d) {
        String counts = d.isEmpty() ? "no differences"
                : d.added().size() + " added, " + d.removed().size() + " removed, " + d.changed().size() + " changed";
        if (d.ignored() == 0) {
            return counts;
        }
        return counts + " (" + d.ignored() + " neighbour-cache or expiry " + (d.ignored() == 1 ? "difference" : "differences")
                + " ignored; --all shows them)";
    }

    /** Address, the route chosen and why; with a table before, its route too and how the path moved. */
    public static TextTable lookups(List<LookupRow> rows, boolean withBefore) {
        TextTable t = withBefore
                ? new TextTable("Address", "Before", "Destination", "Gateway", "Netif", "Moved", "Why")
                : new TextTable("Address", "Destination", "Gateway", "Netif", "Why");
        for (LookupRow row : rows) {
            Lookup a = row.after();
            String dest = a.route().map(r -> r.destination().toString()).orElse("no route");
            String gateway = a.route().map(r -> r.gateway().text()).orElse("");
            String iface = a.route().map(Route::iface).orElse("");
            if (withBefore) {
                Optional<Move> move = row.move();
                t.row(move.isPresent() ? TextTable.Style.CHANGED : TextTable.Style.PLAIN, row.addressText(),
                        row.before().map(TableViews::path).orElse(""), dest, gateway, iface,
                        move.map(Move::label).orElse(""), a.why());
            } else {
                t.row(row.addressText(), dest, gateway, iface, a.why());
            }
        }
        return t;
    }

    /** {@code 0.0.0.0/0 via 192.168.0.1 en0}, or {@code no route}. */
    private static String path(Lookup l) {
        return l.route().map(r -> r.destination() + " via " + r.gateway().text() + (r.iface().isEmpty() ? ""
                : " " + r.iface())).orElse("no route");
    }

    /** The closing line of a lookup with a table before: how many paths moved, and where. */
    public static String lookupSummary(List<LookupRow> rows) {
        Map<Move, Integer> moves = new EnumMap<>(Move.class);
        rows.forEach(r -> r.move().ifPresent(m -> moves.merge(m, 1, Integer::sum)));
        int moved = moves.values().stream().mapToInt(Integer::intValue).sum();
        String count = rows.size() + (rows.size() == 1 ? " address, " : " addresses, ");
        if (moved == 0) {
            return count + "none moved";
        }
        List<String> parts = new ArrayList<>();
        moves.forEach((m, n) -> parts.add(n + " " + m.label()));
        return count + moved + " moved: " + String.join(", ", parts);
    }

    public static String plugins(PluginRegistry registry, Format format, boolean color) {
        return plugins(registry, format, color, 0);
    }

    /** The plugins list, its tables fitted into {@code width} characters when that is positive. */
    public static String plugins(PluginRegistry registry, Format format, boolean color, int width) {
        TextTable parsers = new TextTable("Parser", "Version", "Platforms", "Input from", "Origin", "Jar");
        for (Plugin<RouteTableParser> p : registry.parsers()) {
            parsers.row(p.id(), p.version(), String.join(", ", p.provider().info().platforms()),
                    String.join(", ", p.provider().info().commands()), p.origin().label(), fileName(p.source()));
        }
        TextTable rules = new TextTable("Rule set", "Version", "Rules", "Origin", "Jar");
        for (Plugin<RuleSet> p : registry.ruleSets()) {
            rules.row(p.id(), p.version(), Integer.toString(p.provider().info().rules().size()), p.origin().label(),
                    fileName(p.source()));
        }
        TextTable diagnoses = new TextTable("Diagnosis", "Version", "Codes", "Rule set", "Origin", "Jar");
        for (Plugin<Diagnosis> p : registry.diagnoses()) {
            DiagnosisInfo info = p.provider().info();
            diagnoses.row(p.id(), p.version(), String.join(", ", info.codes()),
                    info.ruleSet().isEmpty() ? "any" : info.ruleSet(), p.origin().label(), fileName(p.source()));
        }
        TextTable dns = new TextTable("DNS reader", "Version", "Input from", "Origin", "Jar");
        for (Plugin<DnsReader> p : registry.dnsReaders()) {
            dns.row(p.id(), p.version(), String.join(", ", p.provider().commands()), p.origin().label(),
                    fileName(p.source()));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(format == Format.MARKDOWN ? parsers.markdown() : parsers.aligned(color, width));
        sb.append('\n');
        sb.append(rules.isEmpty() ? "no rule sets installed\n" : format == Format.MARKDOWN ? rules.markdown() : rules.aligned(color, width));
        // check's diagnoses and DNS readers: listed when installed (the checks jar is bundled)
        for (TextTable t : List.of(diagnoses, dns)) {
            if (!t.isEmpty()) {
                sb.append('\n').append(format == Format.MARKDOWN ? t.markdown() : t.aligned(color, width));
            }
        }
        return sb.toString();
    }

    /** The jar's file name: with the origin, enough to find it, and the same on every machine (JSON has the path). */
    static String fileName(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }
}
