package dev.routediff.parser.osquery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the JSON of an osquery export with Jackson's streaming parser (a fleet export can be large; no tree is
 * built): either the array {@code osqueryi --json} prints, or result log lines as osqueryd and Fleet write them
 * (one JSON object per line, or pretty-printed objects one after another). See this module's README for the forms.
 */
final class ExportReader {

    /** The routes table's columns without which no route can be made. */
    static final List<String> REQUIRED = List.of("destination", "netmask", "gateway", "interface");

    private final String source;
    private final JsonFactory json;

    /** Result log state: whether a routes line was seen, the query's name and host, what its lines said so far. */
    private boolean routesSeen;
    private String query;
    private int queryLine;
    private String host;
    private int hostLine;
    private List<Row> snapshot;
    private int snapshotLine;
    /** Differential lines replayed: the rows now present, by their columns, each with the rows that carry them. */
    private Map<Map<String, String>, ArrayDeque<Row>> present;
    private int diffLine;
    private String lastCounter;
    private String lastEpoch;
    private final Set<String> otherQueries = new LinkedHashSet<>();
    /**
     * One copy of each value seen: an export repeats the same few values (an interface, "0", "gateway", a gateway)
     * on every row, and a fleet export has hundreds of thousands of rows, each held until the table is built.
     */
    private final Map<String, String> values = new HashMap<>();

    ExportReader(String source, JsonFactory json) {
        this.source = source;
        this.json = json;
    }

