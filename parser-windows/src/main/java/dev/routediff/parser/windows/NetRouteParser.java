package dev.routediff.parser.windows;

import com.google.auto.service.AutoService;
import dev.routediff.core.input.Fields;
import dev.routediff.core.input.Metrics;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what PowerShell prints for {@code Get-NetRoute}: the default table view ({@code ifIndex DestinationPrefix
 * NextHop RouteMetric ifMetric PolicyStore} over a {@code -------} line) and {@code Get-NetRoute | Format-List}
 * records ({@code Name : value} lines, one blank-separated record per route). See this module's README.
 */
@AutoService(RouteTableParser.class)
public final class NetRouteParser extends AbstractRouteTableParser {

    static final String ID = "windows-netroute";

    /** The table view's header, which PowerShell prints in English in every display language. */
    static final List<String> TABLE_COLUMNS = List.of("ifindex", "destinationprefix", "nexthop", "routemetric",
            "ifmetric", "policystore");

    /** Stateless: every parse gets its own Reading. */
    public NetRouteParser() {
        super(new ParserInfo(ID, "Windows PowerShell Get-NetRoute (table view and Format-List)",
                List.of("Windows 8–11", "Server 2012+"), List.of("Get-NetRoute", "Get-NetRoute | Format-List"),
                Platform.WINDOWS));
    }

    /**
     * 90 for the table view's header (its six column names) over a dashes line, or for Format-List records that
     * name DestinationPrefix and NextHop; 0 otherwise. Property names are not translated by PowerShell.
     */
    @Override
    public int detect(String sample) {
        boolean prefix = false;
        boolean nextHop = false;
        for (String line : sample.split("\r\n|\r|\n", 2000)) {
            List<String> t = Fields.split(line);
            if (t.size() >= 4 && lower(t).containsAll(List.of("ifindex", "destinationprefix", "nexthop"))) {
                return 90;
            }
            if (t.size() >= 2 && t.get(1).equals(":") || t.size() >= 1 && t.get(0).endsWith(":")) {
                String key = t.get(0).replace(":", "");
                prefix |= key.equals("DestinationPrefix");
                nextHop |= key.equals("NextHop");
            }
        }
        return prefix && nextHop ? 90 : 0;
    }

    private static List<String> lower(List<String> t) {
        List<String> out = new ArrayList<>(t.size());
        for (String s : t) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        return new Reading(source).read(input);
    }

    /** One parse: the table view or the list view, whichever the first non-blank line shows. */
    private static final class Reading {

        private final String source;
        /** Rows go straight into the table's compact store. */
        private final RouteTable.Builder routes;
        /** Table view: the header's column names in order, and their start columns when the padding is intact. */
        private List<String> columns;
        private int[] starts;
        private boolean padded;
        private boolean ruleSeen;
        /** List view: the record being read, and the line of its first property. */
        private Map<String, String> record = new HashMap<>();
        private final Map<String, Integer> recordLines = new HashMap<>();
        private int recordLine;
        private boolean listView;

        Reading(String source) {
            this.source = source;
            this.routes = RouteTable.builder(source, ID, 64);
        }

        RouteTable read(Reader input) throws IOException {
            LineSource lines = new LineSource(input, source);
            String line;
            int first = 0;
            String firstText = null;
            while ((line = lines.next()) != null) {
                int n = lines.lineNumber();
                if (Fields.isBlankLine(line)) {
                    if (listView) {
                        endRecord();
                    }
                    continue;
                }
                if (firstText == null) {
                    firstText = line;
                    first = n;
                }
                if (columns == null && !listView) {
                    start(line, n);
                } else if (listView) {
                    property(line, n);
                } else {
                    tableLine(line, n);
                }
            }
            if (listView) {
                endRecord();
            } else if (columns == null) {
                throw fail(first == 0 ? 1 : first, "Get-NetRoute output: the header 'ifIndex DestinationPrefix NextHop "
                        + "RouteMetric ifMetric PolicyStore' or Format-List records, found "
                        + (firstText == null ? "no text" : Fields.quote(firstText)));
            }
            return routes.build();
        }

