package dev.routediff.parser.linux;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.Metrics;
import com.google.auto.service.AutoService;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.AbstractRouteTableParser;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the "Kernel IP routing table" / "Kernel IPv6 routing table" printed by net-tools. {@code route} and
 * {@code netstat -r} share this code in net-tools, so one parser covers {@code route -n}, {@code route -6 -n},
 * {@code route -n -ee}, {@code netstat -rn}, {@code -rne} and {@code -rnee}: the columns come from the header.
 * Output printed without {@code -n} holds names and is refused.
 */
@AutoService(RouteTableParser.class)
public final class NetToolsRouteParser extends AbstractRouteTableParser {

    static final String ID = "linux-route";

    static final String TITLE_V4 = "Kernel IP routing table";
    /** Columns net-tools prints as unsigned numbers (the Metric is read elsewhere). */
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("Ref", "Use", "MSS", "Window", "irtt");
    static final String TITLE_V6 = "Kernel IPv6 routing table";

    public NetToolsRouteParser() {
        super(new ParserInfo(ID, "Linux net-tools route tables (route -n, netstat -rn; IPv4 and IPv6, numeric output)",
                List.of("Linux (net-tools)"), List.of("route -n", "route -6 -n", "route -n -ee", "route -vn",
                        "netstat -rn", "netstat -rne", "netstat -rnee", "netstat -6 -rn"), Platform.LINUX));
    }

    @Override
    public int detect(String sample) {
        List<String> lines = new ArrayList<>();
        for (String l : Text.completeLines(sample)) {
            if (!Fields.isBlankLine(l)) {
                // blanks of any kind and number are one: a tab-separated copy is detected like a padded one
                lines.add(String.join(" ", Fields.split(l)));
            }
            if (lines.size() == 2) {
                break;
            }
        }
        if (lines.size() == 2 && (lines.get(0).equals(TITLE_V4) || lines.get(0).equals(TITLE_V6))) {
            return Header.of(lines.get(1), AddressFamily.INET) != null
                    || Header.of(lines.get(1), AddressFamily.INET6) != null ? 95 : 0;
        }
        if (!lines.isEmpty() && Header.bare(lines.get(0)) != null) {
            return 60; // a header pasted without its title line
        }
        return 0;
    }

    @Override
    public RouteTable parse(Reader input, String source) throws IOException {
        LineSource lines = new LineSource(input, source);
        RouteTable.Builder routes = RouteTable.builder(source, ID, 64);
        AddressFamily titled = null;
        Header header = null;
        boolean any = false;
        for (String line = lines.next(); line != null; line = lines.next()) {
            int n = lines.lineNumber();
            if (Fields.isBlankLine(line)) {
                continue;
            }
            any = true;
            String s = line.strip();
            if (s.startsWith("Kernel")) {
                s = String.join(" ", Fields.split(s)); // "Kernel<TAB>IP<TAB>routing<TAB>table" in a tab-separated copy
            }
            if (s.equals(TITLE_V4) || s.equals(TITLE_V6)) {
                titled = s.equals(TITLE_V4) ? AddressFamily.INET : AddressFamily.INET6;
                header = null;
                continue;
            }
            if (header == null) {
                header = titled != null ? Header.of(s, titled) : Header.bare(s);
                if (header == null) {
                    throw new RouteInputException(source, n, titled == null
                            ? "expected 'Kernel IP routing table' or a Destination/Gateway/Genmask header, found "
                                    + Fields.quote(line)
                            : "expected the " + (titled == AddressFamily.INET ? "Destination Gateway Genmask Flags"
                                    : "Destination Next Hop Flag") + " header, found " + Fields.quote(line));
                }
                continue;
            }
            routes.add(row(source, n, line, header));
        }
        if (!any) {
            throw new RouteInputException(source, "expected 'Kernel IP routing table', found no lines");
        }
        if (header == null) {
            throw new RouteInputException(source, lines.lineNumber(),
                    "expected a header after the title, found the end of the input");
        }
        return routes.build();
    }

    private static Route row(String source, int n, String line, Header h) {
        List<String> f = Fields.split(line);
        if (f.size() != h.columns.size()) {
            throw new RouteInputException(source, n, "expected " + h.columns.size() + " columns ("
                    + String.join(" ", h.columns) + "), found " + f.size() + " in " + Fields.quote(line));
        }
        String dstText = f.get(h.destination);
        String gwText = f.get(h.gateway);
        String flagText = f.get(h.flags);
        String ifText = f.get(h.iface);
        // net-tools prints '*' (no device) and '-' (reject route) where there is no interface
        boolean noDevice = ifText.equals("*") || ifText.equals("-");
        String iface = noDevice ? "" : ifText;
        Prefix prefix;
        if (h.family == AddressFamily.INET) {
            IpAddress dst = numeric(source, n, h, "Destination", dstText);
            IpAddress mask = numeric(source, n, h, "Genmask", f.get(h.genmask));
            int len = Addresses.maskLength(mask);
            if (len < 0) {
                throw new RouteInputException(source, n, "expected a contiguous Genmask, found " + mask);
            }
            prefix = Addresses.exactPrefix(dst, len);
            if (prefix == null) {
                throw new RouteInputException(source, n, "expected a Destination with no bits beyond its Genmask,"
                        + " found " + dst + " with " + mask);
            }
        } else {
            prefix = v6Destination(source, n, h, dstText);
        }
        boolean reject = flagText.contains("!");
        IpAddress gw = null;
        if (!(reject && gwText.equals("-"))) {
            // still read: a name here means the whole table was printed without -n
            gw = numeric(source, n, h, h.family == AddressFamily.INET ? "Gateway" : "Next Hop", gwText);
        }
        Gateway gateway = Gateways.of(gw, reject, noDevice, iface);
        Map<String, String> attributes = new LinkedHashMap<>();
        Long metric = null;
        for (int i = 0; i < f.size(); i++) {
            String column = h.columns.get(i);
            if (column.equals("Metric") || column.equals("Met")) {
                metric = metric(source, n, f.get(i));
            } else if (i != h.destination && i != h.gateway && i != h.genmask && i != h.flags && i != h.iface) {
                // '-' is what net-tools prints in them for a reject route ('!' flag)
                if (COUNTERS.contains(column) && !f.get(i).equals("-")
                        && (!Fields.isDigits(f.get(i)) || f.get(i).length() > 20)) {
                    throw new RouteInputException(source, n, "expected a whole number in the " + column
                            + " column, found '" + f.get(i) + "'");
                }
                attributes.put(column, f.get(i));
            }
        }
        return new Route(h.family, prefix, dstText, prefix.length() == h.family.bits(), gateway,
                LinuxFlags.fromLetters(flagText, h.family), iface, Expire.NONE, n, attributes, metric);
    }