    Export read(Reader input) throws IOException {
        try (JsonParser p = json.createParser(input)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw fail(1, "osquery JSON (the array 'osqueryi --json \"select * from routes\"' prints, or result "
                        + "log lines), found no text");
            }
            if (t == JsonToken.START_ARRAY) {
                List<Row> rows = rowArray(p, "the array of rows");
                JsonToken after = p.nextToken();
                if (after != null) {
                    throw fail(line(p), "the end of the input after the array of rows, found " + describe(p, after));
                }
                return new Export(rows, null);
            }
            while (t != null) {
                if (t != JsonToken.START_OBJECT) {
                    throw fail(line(p), "a result log line (a JSON object), found " + describe(p, t));
                }
                logLine(p);
                t = p.nextToken();
            }
            return finish();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
            throw fail(Math.max(line, 1), "valid JSON, found a syntax error: " + firstClause(message));
        }
    }

    /** One result log line: its header fields, and rows under snapshot, diffResults or columns. */
    private void logLine(JsonParser p) throws IOException {
        int line = line(p);
        String name = null;
        String hostIdentifier = null;
        String hostname = null;
        String counter = null;
        String epoch = null;
        String action = null;
        Row columns = null;
        List<Row> snap = null;
        List<Row> added = null;
        List<Row> removed = null;
        Map<String, String> decorations = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "name" -> name = scalar(p, v, field);
                case "hostIdentifier" -> hostIdentifier = scalar(p, v, field);
                case "hostname" -> hostname = scalar(p, v, field);
                case "counter" -> counter = scalar(p, v, field);
                case "epoch" -> epoch = scalar(p, v, field);
                case "action" -> action = scalar(p, v, field);
                case "columns" -> columns = row(p, v);
                case "snapshot" -> snap = rowArray(p, v, "the snapshot's rows");
                case "decorations" -> decorations = row(p, v).columns();
                case "diffResults" -> {
                    expect(p, v, JsonToken.START_OBJECT, "diffResults as an object with 'added' and 'removed'");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String part = p.currentName();
                        JsonToken a = p.nextToken();
                        if (part.equals("added")) {
                            added = rowArray(p, a, "diffResults.added");
                        } else if (part.equals("removed")) {
                            removed = rowArray(p, a, "diffResults.removed");
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren(); // calendarTime, unixTime, numerics, and fields newer versions add
            }
        }
        String hostField = hostIdentifier != null ? "hostIdentifier" : "hostname";
        String lineHost = hostIdentifier != null ? hostIdentifier : hostname != null ? hostname
                : decorations.get("hostname");
        List<Row> rows = new ArrayList<>();
        for (List<Row> part : Arrays.asList(snap, added, removed)) {
            if (part != null) {
                rows.addAll(part);
            }
        }
        if (columns != null) {
            rows.add(columns);
        }
        if (snap == null && added == null && removed == null && columns == null) {
            throw fail(line, "a result log line with 'snapshot', 'diffResults' or 'columns' (osquery's snapshot, "
                    + "batched and event formats), found a JSON object with none of them");
        }
        boolean routesRows = !rows.isEmpty() && rows.get(0).columns().containsKey("destination");
        boolean sameQuery = routesSeen && Objects.equals(query, name);
        if (!routesRows && !sameQuery) {
            otherQueries.add(name == null ? "(unnamed)" : name);
            return; // another scheduled query's results, logged to the same file
        }
        if (!routesSeen) {
            routesSeen = true;
            query = name;
            queryLine = line;
        } else if (!sameQuery) {
            throw fail(line, "the results of one routes query, found query " + quoteName(name) + " after "
                    + quoteName(query) + " (line " + queryLine + "): keep one query's lines, e.g. grep '\"name\":\""
                    + (name == null ? "" : name) + "\"'");
        }
        if (host == null) {
            host = lineHost;
            hostLine = line;
        } else if (lineHost != null && !host.equals(lineHost)) {
            throw fail(line, "one host's results, found host '" + lineHost + "' after '" + host + "' (line "
                    + hostLine + "): keep one host's lines, e.g. grep '\"" + hostField + "\":\"" + host + "\"'");
        }
        if (snap != null) {
            snapshot(snap, line);
        } else {
            differential(line, counter, epoch, action, columns, added, removed);
        }
    }

    private void snapshot(List<Row> rows, int line) {
        if (present != null) {
            throw fail(line, "either snapshot or differential results, found a snapshot after differential lines "
                    + "(line " + diffLine + "): keep the snapshot lines only");
        }
        if (snapshot != null) {
            throw fail(line, "one snapshot, found a second one (the first is on line " + snapshotLine + "): keep one "
                    + "run's line, e.g. the newest with tail -n 1");
        }
        snapshot = rows;
        snapshotLine = line;
    }

    /**
     * Replays the event form ({@code "action":"added"/"removed"} with {@code columns}) and the batched form
     * ({@code diffResults}). Counter 0 marks a query's first run, which logs every row as added; a log that starts
     * later would replay into a partial table, so it is refused.
     */
    private void differential(int line, String counter, String epoch, String action, Row columns, List<Row> added,
                              List<Row> removed) {
        if (snapshot != null) {
            throw fail(line, "either snapshot or differential results, found differential results after a snapshot "
                    + "(line " + snapshotLine + "): keep the snapshot line only");
        }
        boolean firstRun = counter == null || counter.equals("0");
        if (present == null && !firstRun) {
            throw fail(line, "the query's first results (counter 0, every route logged as added), found counter "
                    + counter + ": this log starts after the first run, so replaying it would give part of the table; "
                    + "schedule the query with \"snapshot\": true, or export with osqueryi --json");
        }
        boolean newRun = present == null || counter != null && counter.equals("0")
                && (!"0".equals(lastCounter) || epoch != null && !epoch.equals(lastEpoch));
        if (newRun) {
            present = new LinkedHashMap<>(); // a first run (or a new epoch) logs the whole table again
        }
        diffLine = line;
        lastCounter = counter;
        lastEpoch = epoch;
        if (removed != null) {
            for (Row r : removed) {
                remove(r);
            }
        }
        if (added != null) {
            for (Row r : added) {
                present.computeIfAbsent(r.columns(), k -> new ArrayDeque<>()).add(r);
            }
        }
        if (columns != null) {
            if ("removed".equals(action)) {
                remove(columns);
            } else if ("added".equals(action)) {
                present.computeIfAbsent(columns.columns(), k -> new ArrayDeque<>()).add(columns);
            } else {
                throw fail(line, "\"action\": \"added\", \"removed\" or \"snapshot\" on an event line, found "
                        + (action == null ? "no action" : "'" + action + "'"));
            }
        }
    }

    private void remove(Row r) {
        ArrayDeque<Row> rows = present.get(r.columns());
        if (rows == null || rows.isEmpty()) {
            throw fail(r.line(), "a removed row that an earlier line added, found one that no line added (destination "
                    + r.get("destination") + "): the log is missing lines of this query");
        }
        rows.poll();
    }

    private Export finish() {
        if (!routesSeen && otherQueries.isEmpty()) {
            throw fail(1, "rows of osquery's routes table, found none");
        }
        if (!routesSeen) {
            throw fail(1, "result log lines of a routes query (rows with destination, netmask, gateway, interface), "
                    + "found only other queries: " + String.join(", ", otherQueries));
        }
        List<Row> rows = new ArrayList<>();
        if (snapshot != null) {
            rows.addAll(snapshot);
        } else {
            for (ArrayDeque<Row> same : present.values()) {
                rows.addAll(same);
            }
            rows.sort((a, b) -> Integer.compare(a.line(), b.line()));
        }
        return new Export(rows, host);
    }

    private List<Row> rowArray(JsonParser p, String what) throws IOException {
        List<Row> rows = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw fail(line(p), "the rest of " + what + ", found the end of the input");
            }
            rows.add(row(p, t));
        }
        return rows;
    }

    private List<Row> rowArray(JsonParser p, JsonToken t, String what) throws IOException {
        expect(p, t, JsonToken.START_ARRAY, what + " as an array of row objects");
        return rowArray(p, what);
    }

    /** A flat object of column values: strings, or numbers when osquery logged with numerics on. */
    private Row row(JsonParser p, JsonToken t) throws IOException {
        expect(p, t, JsonToken.START_OBJECT, "a row (a JSON object of column values)");
        int line = line(p);
        Map<String, String> columns = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String value = scalar(p, p.nextToken(), name);
            String known = values.putIfAbsent(value, value);
            columns.put(name, known != null ? known : value);
        }
        return new Row(columns, line);
    }

    private String scalar(JsonParser p, JsonToken t, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return "";
        }
        if (t != null && t.isScalarValue()) {
            return p.getText();
        }
        throw fail(line(p), "a string or number as '" + field + "', found " + describe(p, t));
    }

    private void expect(JsonParser p, JsonToken t, JsonToken wanted, String what) {
        if (t != wanted) {
            throw fail(line(p), what + ", found " + describe(p, t));
        }
    }

    private static String describe(JsonParser p, JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + quoteText(p);
            default -> quoteText(p);
        };
    }

    private static String quoteText(JsonParser p) {
        try {
            return dev.routediff.core.input.Fields.quote(p.getText());
        } catch (IOException e) {
            return "a value";
        }
    }

    /** Jackson's message without its second line and its "(for Object starting at [Source: …])" tail. */
    private static String firstClause(String message) {
        String m = message;
        for (String end : new String[] {"\n", " (for ", " at [Source"}) {
            int cut = m.indexOf(end);
            if (cut > 0) {
                m = m.substring(0, cut);
            }
        }
        return m.strip();
    }

    private static String quoteName(String name) {
        return name == null ? "(unnamed)" : "'" + name + "'";
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private RouteInputException fail(int line, String problem) {
        return new RouteInputException(source, line, "expected " + problem);
    }
}
