package dev.routediff.cli.render;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Iterator;
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
    private char[] buf = new char[64 * 1024];
    private int len;

    private JsonTableWriter(Writer out) {
        this.out = out;
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
        if (t.size() >= parallelAt) {
            w.flush();
            writeInParallel(t, out);
        } else {
            for (int i = 0; i < t.size(); i++) {
                w.row(t, i);
                w.maybeFlush();
            }
        }
        w.raw(t.size() == 0 ? "]\n}\n" : "\n  ]\n}\n");
        w.flush();
        out.flush();
    }

    /** From this many routes on, rows are turned into text on worker threads (a BGP table; never a laptop's). */
    static final int PARALLEL_AT = 100_000;
    private static final int ROWS_PER_PART = 4_096;

    /**
     * Rows turned into text in parts of {@link #ROWS_PER_PART} on worker threads and written in order by this
     * one, a few parts ahead: the text of a million routes is 270 MB, most of the time {@code parse} takes, and
     * it splits cleanly because every row's text depends on the row and its index alone.
     */
    private static void writeInParallel(RouteTable t, Writer out) throws IOException {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "routediff-json");
            th.setDaemon(true);
            return th;
        });
        try {
            ArrayDeque<Future<JsonTableWriter>> ahead = new ArrayDeque<>();
            for (int from = 0; from < t.size() || !ahead.isEmpty(); ) {
                while (from < t.size() && ahead.size() < 2 * threads) {
                    int a = from;
                    int b = Math.min(t.size(), from + ROWS_PER_PART);
                    ahead.add(workers.submit(() -> {
                        JsonTableWriter part = new JsonTableWriter(null);
                        for (int i = a; i < b; i++) {
                            part.row(t, i);
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

    private void row(RouteTable t, int i) {
        raw(i == 0 ? "\n    {\n" : ",\n    {\n");
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
        ensure(512);
        raw("      \"family\": \"inet\",\n      \"destination\": \"");
        quad(t.ipv4Network(i));
        buf[len++] = '/';
        digits(t.prefixLength(i));
        raw("\",\n      \"destination_raw\": ");
        int rawLength = t.destinationRawLength(i);
        ensure(rawLength + 2);
        int at = len + 1;
        t.destinationRaw(i, buf, at);
        if (needsEscape(buf, at, rawLength)) {
            string(new String(buf, at, rawLength));
        } else {
            buf[len] = '"';
            len = at + rawLength;
            buf[len++] = '"';
        }
        raw(",\n      \"gateway\": \"");
        long g = t.gatewayValue(i);
        String kind;
        switch (t.gatewayKind(i)) {
            case 0 -> {
                quad((int) g);
                kind = "address";
            }
            case 1 -> {
                raw("link#");
                digits(g);
                kind = "link";
            }
            default -> {
                raw(RouteTable.macText(g));
                kind = "mac";
            }
        }
        raw("\",\n      \"gateway_kind\": \"");
        raw(kind);
        raw("\",\n      \"flags\": ");
        string(t.flagsText(i));
        raw(",\n      \"iface\": ");
        string(t.iface(i));
        raw(",\n      \"expire\": ");
        int e = t.expireCode(i);
        if (e >= 0) {
            digits(e);
        } else {
            raw(e == -2 ? "\"!\"" : "null");
        }
        raw(",\n      \"line\": ");
        digits(t.line(i));
        raw("\n    }");
    }

    private void quad(int address) {
        ensure(15);
        digits((address >>> 24) & 0xFF);
        buf[len++] = '.';
        digits((address >>> 16) & 0xFF);
        buf[len++] = '.';
        digits((address >>> 8) & 0xFF);
        buf[len++] = '.';
        digits(address & 0xFF);
    }

    /** A non-negative number in decimal. */
    private void digits(long v) {
        ensure(20);
        if (v < 10) {
            buf[len++] = (char) ('0' + v);
            return;
        }
        int n = 0;
        for (long x = v; x > 0; x /= 10) {
            n++;
        }
        for (int k = len + n - 1; k >= len; k--) {
            buf[k] = (char) ('0' + v % 10);
            v /= 10;
        }
        len += n;
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