        private void start(String line, int n) {
            List<String> t = lower(Fields.split(line));
            if (t.containsAll(List.of("ifindex", "destinationprefix", "nexthop"))) {
                columns = t;
                padded = line.strip().contains("  ");
                if (padded) {
                    starts = new int[t.size()];
                    int from = 0;
                    String lower = line.toLowerCase(Locale.ROOT);
                    for (int i = 0; i < t.size(); i++) {
                        starts[i] = lower.indexOf(t.get(i), from);
                        from = starts[i] + t.get(i).length();
                    }
                }
                return;
            }
            if (isProperty(line)) {
                listView = true;
                property(line, n);
                return;
            }
            throw fail(n, "Get-NetRoute output: the header 'ifIndex DestinationPrefix NextHop RouteMetric ifMetric "
                    + "PolicyStore' or Format-List records, found " + Fields.quote(line));
        }

        private void tableLine(String line, int n) {
            String s = line.strip();
            if (!ruleSeen && s.chars().allMatch(c -> c == '-' || Fields.isBlank((char) c))) {
                ruleSeen = true;
                return;
            }
            Map<String, String> values = padded && line.length() > starts[starts.length - 1] ? sliced(line)
                    : tokens(line, n);
            add(values, n, n);
        }

        /** The row cut at the header's column starts (PowerShell right-aligns numbers, left-aligns the rest). */
        private Map<String, String> sliced(String line) {
            Map<String, String> v = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                int from = Math.min(starts[i], line.length());
                int to = i + 1 < columns.size() ? Math.min(starts[i + 1], line.length()) : line.length();
                String cell = line.substring(from, to).strip();
                if (!cell.isEmpty()) {
                    v.put(columns.get(i), cell);
                }
            }
            return v;
        }

        /**
         * A row whose padding was squeezed: the default columns told apart by their values. Only ifMetric is ever
         * empty (an interface without an IP configuration), so five values are all but ifMetric.
         */
        private Map<String, String> tokens(String line, int n) {
            List<String> t = Fields.split(line);
            if (!columns.equals(TABLE_COLUMNS)) {
                throw fail(n, "the columns of a padded table (this header is not Get-NetRoute's default one, and the "
                        + "row's blanks were squeezed, so its cells cannot be told apart): paste the table as "
                        + "PowerShell printed it, or use Get-NetRoute | Format-List");
            }
            Map<String, String> v = new LinkedHashMap<>();
            if (t.size() == 6) {
                for (int i = 0; i < 6; i++) {
                    v.put(TABLE_COLUMNS.get(i), t.get(i));
                }
            } else if (t.size() == 5 && Fields.isDigits(t.get(3)) && !Fields.isDigits(t.get(4))) {
                v.put("ifindex", t.get(0));
                v.put("destinationprefix", t.get(1));
                v.put("nexthop", t.get(2));
                v.put("routemetric", t.get(3));
                v.put("policystore", t.get(4));
            } else {
                throw fail(n, "a Get-NetRoute row (ifIndex, DestinationPrefix, NextHop, RouteMetric, ifMetric, "
                        + "PolicyStore), found " + Fields.quote(line));
            }
            return v;
        }

        private static boolean isProperty(String line) {
            int colon = line.indexOf(" : ");
            if (colon < 0) {
                String s = Fields.stripTrailing(line);
                colon = s.endsWith(" :") ? s.length() - 2 : -1;
            }
            return colon > 0 && !Fields.isBlank(line.charAt(0)) && line.substring(0, colon).strip().indexOf(' ') < 0;
        }

        private void property(String line, int n) {
            if (!isProperty(line)) {
                if (Fields.isBlank(line.charAt(0)) && !record.isEmpty()) {
                    return; // a long value Format-List wrapped onto the next line, indented: no route column wraps
                }
                throw fail(n, "a Format-List property line such as 'DestinationPrefix : 0.0.0.0/0', found "
                        + Fields.quote(line));
            }
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (record.containsKey(key)) {
                endRecord(); // records pasted without the blank line between them
            }
            if (record.isEmpty()) {
                recordLine = n;
            }
            record.put(key, value);
            recordLines.put(key, n);
        }

        private void endRecord() {
            if (record.isEmpty()) {
                return;
            }
            Map<String, String> r = record;
            record = new HashMap<>();
            if (!r.containsKey("destinationprefix") || !r.containsKey("nexthop")) {
                throw fail(recordLine, "a Format-List record with DestinationPrefix and NextHop (Get-NetRoute | "
                        + "Format-List prints both), found a record without " + (r.containsKey("destinationprefix")
                        ? "NextHop" : "DestinationPrefix"));
            }
            Map<String, String> v = new LinkedHashMap<>();
            v.put("ifindex", r.getOrDefault("ifindex", r.get("interfaceindex")));
            v.put("destinationprefix", r.get("destinationprefix"));
            v.put("nexthop", r.get("nexthop"));
            v.put("routemetric", r.get("routemetric"));
            v.put("ifmetric", r.getOrDefault("ifmetric", r.get("interfacemetric")));
            v.put("policystore", r.getOrDefault("policystore", r.get("store")));
            v.put("interfacealias", r.get("interfacealias"));
            v.values().removeIf(x -> x == null || x.isEmpty());
            add(v, recordLines.getOrDefault("destinationprefix", recordLine),
                    recordLines.getOrDefault("nexthop", recordLine));
            recordLines.clear();
        }

