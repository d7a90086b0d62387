package dev.routediff.cli.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.diff.TableRows;
import dev.routediff.core.internal.Macs;
import dev.routediff.core.internal.RouteStore;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON encoding of a route and a table: {@code parse}, {@code diff} and {@code predict} documents, and
 * {@code watch}'s lines through {@link #tree}. Written route by route, without a tree of a million nodes and a second
 * copy as one string (together several times the table's own size), and without Jackson's generator and pretty
 * printer: a same-run measurement (docs/performance.md, {@code JsonEncodingBenchmark}) shows what that saves on a
 * 20-route and a million-route parse. Nearly every character of a route's object is fixed text; strings are copied as
 * they are unless they hold a character JSON must escape, and those get Jackson's default escapes, written out so
 * that a run loads no Jackson class at all. The layout is Jackson's pretty printer's ({@link JsonLayout}), which
 * {@code JsonTableWriterTest} holds it to, against the testkit's tree of the documented schema.
 */
public final class JsonTableWriter {

    private static final int FLUSH_AT = 60 * 1024;

    private final Writer out;
    private char[] buf;
    private int len;

    private JsonTableWriter(Writer out) {
        this(out, 64 * 1024);
    }

    private JsonTableWriter(Writer out, int capacity) {
        this.out = out;
        this.buf = new char[capacity];
    }

    /**
     * {@link #write(RouteTable, Writer)}'s document as a Jackson tree, for a document that holds a table among other
     * members: the same encoding, read back, so a route is written in one place only.
     */
    public static ObjectNode tree(RouteTable t, ObjectMapper mapper) {
        return readBack(out -> write(t, out), mapper);
    }

    /** {@link #writeDiff(RouteDiff, JsonViews, Writer)}'s document as a Jackson tree, as {@link #tree}. */
    public static ObjectNode diffTree(RouteDiff d, JsonViews json) {
        return readBack(out -> writeDiff(d, json, out), json.mapper());
    }

    private interface Document {
        void writeTo(Writer out) throws IOException;
    }

    private static ObjectNode readBack(Document document, ObjectMapper mapper) {
        StringWriter text = new StringWriter();
        try {
            document.writeTo(text);
            return (ObjectNode) mapper.readTree(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the JSON just written", e);
        }
    }

    public static void write(RouteTable t, Writer out) throws IOException {
        write(t, out, PARALLEL_AT);
    }

    /** {@link #write(RouteTable, Writer)} with rows written on worker threads from {@code parallelAt} rows on. */
    static void write(RouteTable t, Writer out, int parallelAt) throws IOException {
        JsonTableWriter w = new JsonTableWriter(out);
        w.raw("{\n  \"parser\": ");
        w.string(t.parserId());
        w.raw(",\n  \"source\": ");
        w.string(t.source());
        w.raw(",\n  \"routes\": [");
        w.rows(RouteStore.of(t), null, t.size(), parallelAt);
        w.raw(t.size() == 0 ? "]" : "\n  ]");
        if (!t.policy().isEmpty()) {
            // Linux policy rules (ip rule show), only when the input had them: a few, written by Jackson
            JsonViews json = new JsonViews();
            ObjectNode n = json.mapper().createObjectNode();
            json.policyRules(n, t);
            w.lastMembers(json, n);
        }
        w.raw("\n}\n");
        w.flush();
        out.flush();
    }

    /**
     * {@code diff --format json}: added, removed and changed routes and the count ignored, written a route at a time
     * from the differ's row lists, so that two unrelated million-route tables never become two million nodes (and one
     * string of all of them) at once.
     */
    public static void writeDiff(RouteDiff d, JsonViews json, Writer out) throws IOException {
        writeDiff(d, json, out, PARALLEL_AT, null);
    }

    /** As {@link #writeDiff(RouteDiff, JsonViews, Writer)}, ending with {@code warnings} about the two inputs. */
    public static void writeDiff(RouteDiff d, JsonViews json, Writer out, List<Warning> warnings) throws IOException {
        writeDiff(d, json, out, PARALLEL_AT, warnings);
    }

    static void writeDiff(RouteDiff d, JsonViews json, Writer out, int parallelAt) throws IOException {
        writeDiff(d, json, out, parallelAt, null);
    }

    static void writeDiff(RouteDiff d, JsonViews json, Writer out, int parallelAt, List<Warning> warnings)
            throws IOException {
        JsonTableWriter w = new JsonTableWriter(out);
        w.raw("{\n  \"added\": [");
        w.routes(d.added(), parallelAt);
        w.raw(",\n  \"removed\": [");
        w.routes(d.removed(), parallelAt);
        w.raw(",\n  \"changed\": [");
        for (int k = 0; k < d.changed().size(); k++) {
            RouteDiff.Change c = d.changed().get(k);
            w.raw(k == 0 ? "\n    {\n      \"before\": {\n" : ",\n    {\n      \"before\": {\n");
            w.route(c.before(), PAIR_FIELD);
            w.raw(",\n      \"after\": {\n");
            w.route(c.after(), PAIR_FIELD);
            w.raw("\n    }");
            w.maybeFlush();
        }
        w.raw(d.changed().isEmpty() ? "]" : "\n  ]");
        w.raw(",\n  \"ignored\": ");
        w.raw(Integer.toString(d.ignored()));
        if (warnings != null) {
            w.warnings(warnings);
        }
        w.raw("\n}\n");
        w.flush();
        out.flush();
    }

    /**
     * {@code "warnings": [{"code", "message", "destination"}…]} as the last member, the same characters as
     * {@link RuleViews#warningsJson} written by Jackson (JsonTableWriterTest), without making a Jackson mapper: that
     * loads some 500 classes at the start of every JSON diff.
     */
    private void warnings(List<Warning> warnings) {
        raw(",\n  \"warnings\": [");
        for (int k = 0; k < warnings.size(); k++) {
            Warning warning = warnings.get(k);
            raw(k == 0 ? "\n    {\n      \"code\": " : ",\n    {\n      \"code\": ");
            string(warning.code());
            raw(",\n      \"message\": ");
            string(warning.message());
            raw(",\n      \"destination\": ");
            if (warning.destination() == null) {
                raw("null");
            } else {
                string(warning.destination());
            }
            raw("\n    }");
        }
        raw(warnings.isEmpty() ? "]" : "\n  ]");
    }

    /**
     * The members of {@code n}, written by Jackson, as the document's last ones: {@code {"rules": [...]}} written alone
     * is already indented as a member of the outer object, so only its braces go.
     */
    private void lastMembers(JsonViews json, ObjectNode n) {
        String members = json.write(n);
        raw(",\n");
        raw(members.substring(members.indexOf('\n') + 1, members.lastIndexOf("\n}")));
    }

    /** The elements of a routes array and its closing bracket; rows from the table where the list has one. */
    private void routes(List<Route> routes, int parallelAt) throws IOException {
        if (routes instanceof TableRows rows) {
            rows(RouteStore.of(rows.table()), rows, rows.size(), parallelAt);
        } else {
            for (int k = 0; k < routes.size(); k++) {
                raw(k == 0 ? "\n    {\n" : ",\n    {\n");
                route(routes.get(k), ROW_FIELD);
                maybeFlush();
            }
        }
        raw(routes.isEmpty() ? "]" : "\n  ]");
    }

    /** Rows {@code rows.row(0..n-1)} of {@code t}, or its rows 0..n-1 when {@code rows} is null. */
    private void rows(RouteStore t, TableRows rows, int n, int parallelAt) throws IOException {
        if (n >= parallelAt) {
            flush();
            writeInParallel(t, rows, n, out);
        } else {
            for (int k = 0; k < n; k++) {
                row(t, rows == null ? k : rows.row(k), k == 0);
                maybeFlush();
            }
        }
    }

    /** From this many routes on, rows are turned into text on worker threads (a BGP table; never a laptop's). */
    static final int PARALLEL_AT = PartsInOrder.AT;

    /** Rows turned into text in parts on worker threads and written in order ({@link PartsInOrder}). */
    private static void writeInParallel(RouteStore t, TableRows rows, int n, Writer out) throws IOException {
        PartsInOrder.write(n, (a, b) -> {
            // sized for the usual row (about 270 characters) so that a part is seldom copied to grow
            JsonTableWriter part = new JsonTableWriter(null, (b - a) * 300);
            for (int k = a; k < b; k++) {
                part.row(t, rows == null ? k : rows.row(k), k == 0);
            }
            return w -> w.write(part.buf, 0, part.len);
        }, out, "routediff-json");
    }

    private void row(RouteStore t, int i, boolean first) {
        raw(first ? "\n    {\n" : ",\n    {\n");
        if (t.isCompact(i)) {
            compactRoute(t, i);
        } else {
            route(t.route(i), ROW_FIELD);
        }
    }

    /**
     * {@link #route} for a row the table holds in columns, written from the columns: the bulk of a BGP-sized
     * table, where making a {@code Route} and its parts per row cost as much as the rest of the command.
     */
    private void compactRoute(RouteStore t, int i) {
        int rawLength = t.destinationRawLength(i);
        String flags = t.flagsText(i);
        String name = t.iface(i);
        // Room for the longest row: fixed text, numbers, and the three strings escaped at worst six to a character.
        ensure(FIXED_ROW_ROOM + 6 * (rawLength + flags.length() + name.length()));
        char[] b = buf;
        int p = put(b, len, DESTINATION);
        p = quad(b, p, t.ipv4Network(i));
        b[p++] = '/';
        p = number(b, p, t.prefixLength(i));
        p = put(b, p, DESTINATION_RAW);
        int at = p + 1;
        t.destinationRaw(i, b, at);
        if (needsEscape(b, at, rawLength)) {
            len = p;
            string(new String(b, at, rawLength));
            b = buf;
            p = len;
        } else {
            b[p] = '"';
            p = at + rawLength;
            b[p++] = '"';
        }
        p = put(b, p, GATEWAY);
        long g = t.gatewayValue(i);
        switch (t.form(i)) {
            case ADDRESS -> {
                p = quad(b, p, (int) g);
                p = put(b, p, KIND_ADDRESS);
            }
            case LINK -> {
                p = put(b, p, LINK);
                p = number(b, p, (int) g);
                p = put(b, p, KIND_LINK);
            }
            default -> {
                p = Macs.write(b, p, g);
                p = put(b, p, KIND_MAC);
            }
        }
        len = p;
        string(flags);
        raw(IFACE_KEY);
        string(name);
        b = buf;
        p = put(b, len, EXPIRE_KEY);
        int e = t.expireCode(i);
        if (e >= 0) {
            p = number(b, p, e);
        } else {
            p = put(b, p, e == RouteStore.EXPIRE_PAST ? EXPIRED : NULL);
        }
        p = put(b, p, LINE_KEY);
        p = number(b, p, t.line(i));
        len = put(b, p, ROW_END);
    }

    // The fixed text of a compact row, between its values.
    private static final char[] DESTINATION = "      \"family\": \"inet\",\n      \"destination\": \"".toCharArray();
    private static final char[] DESTINATION_RAW = "\",\n      \"destination_raw\": ".toCharArray();
    private static final char[] GATEWAY = ",\n      \"gateway\": \"".toCharArray();
    private static final char[] LINK = "link#".toCharArray();
    private static final char[] KIND_ADDRESS =
            "\",\n      \"gateway_kind\": \"address\",\n      \"flags\": ".toCharArray();
    private static final char[] KIND_LINK = "\",\n      \"gateway_kind\": \"link\",\n      \"flags\": ".toCharArray();
    private static final char[] KIND_MAC = "\",\n      \"gateway_kind\": \"mac\",\n      \"flags\": ".toCharArray();
    private static final String IFACE_KEY = ",\n      \"iface\": ";
    // A row held in columns shows no metric (one that does is read through route(i)).
    private static final char[] EXPIRE_KEY = ",\n      \"metric\": null,\n      \"expire\": ".toCharArray();
    private static final char[] EXPIRED = "\"!\"".toCharArray();
    private static final char[] NULL = "null".toCharArray();
    private static final char[] LINE_KEY = ",\n      \"line\": ".toCharArray();
    private static final char[] ROW_END = "\n    }".toCharArray();
    private static final int FIXED_ROW_ROOM = 400;

    private static int put(char[] b, int p, char[] text) {
        System.arraycopy(text, 0, b, p, text.length);
        return p + text.length;
    }

    private static int quad(char[] b, int p, int address) {
        p = octet(b, p, (address >>> 24) & 0xFF);
        b[p++] = '.';
        p = octet(b, p, (address >>> 16) & 0xFF);
        b[p++] = '.';
        p = octet(b, p, (address >>> 8) & 0xFF);
        b[p++] = '.';
        return octet(b, p, address & 0xFF);
    }

    private static int octet(char[] b, int p, int v) {
        if (v >= 100) {
            b[p++] = (char) ('0' + v / 100);
            v %= 100;
            b[p++] = (char) ('0' + v / 10);
        } else if (v >= 10) {
            b[p++] = (char) ('0' + v / 10);
        }
        b[p++] = (char) ('0' + v % 10);
        return p;
    }

    /** A non-negative int in decimal. */
    private static int number(char[] b, int p, int v) {
        int n = 1;
        for (int x = v; x >= 10; x /= 10) {
            n++;
        }
        for (int k = p + n - 1; k >= p; k--) {
            b[k] = (char) ('0' + v % 10);
            v /= 10;
        }
        return p + n;
    }

    private static boolean needsEscape(char[] chars, int from, int n) {
        for (int k = from; k < from + n; k++) {
            char c = chars[k];
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    // The indent of a route's fields: a row of a routes array, or the before or after of a changed pair.
    private static final String ROW_FIELD = "      ";
    private static final String PAIR_FIELD = "        ";

    /**
     * A route's members, in the order docs/json.md gives, and its closing brace; {@code indent} is its fields'
     * indent, the brace's is two less.
     */
    private void route(Route r, String indent) {
        field(indent, "family");
        string(r.family().label());
        next(indent, "destination");
        string(r.destination().toString());
        next(indent, "destination_raw");
        string(r.destinationRaw());
        next(indent, "gateway");
        string(r.gateway().text());
        next(indent, "gateway_kind");
        string(r.gateway().kind());
        next(indent, "flags");
        string(r.flags().text());
        next(indent, "iface");
        string(r.iface());
        next(indent, "metric");
        raw(r.metric() == null ? "null" : Long.toString(r.metric()));
        next(indent, "expire");
        Expire e = r.expire();
        if (e instanceof Expire.Seconds s) {
            raw(Long.toString(s.seconds()));
        } else if (e instanceof Expire.Expired) {
            raw("\"!\"");
        } else {
            raw("null");
        }
        next(indent, "line");
        raw(Integer.toString(r.line()));
        if (!r.attributes().isEmpty()) {
            next(indent, "attributes");
            raw("{");
            Iterator<Map.Entry<String, String>> it = r.attributes().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, String> kv = it.next();
                raw("\n  ");
                raw(indent);
                string(kv.getKey());
                raw(": ");
                string(kv.getValue());
                if (it.hasNext()) {
                    raw(",");
                }
            }
            raw("\n");
            raw(indent);
            raw("}");
        }
        raw("\n");
        raw(indent, indent.length() - 2);
        raw("}");
    }

    private void field(String indent, String name) {
        raw(indent);
        raw("\"");
        raw(name);
        raw("\": ");
    }

    private void next(String indent, String name) {
        raw(",\n");
        field(indent, name);
    }

    private void string(String s) {
        if (needsEscape(s)) {
            escaped(s);
            return;
        }
        ensure(s.length() + 2);
        buf[len++] = '"';
        s.getChars(0, s.length(), buf, len);
        len += s.length();
        buf[len++] = '"';
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A JSON string as Jackson writes it by default: short escapes where JSON has them, \\u00XX for other controls. */
    private void escaped(String s) {
        ensure(6 * s.length() + 2);
        buf[len++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                buf[len++] = c;
                continue;
            }
            buf[len++] = '\\';
            switch (c) {
                case '"' -> buf[len++] = '"';
                case '\\' -> buf[len++] = '\\';
                case '\b' -> buf[len++] = 'b';
                case '\t' -> buf[len++] = 't';
                case '\f' -> buf[len++] = 'f';
                case '\n' -> buf[len++] = 'n';
                case '\r' -> buf[len++] = 'r';
                default -> {
                    buf[len++] = 'u';
                    buf[len++] = '0';
                    buf[len++] = '0';
                    buf[len++] = HEX[c >> 4];
                    buf[len++] = HEX[c & 0xF];
                }
            }
        }
        buf[len++] = '"';
    }

    /** Jackson escapes the quote, the backslash and every control character below U+0020, nothing else. */
    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private void raw(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), buf, len);
        len += s.length();
    }

    /** The first {@code n} characters of {@code s}. */
    private void raw(String s, int n) {
        ensure(n);
        s.getChars(0, n, buf, len);
        len += n;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void maybeFlush() throws IOException {
        if (len >= FLUSH_AT) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }
}
