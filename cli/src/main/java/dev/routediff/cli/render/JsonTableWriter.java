package dev.routediff.cli.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code routediff parse --format json} written route by route with Jackson's streaming generator: the same bytes as
 * {@link JsonViews#table} through {@link JsonViews#write}, without a tree of a million nodes and a second copy as
 * one string (together several times the table's own size), and without loading jackson-databind at all.
 */
public final class JsonTableWriter {

    private JsonTableWriter() {
    }

    public static void write(RouteTable t, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(prettyPrinter());
        g.writeStartObject();
        g.writeStringField("parser", t.parserId());
        g.writeStringField("source", t.source());
        g.writeArrayFieldStart("routes");
        for (Route r : t.routes()) {
            route(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        out.write('\n');
        out.flush();
    }

    /** Field for field what {@link JsonViews#route} puts in its node, in the same order. */
    private static void route(JsonGenerator g, Route r) throws IOException {
        g.writeStartObject();
        g.writeStringField("family", r.family().label());
        g.writeStringField("destination", r.destination().toString());
        g.writeStringField("destination_raw", r.destinationRaw());
        g.writeStringField("gateway", r.gateway().text());
        g.writeStringField("gateway_kind", r.gateway().kind());
        g.writeStringField("flags", r.flags().text());
        g.writeStringField("iface", r.iface());
        Expire e = r.expire();
        g.writeFieldName("expire");
        if (e instanceof Expire.Seconds s) {
            g.writeNumber(s.seconds());
        } else if (e instanceof Expire.Expired) {
            g.writeString("!");
        } else {
            g.writeNull();
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

    /**
     * The layout of every document: two-space indent, {@code "key": value}, jq's empty containers. It lives here,
     * not in JsonViews, so that a streamed document loads no databind class.
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        // "[]" and "{}" for empty containers, as jq prints them, not Jackson's "[ ]"
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indent)
                .withArrayIndenter(indent);
    }
}
