package dev.routediff.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.lookup.Move;
import dev.routediff.core.lookup.Trace;
import dev.routediff.core.model.Route;
import java.util.List;
import java.util.Optional;

/** Views of {@code lookup --trace}: per address, the candidates in ranked order with their verdicts. */
public final class TraceViews {

    private TraceViews() {
    }

    /**
     * The text or Markdown form: for each address a line with the disposition and the chosen route, then the
     * candidates; with a table before, the same for it and how the path moved.
     */
    public static String text(List<Trace> after, String afterSource, Optional<List<Trace>> before,
                              String beforeSource, Format f, boolean color) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < after.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            one(sb, after.get(i), afterSource, "", f, color);
            if (before.isPresent()) {
                Trace b = before.get().get(i);
                sb.append('\n');
                one(sb, b, beforeSource, " (before)", f, color);
                String moved = Move.between(b.chosen(), after.get(i).chosen()).map(Move::label).orElse("not moved");
                sb.append('\n').append(f == Format.MARKDOWN ? "Moved: **" + moved + "**" : "Moved: " + moved)
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static void one(StringBuilder sb, Trace t, String source, String which, Format f, boolean color) {
        String chosen = t.chosen().map(r -> " via " + r.destination() + " " + r.gateway().text() + " " + r.iface())
                .orElse("");
        String head = t.address() + " in " + source + which + ": " + t.disposition().label() + chosen;
        sb.append(f == Format.MARKDOWN ? "**" + head + "**\n\n" : head + "\n");
        // Linux policy routing: the rules tried, in order, before the deciding table's candidates
        for (String step : t.rules()) {
            sb.append(f == Format.MARKDOWN ? "- " : "  ").append(step).append('\n');
        }
        if (!t.rules().isEmpty() && f == Format.MARKDOWN) {
            sb.append('\n');
        }
        if (t.candidates().isEmpty() && !t.rules().isEmpty()) {
            return; // the rules said it all: refused, or no rule gave a route
        }
        if (t.candidates().isEmpty()) {
            sb.append(f == Format.MARKDOWN ? "No route covers it.\n" : "  no route covers it\n");
            return;
        }
        TextTable table = new TextTable("#", "Destination", "Gateway", "Flags", "Netif", "Line", "Verdict");
        int n = 1;
        for (Trace.Candidate c : t.candidates()) {
            Route r = c.route();
            table.row(c.chosen() ? TextTable.Style.ADDED : TextTable.Style.PLAIN, Integer.toString(n++),
                    r.destination().toString(), r.gateway().text(), r.flags().text(), r.iface(),
                    Integer.toString(r.line()), c.verdict());
        }
        sb.append(f == Format.MARKDOWN ? table.markdown() : table.aligned(color));
    }

    /** Adds {@code trace} (and {@code before.trace}) to each entry of a {@code lookups} JSON document. */
    public static void addTo(ObjectNode lookups, List<Trace> after, Optional<List<Trace>> before) {
        ArrayNode list = (ArrayNode) lookups.get("lookups");
        for (int i = 0; i < after.size(); i++) {
            ObjectNode entry = (ObjectNode) list.get(i);
            trace(entry.putObject("trace"), after.get(i));
            if (before.isPresent()) {
                trace(((ObjectNode) entry.get("before")).putObject("trace"), before.get().get(i));
            }
        }
    }

    private static void trace(ObjectNode o, Trace t) {
        o.put("disposition", t.disposition().label());
        if (!t.rules().isEmpty()) {
            ArrayNode rules = o.putArray("rules");
            t.rules().forEach(rules::add);
        }
        ArrayNode candidates = o.putArray("candidates");
        for (Trace.Candidate c : t.candidates()) {
            ObjectNode x = candidates.addObject();
            x.put("destination", c.route().destination().toString());
            x.put("gateway", c.route().gateway().text());
            x.put("flags", c.route().flags().text());
            x.put("iface", c.route().iface());
            if (c.route().metric() == null) {
                x.putNull("metric");
            } else {
                x.put("metric", c.route().metric().longValue());
            }
            x.put("line", c.route().line());
            x.put("chosen", c.chosen());
            x.put("verdict", c.verdict());
        }
    }
}
