package dev.routediff.cli.render;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.RuleSet;
import dev.routediff.core.spi.Plugin;
import dev.routediff.core.spi.PluginRegistry;
import dev.routediff.core.spi.RouteTableParser;
import java.nio.file.Path;
import java.util.List;

/** The text tables of the commands (aligned or Markdown). */
public final class TableViews {

    private TableViews() {
    }

    public static TextTable section(List<Route> routes) {
        TextTable t = new TextTable("Destination", "Printed", "Gateway", "Flags", "Netif", "Expire", "Line");
        for (Route r : routes) {
            t.row(r.destination().toString(), r.destinationRaw(), r.gateway().text(), r.flags().text(), r.iface(),
                    r.expire().toString(), r.line() == 0 ? "new" : Integer.toString(r.line()));
        }
        return t;
    }

    /** One titled table per address family present. */
    public static String table(RouteTable table, Format format, boolean color) {
        StringBuilder sb = new StringBuilder();
        for (AddressFamily f : AddressFamily.values()) {
            List<Route> routes = table.section(f);
            if (routes.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String title = f.label() + ": " + routes.size() + (routes.size() == 1 ? " route" : " routes");
            sb.append(format == Format.MARKDOWN ? "**" + title + "**\n\n" : title + "\n");
            TextTable t = section(routes);
            sb.append(format == Format.MARKDOWN ? t.markdown() : t.aligned(color));
        }
        if (sb.length() == 0) {
            sb.append("no routes\n");
        }
        return sb.toString();
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

    public static String plugins(PluginRegistry registry, Format format, boolean color) {
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
        StringBuilder sb = new StringBuilder();
        sb.append(format == Format.MARKDOWN ? parsers.markdown() : parsers.aligned(color));
        sb.append('\n');
        sb.append(rules.isEmpty() ? "no rule sets installed\n" : format == Format.MARKDOWN ? rules.markdown() : rules.aligned(color));
        return sb.toString();
    }

    /** The jar's file name: with the origin, enough to find it, and the same on every machine (JSON has the path). */
    static String fileName(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }
}
