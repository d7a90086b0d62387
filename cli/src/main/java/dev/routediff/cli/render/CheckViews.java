package dev.routediff.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.check.CheckResult;
import dev.routediff.core.check.Finding;
import dev.routediff.core.check.Severity;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Text, Markdown and JSON views of {@code routediff check}'s {@link CheckResult}. */
public final class CheckViews {

    private final ObjectMapper mapper;

    public CheckViews(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    // ---- text and Markdown

    public static String text(CheckResult r, Format f, boolean color) {
        StringBuilder sb = new StringBuilder();
        boolean md = f == Format.MARKDOWN;
        for (Finding x : r.findings()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (md) {
                sb.append("**").append(x.severity().label()).append("** `").append(x.code()).append("`: ")
                        .append(x.message()).append("\n\n");
                x.exampleIfAny().ifPresent(e -> sb.append("- Example: ").append(example(e)).append('\n'));
                sb.append("- Fix: ").append(x.fix()).append('\n');
                if (!x.evidence().isEmpty()) {
                    sb.append('\n').append(evidence(x.evidence()).markdown());
                }
            } else {
                sb.append(paint(x.severity(), x.severity().label(), color)).append(" [").append(x.code())
                        .append("]: ").append(x.message()).append('\n');
                x.exampleIfAny().ifPresent(e -> sb.append("  example: ").append(example(e)).append('\n'));
                sb.append("  fix: ").append(x.fix()).append('\n');
                if (!x.evidence().isEmpty()) {
                    sb.append("  evidence:\n");
                    for (String line : evidence(x.evidence()).aligned(false).split("\n")) {
                        sb.append("    ").append(line).append('\n');
                    }
                }
            }
        }
        if (!r.warnings().isEmpty()) {
            sb.append('\n');
            for (Warning w : r.warnings()) {
                sb.append("warning [").append(w.code()).append("]: ").append(w.message()).append('\n');
            }
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(summary(r)).append('\n');
        return sb.toString();
    }

    /** "2 findings: 1 error, 1 warning" or "no problems found in TABLE". */
    public static String summary(CheckResult r) {
        if (r.findings().isEmpty()) {
            return "No problems found in " + r.table() + (r.before() == null ? "" : " (with " + r.before()
                    + " before)") + ".";
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = r.count(s);
            if (n > 0) {
                parts.add(n + " " + s.label() + (n == 1 ? "" : s == Severity.INFO ? "" : "s"));
            }
        }
        int n = r.findings().size();
        return n + (n == 1 ? " finding: " : " findings: ") + String.join(", ", parts);
    }

    /** {@code 10.0.0.5 -> 10.0.0.0/8 via 192.168.1.1 en0 (line 12) in after.txt}. */
    public static String example(Finding.Example e) {
        return e.address() + " -> " + e.route().map(CheckViews::route).orElse("no route") + " in " + e.source();
    }

    private static String route(Route r) {
        String hop = r.gateway().text().equals(r.iface()) ? " on " + r.iface()
                : " via " + r.gateway().text() + (r.iface().isEmpty() ? "" : " " + r.iface());
        return r.destination() + hop + " (line " + r.line() + ")";
    }

    /** One evidence row on one line: {@code after.txt:12: 10.0.0.0/8 via 192.168.1.1 en0}. */
    public static String evidenceLine(Finding.Evidence e) {
        Route r = e.route();
        String hop = r.gateway().text().equals(r.iface()) ? " on " + r.iface()
                : " via " + r.gateway().text() + (r.iface().isEmpty() ? "" : " " + r.iface());
        return e.source() + ":" + r.line() + ": " + r.destination() + hop;
    }

    private static TextTable evidence(List<Finding.Evidence> evidence) {
        TextTable t = new TextTable("Source", "Line", "Destination", "Gateway", "Netif");
        for (Finding.Evidence e : evidence) {
            t.row(e.source(), Integer.toString(e.line()), e.route().destination().toString(),
                    e.route().gateway().text(), e.route().iface());
        }
        return t;
    }

    private static String paint(Severity s, String text, boolean color) {
        if (!color) {
            return text;
        }
        String code = switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    // ---- JSON

    /** {@code {"findings": [...], "warnings": [...]}} (docs/json.md). */
    public ObjectNode json(CheckResult r) {
        ObjectNode n = mapper.createObjectNode();
        ArrayNode findings = n.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("code", f.code());
            o.put("severity", f.severity().label());
            o.put("message", f.message());
            o.put("fix", f.fix());
            Optional<Finding.Example> e = f.exampleIfAny();
            if (e.isEmpty()) {
                o.putNull("example");
            } else {
                ObjectNode ex = o.putObject("example");
                ex.put("address", e.get().address().toString());
                Optional<Route> route = e.get().route();
                if (route.isEmpty()) {
                    ex.putNull("route");
                } else {
                    ObjectNode rt = ex.putObject("route");
                    rt.put("source", e.get().source());
                    rt.put("line", route.get().line());
                    rt.put("destination", route.get().destination().toString());
                    rt.put("gateway", route.get().gateway().text());
                    rt.put("iface", route.get().iface());
                }
            }
            ArrayNode ev = o.putArray("evidence");
            for (Finding.Evidence x : f.evidence()) {
                ObjectNode row = ev.addObject();
                row.put("source", x.source());
                row.put("line", x.line());
                row.put("destination", x.route().destination().toString());
                row.put("gateway", x.route().gateway().text());
                row.put("iface", x.route().iface());
            }
        }
        RuleViews.warningsJson(n, r.warnings());
        return n;
    }
}
