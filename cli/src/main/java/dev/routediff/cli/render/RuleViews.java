package dev.routediff.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.rules.AttributedChange;
import dev.routediff.core.rules.ChangeKind;
import dev.routediff.core.rules.Explanation;
import dev.routediff.core.rules.PredictedRoute;
import dev.routediff.core.rules.Prediction;
import dev.routediff.core.rules.SkippedRoute;
import dev.routediff.core.rules.Warning;
import java.util.List;
import java.util.Map;

/** Text and JSON views of predictions and explanations. */
public final class RuleViews {

    private final ObjectMapper mapper;

    public RuleViews(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    // ---- text

    public static String prediction(Prediction p, Format f, boolean color) {
        return prediction(p, f, color, 0);
    }

    /** The prediction as text, its tables fitted into {@code width} characters when that is positive. */
    public static String prediction(Prediction p, Format f, boolean color, int width) {
        StringBuilder sb = new StringBuilder();
        List<PredictedRoute> added = p.routes().stream().filter(r -> r.change() != ChangeKind.REMOVED).toList();
        List<PredictedRoute> removed = p.routes().stream().filter(r -> r.change() == ChangeKind.REMOVED).toList();
        section(sb, f, "Routes connecting adds", routes(added), color, width);
        if (!removed.isEmpty()) {
            section(sb, f, "Routes connecting removes", routes(removed), color, width);
        }
        if (!p.skipped().isEmpty()) {
            TextTable t = new TextTable("Destination", "Rule", "Why it is not installed");
            p.skipped().forEach(s -> t.row(s.destination(), s.rule(), s.why()));
            section(sb, f, "Not installed", t, color, width);
        }
        warnings(sb, p.warnings());
        return sb.toString();
    }

    private static TextTable routes(List<PredictedRoute> routes) {
        TextTable t = new TextTable("#", "Destination", "Gateway", "Interface", "Why");
        routes.forEach(r -> t.row(r.rule(), r.destination(), r.gateway(), r.iface(), r.why()));
        return t;
    }

    public static String explanation(Explanation e, Format f, boolean color) {
        return explanation(e, f, color, Map.of(), 0);
    }

    /**
     * The explanation as text; each rule number is followed by the rule's short name from {@code ruleNames} (by rule
     * id), so that the reader need not look the numbers up; tables fitted into {@code width} when it is positive.
     */
    public static String explanation(Explanation e, Format f, boolean color, Map<String, String> ruleNames,
                                     int width) {
        StringBuilder sb = new StringBuilder();
        TextTable inferred = new TextTable("Inferred", "Value");
        e.inferred().forEach((k, v) -> inferred.row(k, v == null ? "unknown" : v.toString()));
        section(sb, f, null, inferred, color, width);
        TextTable changes = new TextTable("Change", "Destination", "Gateway", "Netif", "Rule");
        for (AttributedChange c : e.changes()) {
            TextTable.Style style = c.rule() == null ? TextTable.Style.REMOVED : TextTable.Style.PLAIN;
            changes.row(style, c.change().word(), c.route().destination().toString(), c.route().gateway().text(),
                    c.route().iface(), ruleText(c, ruleNames));
        }
        if (!changes.isEmpty()) {
            section(sb, f, null, changes, color, width);
        }
        if (!e.missing().isEmpty()) {
            section(sb, f, "Predicted but missing", routes(e.missing()), color, width);
        }
        warnings(sb, e.warnings());
        long unexplained = e.changes().stream().filter(c -> c.rule() == null).count();
        long patterns = e.changes().stream().filter(AttributedChange::pattern).count();
        sb.append('\n').append(e.changes().size()).append(e.changes().size() == 1 ? " change, " : " changes, ")
                .append(unexplained == 0 ? "all explained" : unexplained + " unexplained")
                .append(patterns == 0 ? "" : " (" + patterns + " by pattern only)")
                .append(e.missing().isEmpty() ? "" : "; " + e.missing().size() + " predicted but missing")
                .append(e.ignored() == 0 ? "" : " (" + e.ignored() + " neighbour-cache or expiry differences ignored)")
                .append('\n');
        return sb.toString();
    }

    /** {@code 3 pushed-route}; the id alone when the rule set does not name it. */
    private static String ruleText(AttributedChange c, Map<String, String> ruleNames) {
        if (c.rule() == null || c.pattern() || c.ruleSet() != null) {
            return ruleText(c);
        }
        String name = ruleNames.get(c.rule());
        return name == null || name.equals(c.rule()) ? c.rule() : c.rule() + " " + name;
    }

    /** Rule id to short name, from a rule set's info. */
    public static Map<String, String> ruleNames(dev.routediff.core.rules.RuleSetInfo info) {
        Map<String, String> names = new java.util.HashMap<>();
        info.rules().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    /**
     * The rule column: the rule id; {@code pattern NAME} for a pattern; {@code RULESET RULE} for a rule of another
     * rule set than the one selected.
     */
    public static String ruleText(AttributedChange c) {
        if (c.rule() == null) {
            return "unexplained";
        }
        if (c.pattern()) {
            return "pattern " + c.rule();
        }
        return c.ruleSet() == null ? c.rule() : c.ruleSet() + " " + c.rule();
    }

    private static void section(StringBuilder sb, Format f, String title, TextTable t, boolean color, int width) {
        if (sb.length() > 0) {
            sb.append('\n');
        }
        if (title != null) {
            sb.append(f == Format.MARKDOWN ? "**" + title + "**\n\n" : title + ":\n");
        }
        sb.append(f == Format.MARKDOWN ? t.markdown() : t.aligned(color, width));
    }

    private static void warnings(StringBuilder sb, List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        sb.append('\n').append(warnings(warnings));
    }

    /** One line per warning, {@code warning [code]: message}; "" when there is none. */
    public static String warnings(List<Warning> warnings) {
        StringBuilder sb = new StringBuilder();
        for (Warning w : warnings) {
            sb.append("warning [").append(w.code()).append("]: ").append(w.message()).append('\n');
        }
        return sb.toString();
    }

    // ---- JSON

    public ObjectNode prediction(Prediction p) {
        ObjectNode n = mapper.createObjectNode();
        ArrayNode routes = n.putArray("routes");
        for (PredictedRoute r : p.routes()) {
            ObjectNode o = routes.addObject();
            o.put("change", r.change().word());
            predictedRoute(o, r);
        }
        ArrayNode skipped = n.putArray("skipped");
        for (SkippedRoute s : p.skipped()) {
            ObjectNode o = skipped.addObject();
            o.put("destination", s.destination());
            o.put("rule", s.rule());
            o.put("why", s.why());
        }
        warningsJson(n, p.warnings());
        return n;
    }

    public ObjectNode explanation(Explanation e) {
        ObjectNode n = mapper.createObjectNode();
        ObjectNode inferred = n.putObject("inferred");
        for (Map.Entry<String, Object> kv : e.inferred().entrySet()) {
            Object v = kv.getValue();
            if (v == null) {
                inferred.putNull(kv.getKey());
            } else if (v instanceof Boolean b) {
                inferred.put(kv.getKey(), b);
            } else {
                inferred.put(kv.getKey(), v.toString());
            }
        }
        ArrayNode changes = n.putArray("changes");
        for (AttributedChange c : e.changes()) {
            ObjectNode o = changes.addObject();
            o.put("change", c.change().word());
            o.put("destination", c.route().destination().toString());
            o.put("gateway", c.route().gateway().text());
            o.put("iface", c.route().iface());
            if (c.rule() == null) {
                o.putNull("rule");
            } else {
                o.put("rule", c.rule());
            }
            // Only on changes the selected rule set left: scripts that know the old keys see nothing new elsewhere.
            if (c.ruleSet() != null) {
                o.put("rule_set", c.ruleSet());
            }
            if (c.pattern()) {
                o.put("pattern", true);
            }
        }
        n.put("ignored", e.ignored());
        ArrayNode missing = n.putArray("missing");
        for (PredictedRoute r : e.missing()) {
            predictedRoute(missing.addObject(), r);
        }
        warningsJson(n, e.warnings());
        return n;
    }

    /** The keys a predicted route has both in predict's routes and in explain's missing list. */
    private static void predictedRoute(ObjectNode o, PredictedRoute r) {
        o.put("rule", r.rule());
        o.put("destination", r.destination());
        o.put("gateway", r.gateway());
        o.put("iface", r.iface());
        o.put("why", r.why());
    }

    static void warningsJson(ObjectNode n, List<Warning> warnings) {
        ArrayNode a = n.putArray("warnings");
        for (Warning w : warnings) {
            ObjectNode o = a.addObject();
            o.put("code", w.code());
            o.put("message", w.message());
            if (w.destination() == null) {
                o.putNull("destination");
            } else {
                o.put("destination", w.destination());
            }
        }
    }
}