    /**
     * net-tools reads the IPv6 metric as the kernel's unsigned 32 bits and prints it with {@code %d}: the
     * 4294967295 of an unreachable or loopback row shows as {@code -1}. A negative int is read back that way.
     */
    private static long metric(String source, int n, String text) {
        if (text.startsWith("-") && text.length() > 1 && text.length() <= 11) {
            long magnitude = Metrics.valueOf(text.substring(1));
            if (magnitude > 0 && magnitude <= 1L << 31) {
                return (1L << 32) - magnitude;
            }
        }
        return Metrics.parse(source, n, text);
    }

    private static Prefix v6Destination(String source, int n, Header h, String text) {
        int slash = text.indexOf('/');
        IpAddress a = slash < 0 ? null : literal(text.substring(0, slash));
        if (a == null) {
            throw names(source, n, h, "Destination", text);
        }
        int len = Prefix.parseLength(text.substring(slash + 1), 128);
        if (len < 0) {
            throw new RouteInputException(source, n, "expected a prefix length 0..128, found '" + text + "'");
        }
        Prefix p = Addresses.exactPrefix(a, len);
        if (p == null) {
            throw new RouteInputException(source, n, "expected a Destination with no bits beyond /" + len
                    + ", found '" + text + "'");
        }
        return p;
    }

    /**
     * An IPv6 table's address: net-tools strips {@code ::ffff:} from IPv4-mapped addresses (its fix_v4_address),
     * so a bare dotted quad there is {@code ::ffff:a.b.c.d}, as in CentOS 7's {@code 0.0.0.0/96}.
     */
    private static IpAddress literal(String text) {
        IpAddress a = IpAddress.tryParse(text);
        if (a != null && a.family() == AddressFamily.INET) {
            return Addresses.v4Mapped(a);
        }
        return a;
    }

    private static IpAddress numeric(String source, int n, Header h, String column, String text) {
        IpAddress a = h.family == AddressFamily.INET ? IpAddress.tryParse(text) : literal(text);
        if (a == null || a.family() != h.family) {
            throw names(source, n, h, column, text);
        }
        return a;
    }

    /** Names (default, _gateway, host names, [::]) cannot be turned back into addresses without guessing. */
    private static RouteInputException names(String source, int n, Header h, String column, String text) {
        return new RouteInputException(source, n, "expected a numeric " + column + ", found '" + text
                + "' (names are printed without -n; run " + h.numericCommand() + ")");
    }

    /** The column positions of one table header. */
    static final class Header {
        final AddressFamily family;
        final List<String> columns;
        final int destination;
        final int gateway;
        final int genmask;
        final int flags;
        final int iface;

        private Header(AddressFamily family, List<String> columns) {
            this.family = family;
            this.columns = columns;
            this.destination = columns.indexOf("Destination");
            this.gateway = columns.indexOf(family == AddressFamily.INET ? "Gateway" : "Next Hop");
            this.genmask = family == AddressFamily.INET ? columns.indexOf("Genmask") : -1;
            this.flags = columns.indexOf(family == AddressFamily.INET ? "Flags" : "Flag");
            this.iface = columns.indexOf(family == AddressFamily.INET ? "Iface" : "If");
        }

        private boolean complete() {
            return destination == 0 && gateway > 0 && flags > 0 && iface > 0
                    && (family == AddressFamily.INET6 || genmask > 0);
        }

        /** The header of the given family, or null when the line is not one. */
        static Header of(String line, AddressFamily family) {
            List<String> raw = Fields.split(line);
            List<String> cols = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i).equals("Next") && i + 1 < raw.size() && raw.get(i + 1).equals("Hop")) {
                    cols.add("Next Hop");
                    i++;
                } else {
                    cols.add(raw.get(i));
                }
            }
            if (cols.size() != cols.stream().distinct().count()) {
                return null;
            }
            Header h = new Header(family, List.copyOf(cols));
            return h.complete() ? h : null;
        }

        /** A header without its title: Genmask means IPv4, Next Hop IPv6. */
        static Header bare(String line) {
            Header v4 = of(line, AddressFamily.INET);
            return v4 != null ? v4 : of(line, AddressFamily.INET6);
        }

        /** What to run instead of a name-printing command: netstat's layout has MSS before Iface. */
        String numericCommand() {
            if (family == AddressFamily.INET6) {
                return "route -6 -n";
            }
            int mss = columns.indexOf("MSS");
            return mss >= 0 && mss < iface ? "netstat -rn" : "route -n";
        }
    }
}
