package dev.routediff.cli.render;

import dev.routediff.core.diff.RouteDiff;
import dev.routediff.core.rules.Warning;
import dev.routediff.core.diff.TableRows;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code routediff parse --format json} written route by route: the same characters as {@link JsonViews#table}
 * through {@link JsonViews#write}, without a tree of a million nodes and a second copy as one string (together
 * several times the table's own size), and without Jackson's generator and pretty printer, whose per-field calls
 * were most of the time a million-route parse took. Nearly every character of a route's object is fixed text;
 * strings are copied as they are unless they hold a character JSON must escape, and those get Jackson's default
 * escapes, written out so that a run loads no Jackson class at all (its factory and generator cost a 20-route parse
 * a good part of its run). {@code JsonTableWriterTest} holds it to the tree output, Jackson's own.
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
        w.rows(t, null, t.size(), parallelAt);
        w.raw(t.size() == 0 ? "]" : "\n  ]");
        if (!t.policy().isEmpty()) {
            // Linux policy rules (ip rule show), only when the input had them; a few, so written by Jackson as
            // JsonViews#table writes them: {"rules": [...]} alone is already indented as the table's last member
            JsonViews json = new JsonViews();
            com.fasterxml.jackson.databind.node.ObjectNode n = json.mapper().createObjectNode();
            json.policyRules(n, t);
            String member = json.write(n);
            w.raw(",\n");
            w.raw(member.substring(member.indexOf('\n') + 1, member.lastIndexOf("\n}")));
        }
        w.raw("\n}\n");
        w.flush();
        out.flush();
    }

    /**
     * {@code diff --format json}: the characters of {@link JsonViews#diff} through {@link JsonViews#write}, written
     * a route at a time from the differ's row lists, so that two unrelated million-route tables never become two
     * million nodes (and one string of all of them) at once. A change is one small tree, written by Jackson and
     * indented to its place.
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
            String pair = json.write(json.change(d.changed().get(k)));
            w.raw(k == 0 ? "\n    " : ",\n    ");
            // one level deeper than written alone: after each line break but the last (JSON strings hold none)
            w.raw(pair.substring(0, pair.length() - 1).replace("\n", "\n    "));
            w.maybeFlush();
        }
        w.raw(d.changed().isEmpty() ? "]" : "\n  ]");
        w.raw(",\n  \"ignored\": ");
        w.raw(Integer.toString(d.ignored()));
        if (warnings != null) {
            com.fasterxml.jackson.databind.node.ObjectNode n = json.mapper().createObjectNode();
            RuleViews.warningsJson(n, warnings);
            // {"warnings": [...]} written alone is already indented as the diff's last member
            String member = json.write(n);
            w.raw(",\n");
            w.raw(member.substring(member.indexOf('\n') + 1, member.lastIndexOf("\n}")));
        }
        w.raw("\n}\n");
        w.flush();
        out.flush();
    }

    /** The elements of a routes array and its closing bracket; rows from the table where the list has one. */
    private void routes(List<Route> routes, int parallelAt) throws IOException {
        if (routes instanceof TableRows rows) {
            rows(rows.table(), rows, rows.size(), parallelAt);
        } else {
            for (int k = 0; k < routes.size(); k++) {
                raw(k == 0 ? "\n    {\n" : ",\n    {\n");
                route(routes.get(k));
                maybeFlush();
            }
        }
        raw(routes.isEmpty() ? "]" : "\n  ]");
    }

    /** Rows {@code rows.row(0..n-1)} of {@code t}, or its rows 0..n-1 when {@code rows} is null. */
    private void rows(RouteTable t, TableRows rows, int n, int parallelAt) throws IOException {
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
    static final int PARALLEL_AT = 100_000;
    private static final int ROWS_PER_PART = 4_096;

    /**
     * Rows turned into text in parts of {@link #ROWS_PER_PART} on worker threads and written in order by this
     * one, a few parts ahead: the text of a million routes is 270 MB, most of the time {@code parse} takes, and
     * it splits cleanly because every row's text depends on the row and its index alone.
     */
    private static void writeInParallel(RouteTable t, TableRows rows, int n, Writer out) throws IOException {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "routediff-json");
            th.setDaemon(true);
            return th;
        });
        try {
            ArrayDeque<Future<JsonTableWriter>> ahead = new ArrayDeque<>();
            for (int from = 0; from < n || !ahead.isEmpty(); ) {
                while (from < n && ahead.size() < 2 * threads) {
                    int a = from;
                    int b = Math.min(n, from + ROWS_PER_PART);
                    ahead.add(workers.submit(() -> {
                        // sized for the usual row (about 270 characters) so that a part is seldom copied to grow
                        JsonTableWriter part = new JsonTableWriter(null, (b - a) * 300);
                        for (int k = a; k < b; k++) {
                            part.row(t, rows == null ? k : rows.row(k), k == 0);
                        }
                        return part;
                    }));
                    from = b;
                }
                JsonTableWriter part = ahead.poll().get();
                out.write(part.buf, 0, part.len);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing JSON");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private void row(RouteTable t, int i, boolean first) {
        raw(first ? "\n    {\n" : ",\n    {\n");
        if (t.isCompact(i)) {
            compactRoute(t, i);
        } else {
            route(t.route(i));
        }
    }

    /**
     * {@link #route} for a row the table holds in columns, written from the columns: the bulk of a BGP-sized
     * table, where making a {@code Route} and its parts per row cost as much as the rest of the command.
     */
    private void compactRoute(RouteTable t, int i) {
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
        switch (t.gatewayKind(i)) {
            case 0 -> {
                p = quad(b, p, (int) g);
                p = put(b, p, KIND_ADDRESS);
            }
            case 1 -> {
                p = put(b, p, LINK);
                p = number(b, p, (int) g);
                p = put(b, p, KIND_LINK);
            }
            default -> {
                p = mac(b, p, g);
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
            p = put(b, p, e == -2 ? EXPIRED : NULL);
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
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

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

    /** A MAC as BSD prints it (and as {@link RouteTable#macText} gives it): lower-case hex, no leading zeros. */
    private static int mac(char[] b, int p, long v) {
        for (int shift = 40; shift >= 0; shift -= 8) {
            int octet = (int) (v >>> shift) & 0xFF;
            if (octet >= 16) {
                b[p++] = HEX_DIGITS[octet >> 4];
            }
            b[p++] = HEX_DIGITS[octet & 0xF];
            if (shift > 0) {
                b[p++] = ':';
            }
        }
        return p;
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

    /** Field for field what {@link JsonViews#route} puts in its node, in the same order. */
    private void route(Route r) {
        field("family");
        string(r.family().label());
        next("destination");
        string(r.destination().toString());
        next("destination_raw");
        string(r.destinationRaw());
        next("gateway");
        string(r.gateway().text());
        next("gateway_kind");
        string(r.gateway().kind());
        next("flags");
        string(r.flags().text());
        next("iface");
        string(r.iface());
        next("metric");
        raw(r.metric() == null ? "null" : Long.toString(r.metric()));
        next("expire");
        Expire e = r.expire();
        if (e instanceof Expire.Seconds s) {
            raw(Long.toString(s.seconds()));
        } else if (e instanceof Expire.Expired) {
            raw("\"!\"");
        } else {
            raw("null");
        }
        next("line");
        raw(Integer.toString(r.line()));
        if (!r.attributes().isEmpty()) {
            next("attributes");
            raw("{");
            Iterator<Map.Entry<String, String>> it = r.attributes().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, String> kv = it.next();
                raw("\n        ");
                string(kv.getKey());
                raw(": ");
                string(kv.getValue());
                if (it.hasNext()) {
                    raw(",");
                }
            }
            raw("\n      }");
        }
        raw("\n    }");
    }

    private void field(String name) {
        raw("      \"");
        raw(name);
        raw("\": ");
    }

    private void next(String name) {
        raw(",\n");
        field(name);
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

    private void raw(char[] chars, int n) {
        ensure(n);
        System.arraycopy(chars, 0, buf, len, n);
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