        private void add(Map<String, String> v, int n, int nextHopLine) {
            String store = v.get("policystore");
            String prefixText = v.get("destinationprefix");
            String nextHop = v.get("nexthop");
            String index = v.get("ifindex");
            if (prefixText == null || nextHop == null || index == null) {
                throw fail(n, "ifIndex, DestinationPrefix and NextHop on every route, found "
                        + (prefixText == null ? "no DestinationPrefix" : nextHop == null ? "no NextHop" : "no ifIndex"));
            }
            for (String cell : new String[] {prefixText, nextHop}) {
                if (cell.endsWith("...") || cell.endsWith("\u2026")) {
                    throw fail(n, "whole values, found " + Fields.quote(cell) + ", cut short by PowerShell's table "
                            + "view: run Get-NetRoute | Format-Table -AutoSize, or Get-NetRoute | Format-List");
                }
            }
            if (!Lines.isDigits(index)) {
                throw fail(n, "an interface index (a number) as ifIndex, found " + Fields.quote(index));
            }
            int slash = prefixText.indexOf('/');
            IpAddress dest = slash < 0 ? null : IpAddress.tryParse(prefixText.substring(0, slash));
            if (dest == null) {
                throw fail(n, "a DestinationPrefix such as 0.0.0.0/0 or fe80::/64, found " + Fields.quote(prefixText));
            }
            AddressFamily f = dest.family();
            int length = Prefix.parseLength(prefixText.substring(slash + 1), f == AddressFamily.INET ? 32 : 128);
            if (length < 0) {
                throw fail(n, "a DestinationPrefix with a prefix length, found " + Fields.quote(prefixText));
            }
            Prefix prefix = Prefix.of(dest.withoutZone(), length);
            if (!prefix.address().equals(dest.withoutZone())) {
                throw fail(n, "a DestinationPrefix with no bits outside its prefix (Windows prints " + prefix
                        + "), found " + Fields.quote(prefixText));
            }
            String routeMetric = v.get("routemetric");
            String ifMetric = v.get("ifmetric");
            Long routeValue = routeMetric == null ? null : Metrics.parse(source, n, routeMetric);
            Long ifValue = ifMetric == null ? null : Metrics.parse(source, n, ifMetric);
            if (store != null && store.equalsIgnoreCase("PersistentStore")) {
                return; // configuration, not the live table: as route print's Persistent Routes
            }
            String alias = v.get("interfacealias");
            String iface = alias != null ? alias : index;
            IpAddress hop = IpAddress.tryParse(nextHop);
            if (hop == null || hop.family() != f) {
                throw fail(nextHopLine, "an " + (f == AddressFamily.INET ? "IPv4" : "IPv6") + " address as NextHop, "
                        + "found " + Fields.quote(nextHop));
            }
            // 0.0.0.0 and :: are Get-NetRoute's on-link, route print's On-link
            Gateway gateway = hop.high() == 0 && hop.low() == 0 ? new Gateway.Interface(iface) : new Gateway.Address(hop);
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("If", index);
            if (routeMetric != null) {
                attributes.put("RouteMetric", routeMetric);
            }
            if (ifMetric != null) {
                attributes.put("ifMetric", ifMetric);
            }
            // What route print shows as Metric and what Windows compares between routes: the route's metric plus its
            // interface's. Without the interface metric (an interface with no IP configuration) there is no such sum.
            Long metric = routeValue != null && ifValue != null
                    ? Math.min(routeValue + ifValue, Route.MAX_METRIC) : null;
            routes.add(new Route(f, prefix, prefixText, length == (f == AddressFamily.INET ? 32 : 128), gateway,
                    RouteFlags.NONE, iface, Expire.NONE, n, attributes, metric));
        }

        private RouteInputException fail(int line, String problem) {
            return new RouteInputException(source, line, "expected " + problem);
        }
    }
}
