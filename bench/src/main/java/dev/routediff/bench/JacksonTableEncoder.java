package dev.routediff.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.routediff.cli.render.JsonLayout;
import dev.routediff.core.internal.Macs;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The baseline of {@code JsonEncodingBenchmark} and {@code json-encoders.sh}: the parse document written through
 * Jackson's streaming {@link JsonGenerator} and the CLI's pretty printer, reading rows as the CLI's writer does
 * (columns for a compact row, the route otherwise), so that the two differ only in how they write. Same characters
 * as {@code JsonTableWriter} ({@code BenchmarksSmokeTest} checks it).
 */
public final class JacksonTableEncoder {

    // the caller owns the writer, as JsonTableWriter's caller does: flushed, not closed
    private final JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(RouteTable t, Writer out) throws IOException {
        RouteStore rows = RouteStore.of(t);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(JsonLayout.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("parser", t.parserId());
            g.writeStringField("source", t.source());
            g.writeArrayFieldStart("routes");
            for (int i = 0; i < rows.size(); i++) {
                if (rows.isCompact(i)) {
                    compact(g, rows, i);
                } else {
                    route(g, rows.route(i));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void compact(JsonGenerator g, RouteStore t, int i) throws IOException {
        g.writeStartObject();
        g.writeStringField("family", "inet");
        int n = t.ipv4Network(i);
        g.writeStringField("destination", quad(n) + "/" + t.prefixLength(i));
        char[] raw = new char[t.destinationRawLength(i)];
        t.destinationRaw(i, raw, 0);
        g.writeFieldName("destination_raw");
        g.writeString(raw, 0, raw.length);
        long v = t.gatewayValue(i);
        switch (t.form(i)) {
            case ADDRESS -> {
                g.writeStringField("gateway", quad((int) v));
                g.writeStringField("gateway_kind", "address");
            }
            case LINK -> {
                g.writeStringField("gateway", "link#" + v);
                g.writeStringField("gateway_kind", "link");
            }
            default -> {
                g.writeStringField("gateway", Macs.format(v));
                g.writeStringField("gateway_kind", "mac");
            }
        }
        g.writeStringField("flags", t.flagsText(i));
        g.writeStringField("iface", t.iface(i));
        g.writeNullField("metric");
        int e = t.expireCode(i);
        if (e >= 0) {
            g.writeNumberField("expire", e);
        } else if (e == RouteStore.EXPIRE_PAST) {
            g.writeStringField("expire", "!");
        } else {
            g.writeNullField("expire");
        }
        g.writeNumberField("line", t.line(i));
        g.writeEndObject();
    }

    private static void route(JsonGenerator g, Route r) throws IOException {
        g.writeStartObject();
        g.writeStringField("family", r.family().label());
        g.writeStringField("destination", r.destination().toString());
        g.writeStringField("destination_raw", r.destinationRaw());
        g.writeStringField("gateway", r.gateway().text());
        g.writeStringField("gateway_kind", r.gateway().kind());
        g.writeStringField("flags", r.flags().text());
        g.writeStringField("iface", r.iface());
        if (r.metric() == null) {
            g.writeNullField("metric");
        } else {
            g.writeNumberField("metric", r.metric());
        }
        Expire e = r.expire();
        if (e instanceof Expire.Seconds s) {
            g.writeNumberField("expire", s.seconds());
        } else if (e instanceof Expire.Expired) {
            g.writeStringField("expire", "!");
        } else {
            g.writeNullField("expire");
        }
        g.writeNumberField("line", r.line());
        if (!r.attributes().isEmpty()) {
            g.writeObjectFieldStart("attributes");
            for (Map.Entry<String, String> kv : r.attributes().entrySet()) {
                g.writeStringField(kv.getKey(), kv.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static String quad(int a) {
        return (a >>> 24) + "." + (a >>> 16 & 0xFF) + "." + (a >>> 8 & 0xFF) + "." + (a & 0xFF);
    }
}
