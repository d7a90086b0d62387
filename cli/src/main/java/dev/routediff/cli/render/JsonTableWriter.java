package dev.routediff.cli.render;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code routediff parse --format json} (and {@code capture}) written route by route, by hand: the same bytes as
 * {@link JsonViews#table} through {@link JsonViews#write} (Jackson's pretty printer with {@link JsonLayout}, and its
 * string escapes), without a tree of a million nodes and a second copy as one string, and without loading Jackson at
 * all, whose factory and generator cost a 20-route parse a good part of its run. The test compares the two.
 */
public final class JsonTableWriter {

    private JsonTableWriter() {
    }

    public static void write(RouteTable t, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\n  \"parser\": ");
        string(sb, t.parserId());
        sb.append(",\n  \"source\": ");
        string(sb, t.source());
        sb.append(",\n  \"routes\": [");
        List<Route> routes = t.routes();
        for (int i = 0; i < routes.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ");
            route(sb, routes.get(i));
            if (sb.length() >= 8192) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        sb.append(routes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        out.append(sb);
        out.flush();
    }

    /** Field for field what {@link JsonViews#route} puts in its node, in the same order. */
    private static void route(StringBuilder sb, Route r) {
        sb.append("{\n      \"family\": ");
        string(sb, r.family().label());
        field(sb, "destination", r.destination().toString());
        field(sb, "destination_raw", r.destinationRaw());
        field(sb, "gateway", r.gateway().text());
        field(sb, "gateway_kind", r.gateway().kind());
        field(sb, "flags", r.flags().text());
        field(sb, "iface", r.iface());
        sb.append(",\n      \"expire\": ");
        Expire e = r.expire();
        if (e instanceof Expire.Seconds s) {
            sb.append(s.seconds());
        } else if (e instanceof Expire.Expired) {
            sb.append("\"!\"");
        } else {
            sb.append("null");
        }
        sb.append(",\n      \"line\": ").append(r.line());
        Map<String, String> attributes = r.attributes();
        if (!attributes.isEmpty()) {
            sb.append(",\n      \"attributes\": {");
            Iterator<Map.Entry<String, String>> it = attributes.entrySet().iterator();
            for (boolean first = true; it.hasNext(); first = false) {
                Map.Entry<String, String> kv = it.next();
                sb.append(first ? "\n        " : ",\n        ");
                string(sb, kv.getKey());
                sb.append(": ");
                string(sb, kv.getValue());
            }
            sb.append("\n      }");
        }
        sb.append("\n    }");
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(",\n      \"").append(name).append("\": ");
        string(sb, value);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A JSON string as Jackson writes it by default: short escapes where JSON has them, \\u00XX for other controls. */
    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                sb.append(c);
                continue;
            }
            sb.append('\\');
            switch (c) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '\b': sb.append('b'); break;
                case '\t': sb.append('t'); break;
                case '\f': sb.append('f'); break;
                case '\n': sb.append('n'); break;
                case '\r': sb.append('r'); break;
                default: sb.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        sb.append('"');
    }
}
