package dev.routediff.core.testkit;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.Map;

/**
 * The JSON of {@code routediff parse --format json}, written without dependencies so parser modules can keep golden
 * files of it: one route per line, keys in the documented order. The CLI's own writer is checked against this one.
 */
public final class GoldenJson {

    private GoldenJson() {
    }

    public static String of(RouteTable table) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"parser\": ").append(str(table.parserId()))
                .append(", \"source\": ").append(str(table.source()))
                .append(", \"routes\": [\n");
        for (int i = 0; i < table.routes().size(); i++) {
            sb.append("  ").append(route(table.routes().get(i)));
            sb.append(i + 1 < table.routes().size() ? ",\n" : "\n");
        }
        sb.append(']');
        if (!table.policy().isEmpty()) {
            sb.append(", \"rules\": [\n");
            var rules = table.policy().rules();
            for (int i = 0; i < rules.size(); i++) {
                var r = rules.get(i);
                sb.append("  {\"priority\": ").append(Long.toString(r.priority())).append(", \"rule\": ")
                        .append(str(r.text())).append(", \"line\": ").append(r.line()).append('}')
                        .append(i + 1 < rules.size() ? ",\n" : "\n");
            }
            sb.append(']');
        }
        return sb.append("}\n").toString();
    }

    public static String route(Route r) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"family\": ").append(str(r.family().label()));
        sb.append(", \"destination\": ").append(str(r.destination().toString()));
        sb.append(", \"destination_raw\": ").append(str(r.destinationRaw()));
        sb.append(", \"gateway\": ").append(str(r.gateway().text()));
        sb.append(", \"gateway_kind\": ").append(str(r.gateway().kind()));
        sb.append(", \"flags\": ").append(str(r.flags().text()));
        sb.append(", \"iface\": ").append(str(r.iface()));
        sb.append(", \"metric\": ").append(r.metric() == null ? "null" : r.metric().toString());
        sb.append(", \"expire\": ").append(expire(r.expire()));
        sb.append(", \"line\": ").append(r.line());
        if (!r.attributes().isEmpty()) {
            sb.append(", \"attributes\": {");
            boolean first = true;
            for (Map.Entry<String, String> e : r.attributes().entrySet()) {
                sb.append(first ? "" : ", ").append(str(e.getKey())).append(": ").append(str(e.getValue()));
                first = false;
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }

    static String expire(Expire e) {
        if (e instanceof Expire.Seconds s) {
            return Long.toString(s.seconds());
        }
        return e instanceof Expire.Expired ? "\"!\"" : "null";
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
