package dev.routediff.parser.windows;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.Metrics;
import dev.routediff.core.input.LineSource;
import dev.routediff.core.input.PasteCleaner;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.spi.RouteInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One parse of one input. The layout is recognised by structure (rule lines, the interface rows, titles naming
 * IPv4/IPv6, column shapes), because every display language translates the words. Only a paste that starts below
 * that structure (at {@code Active Routes:}, {@code Persistent Routes:} or the column header) is recognised by the
 * words of the languages in {@link Lines}; its family then comes from the header or the rows.
 */
final class TableReader {

    private enum State {
        /** Before the first rule line or fragment start: a shell prompt or another command's output. */
        PREAMBLE,
        /** Just after the first rule line: the interface list title, or a table title when the list is missing. */
        OPENED,
        INTERFACES,
        /** After the interface list or a table: the next table title. */
        BETWEEN,
        /** After a table title: its rule line. */
        TABLE_RULE,
        /** After the table's rule line: the Active Routes title. */
        SECTION_TITLE,
        /** After a section title: None, or a column header. */
        SECTION_START,
        ROWS,
        AFTER_SECTION
    }

    private record Pending(String[] tokens, String text, int line) {
    }

    private final String source;
    /** Rows go straight into the table's compact store: a big table is never held as objects. */
    private final RouteTable.Builder routes;
    private final Map<Integer, String> interfaceNames = new HashMap<>();
    private final Map<Integer, Integer> interfaceLines = new HashMap<>();
    private State state = State.PREAMBLE;
    private AddressFamily family;
    private int sectionsInTable;
    private boolean persistent;
    private Pending pending;
    private int firstLineNumber;
    private String firstLine;
    /** The table title was found in the preamble: if no rule or section title follows, it was not one. */
    private boolean tentativeTitle;
    /** Families whose Active Routes were read: a second one of the same family is a second table. */
    private final Set<AddressFamily> activeRead = EnumSet.noneOf(AddressFamily.class);
    private boolean activeSection;
    private int persistentTitleLine;
    /** Where the table starts (its first structural line) and where the current run of non-row lines starts. */
    private int tableStart;
    private int blockStart;
    private int lastDataLine;
    /** A line after a table that is not a title: an error, unless an interface list follows (a second table). */
    private String strayLine;
    private int strayNumber;

    TableReader(String source) {
        this.source = source;
        this.routes = RouteTable.builder(source, WindowsRouteParser.ID, 64);
    }

    RouteTable read(Reader input) throws IOException {
        LineSource lines = new LineSource(input, source);
        String line;
        int last = 0;
        while ((line = lines.next()) != null) {
            last = lines.lineNumber();
            if (firstLine == null && !line.isBlank()) {
                firstLine = line;
                firstLineNumber = last;
            }
            accept(line, last);
        }
        finish(last);
        return routes.build();
    }

    private void accept(String line, int n) {
        if (pending != null) {
            if (line.isBlank()) {
                return; // a paste's blank line between a wrapped row and its gateway
            }
            joinWrapped(line, n);
            lastDataLine = n;
            return;
        }
        if (line.isBlank()) {
            return;
        }
        if (blockStart <= lastDataLine) {
            blockStart = n;
        }
        if (strayLine != null) {
            String stray = strayLine;
            strayLine = null;
            if (Lines.INTERFACE_ROW.matcher(line).matches()) {
                throw secondTable("a second interface list");
            }
            throw fail(strayNumber, "a table title naming IPv4 or IPv6 (such as 'IPv4 Route Table') or a section title"
                    + " such as 'Persistent Routes:', found " + Fields.quote(stray));
        }
        boolean rule = Lines.isSeparator(line);
        switch (state) {
            case PREAMBLE -> {
                if (rule) {
                    start(n);
                    state = State.OPENED;
                } else if (Lines.INTERFACE_ROW.matcher(line).matches()) {
                    start(n);
                    state = State.INTERFACES;
                    interfaceRow(line, n);
                } else if (fragmentStart(line, n)) {
                    start(n);
                } else if (Lines.isStandaloneTitle(line)) {
                    start(n);
                    tableTitle(line, n);
                    tentativeTitle = true;
                }
            }
            case OPENED -> {
                if (rule) {
                    return;
                }
                if (Lines.INTERFACE_ROW.matcher(line).matches()) {
                    state = State.INTERFACES;
                    interfaceRow(line, n);
                } else if (Lines.titleFamily(line) != 0 && !Lines.isSectionTitle(line)) {
                    tableTitle(line, n);
                } else if (!fragmentStart(line, n)) {
                    state = State.INTERFACES; // the title of the interface list, in whatever language
                }
            }
            case INTERFACES -> {
                if (rule) {
                    state = State.BETWEEN;
                } else if (Lines.INTERFACE_ROW.matcher(line).matches()) {
                    interfaceRow(line, n);
                } else if (Lines.isStandaloneTitle(line)) {
                    tableTitle(line, n); // the rule under the interface list is missing
                } else if (!fragmentStart(line, n)) {
                    throw fail(n, "an interface row such as ' 12...00 15 5d 0e 76 41 ......Ethernet Adapter' or a ==== line, found "
                            + Fields.quote(line));
                }
            }
            case BETWEEN, AFTER_SECTION -> {
                if (rule) {
                    return;
                }
                if (state == State.AFTER_SECTION && Lines.isSectionTitle(line)) {
                    sectionTitle(line, n);
                } else if (Lines.titleFamily(line) != 0 && !Lines.isSectionTitle(line)) {
                    tableTitle(line, n);
                } else if (Lines.INTERFACE_ROW.matcher(line).matches() && family != null) {
                    throw secondTable("a second interface list");
                } else if (fragmentStart(line, n)) {
                    return;
                } else if (family != null) {
                    strayLine = line; // a second route print's interface list title, or junk: the next line tells
                    strayNumber = n;
                } else {
                    throw fail(n, "a table title naming IPv4 or IPv6 (such as 'IPv4 Route Table')"
                            + (state == State.AFTER_SECTION ? " or a section title such as 'Persistent Routes:'" : "")
                            + ", found " + Fields.quote(line));
                }
            }
            case TABLE_RULE -> {
                if (rule) {
                    tentativeTitle = false;
                    state = State.SECTION_TITLE;
                } else if (Lines.isSectionTitle(line)) {
                    tentativeTitle = false;
                    sectionTitle(line, n); // the rule under the title is missing
                } else if (tentativeTitle) {
                    // a line naming IPv4 in another command's output: not a route table after all
                    tentativeTitle = false;
                    family = null;
                    state = State.PREAMBLE;
                    accept(line, n);
                } else {
                    throw fail(n, "a ==== line or a section title such as 'Active Routes:' under the table title, found "
                            + Fields.quote(line));
                }
            }
            case SECTION_TITLE -> {
                if (rule) {
                    return;
                }
                if (!Lines.isSectionTitle(line) && !fragmentStart(line, n)) {
                    throw fail(n, "a section title such as 'Active Routes:', found " + Fields.quote(line));
                } else if (Lines.isSectionTitle(line)) {
                    sectionTitle(line, n);
                }
            }
            case SECTION_START -> {
                if (rule) {
                    state = State.AFTER_SECTION; // a section with neither rows nor None
                } else if (Lines.isNone(line)) {
                    lastDataLine = n;
                    state = State.AFTER_SECTION;
                } else if (looksLikeRow(line)) {
                    throw fail(n, "a column header such as 'Network Destination  Netmask  Gateway  Interface  Metric' before the first row, found "
                            + Fields.quote(line));
                } else if (Lines.isSectionTitle(line)) {
                    sectionTitle(line, n);
                } else {
                    header(line, Lines.headerKind(line)); // the column header, in whatever language
                }
            }
            case ROWS -> {
                if (rule) {
                    state = State.AFTER_SECTION;
                } else if (Lines.isSectionTitle(line)) {
                    sectionTitle(line, n);
                } else if (Lines.titleFamily(line) != 0 && !looksLikeRow(line)) {
                    tableTitle(line, n);
                } else if (Lines.headerKind(line) != 0) {
                    throw secondTable("a second column header");
                } else {
                    row(line, n);
                    lastDataLine = n;
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void start(int n) {
        if (tableStart == 0) {
            tableStart = n;
        }
    }

    /**
     * A paste that starts (or goes on, its rule lines missing) at a section title or a column header in a known
     * language: true when the line was one and has been taken.
     */
    private boolean fragmentStart(String line, int n) {
        if (Lines.isActiveTitle(line) || Lines.isPersistentTitle(line)) {
            sectionTitle(line, n);
            return true;
        }
        int kind = Lines.headerKind(line);
        if (kind == 0) {
            return false;
        }
        boolean persistentHeader = kind < 0;
        if (!persistentHeader) {
            startActive(kind == 4 ? AddressFamily.INET : AddressFamily.INET6, n);
        } else {
            family = AddressFamily.INET;
            persistent = true;
            sectionsInTable = 2;
            persistentTitleLine = n;
        }
        state = State.ROWS;
        return true;
    }

    /** The column header under a section title: it tells the family when no table title did. */
    private void header(String line, int kind) {
        if (family == null && kind != 0) {
            family = Math.abs(kind) == 4 ? AddressFamily.INET : AddressFamily.INET6;
            if (activeSection) {
                activeRead.add(family);
            }
        }
        state = State.ROWS;
    }

    private RouteInputException secondTable(String what) {
        return PasteCleaner.secondTable(source, blockStart, Math.max(1, tableStart), what);
    }

    private void finish(int last) {
        if (strayLine != null) {
            throw fail(strayNumber, "a table title naming IPv4 or IPv6 (such as 'IPv4 Route Table') or a section title"
                    + " such as 'Persistent Routes:', found " + Fields.quote(strayLine));
        }
        if (pending != null) {
            throw fail(pending.line() + 1, "the gateway of the IPv6 row on line " + pending.line()
                    + " on the next line, found the end of the input");
        }
        switch (state) {
            case PREAMBLE -> throw fail(firstLine == null ? 1 : firstLineNumber,
                    "route print output (from its ==== line, the interface list, 'IPv4 Route Table', 'Active Routes:' or"
                    + " the column header), found " + (firstLine == null ? "no text" : Fields.quote(firstLine)));
            case OPENED, INTERFACES, BETWEEN -> {
                if (family == null) {
                    throw fail(last + 1, "an IPv4 or IPv6 route table after the interface list, found the end of the input");
                }
            }
            case TABLE_RULE, SECTION_TITLE -> throw fail(last + 1,
                    "the Active Routes section of the " + family.label() + " table, found the end of the input");
            case SECTION_START -> {
                if (!persistent) {
                    throw fail(last + 1, "the rows of the Active Routes section (or None), found the end of the input");
                }
                // a copy cut right after the Persistent Routes title: that section is never part of the table
            }
            default -> {
                // ROWS or AFTER_SECTION: a complete table
            }
        }
        if (!anyActive && persistentTitleLine > 0) {
            throw fail(persistentTitleLine, "an Active Routes section: Persistent Routes are the routes stored with"
                    + " route -p, not the live table; copy from 'Active Routes:' (or paste the whole route print)");
        }
    }

    private void tableTitle(String line, int n) {
        AddressFamily f = Lines.titleFamily(line) == 4 ? AddressFamily.INET : AddressFamily.INET6;
        if (activeRead.contains(f)) {
            throw secondTable("a second " + label(f) + " route table");
        }
        family = f;
        sectionsInTable = 0;
        activeSection = false;
        persistent = false;
        state = State.TABLE_RULE;
    }

    private static String label(AddressFamily f) {
        return f == AddressFamily.INET ? "IPv4" : "IPv6";
    }

    /** An Active Routes section begins (its family may still be unknown in a fragment: then its rows tell). */
    private void startActive(AddressFamily f, int n) {
        if (sectionsInTable > 0 || f != null && activeRead.contains(f)) {
            throw secondTable("a second " + (f == null ? "" : label(f) + " ") + "Active Routes section");
        }
        if (f != null) {
            family = f;
            activeRead.add(f);
        }
        persistent = false;
        activeSection = true;
        anyActive = true;
        sectionsInTable = 1;
    }

    private void sectionTitle(String line, int n) {
        boolean persistentTitle;
        if (Lines.isPersistentTitle(line)) {
            persistentTitle = true;
        } else if (Lines.isActiveTitle(line)) {
            persistentTitle = false;
        } else {
            if (sectionsInTable == 2) {
                throw fail(n, "a table title or the end of the input after the Persistent Routes section, found "
                        + Fields.quote(line));
            }
            // Windows always prints Active Routes first and Persistent Routes second; their words are translated
            persistentTitle = sectionsInTable == 1;
        }
        if (persistentTitle) {
            if (sectionsInTable == 2) {
                throw fail(n, "a table title or the end of the input after the Persistent Routes section, found "
                        + Fields.quote(line));
            }
            persistent = true;
            activeSection = false;
            sectionsInTable = 2;
            if (persistentTitleLine == 0) {
                persistentTitleLine = n;
            }
        } else {
            startActive(family, n);
        }
        state = State.SECTION_START;
    }

    private boolean anyActive;

    private boolean looksLikeRow(String line) {
        String[] t = Lines.tokens(line);
        if (t.length == 0) {
            return false;
        }
        if (family == AddressFamily.INET6 || family == null) {
            if (t.length >= 3 && Lines.isDigits(t[0]) && Lines.isDigits(t[1])) {
                return true;
            }
        }
        return IpAddress.tryParse(t[0]) != null;
    }

    private void interfaceRow(String line, int n) {
        Matcher m = Lines.INTERFACE_ROW.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("not an interface row");
        }
        int index;
        try {
            index = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw fail(n, "an interface index below 2^31, found " + Fields.quote(m.group(1)));
        }
        String rest = m.group(2);
        Matcher mac = Lines.MAC_AND_NAME.matcher(rest);
        String name;
        if (mac.matches()) {
            name = mac.group(2).strip();
        } else {
            int i = 0;
            while (i < rest.length() && rest.charAt(i) == '.') {
                i++;
            }
            name = rest.substring(i).strip();
        }
        // one blank between words, whatever a paste made of the padding (a tab, squeezed or doubled blanks)
        name = String.join(" ", Fields.split(name));
        Integer first = interfaceLines.putIfAbsent(index, n);
        if (first != null) {
            throw fail(n, "each interface index once in the interface list, found " + index + " again (first on line " + first + ")");
        }
        interfaceNames.put(index, name);
    }

    private void row(String line, int n) {
        String[] t = Lines.tokens(line);
        if (family == null) {
            // a fragment that starts at a section title: the first row shows the family
            IpAddress first = IpAddress.tryParse(t[0]);
            AddressFamily f = first != null && first.family() == AddressFamily.INET ? AddressFamily.INET
                    : t.length >= 3 && Lines.isDigits(t[0]) && Lines.isDigits(t[1]) ? AddressFamily.INET6 : null;
            if (f == null) {
                throw fail(n, "an IPv4 row (destination, netmask, gateway, interface, metric) or an IPv6 row (If, metric,"
                        + " destination, gateway), found " + Fields.quote(line));
            }
            if (activeSection && activeRead.contains(f)) {
                throw secondTable("a second " + label(f) + " Active Routes section");
            }
            family = f;
            if (activeSection) {
                activeRead.add(f);
            }
        }
        if (family == AddressFamily.INET) {
            if (persistent) {
                persistentV4(t, line, n);
            } else {
                routeV4(t, line, n);
            }
        } else if (t.length == 3 && Lines.isDigits(t[0]) && Lines.isDigits(t[1])) {
            // a destination too wide for its column pushes the gateway onto the next line
            pending = new Pending(t, line, n);
        } else {
            routeV6(t, line, n, n);
        }
    }

    private void joinWrapped(String line, int n) {
        Pending p = pending;
        pending = null;
        String[] g = Lines.tokens(line);
        boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
        // route print indents the gateway to its column; a paste with squeezed blanks may leave it at the margin,
        // where it is still told apart from a row (which starts with the If number) and a title (which ends in ':')
        boolean gatewayOnly = g.length >= 1 && !Lines.isDigits(g[0]) && (indented
                ? g.length == 1 || Lines.isOnLink(line.strip())
                : !line.strip().endsWith(":") && (g.length == 1 && (Lines.isOnLink(g[0]) || IpAddress.tryParse(g[0]) != null)
                        || g.length == 2 && Lines.isOnLink(line.strip())));
        if (!gatewayOnly) {
            throw fail(n, "the gateway of the IPv6 row on line " + p.line() + " alone on this line, found "
                    + (line.isBlank() ? "a blank line" : Fields.quote(line)));
        }
        String[] joined = new String[3 + g.length];
        System.arraycopy(p.tokens(), 0, joined, 0, 3);
        System.arraycopy(g, 0, joined, 3, g.length);
        routeV6(joined, p.text() + " " + line.strip(), p.line(), n);
    }

    private void routeV4(String[] t, String line, int n) {
        if (t.length < 5) {
            throw fail(n, "an IPv4 row of 5 columns (destination, netmask, gateway, interface, metric), found " + Fields.quote(line));
        }
        IpAddress dest = address(t[0], AddressFamily.INET, "the network destination", n);
        int length = netmask(t[1], n);
        Prefix prefix = exactPrefix(dest, length, t[0] + " with netmask " + t[1], n);
        IpAddress ifAddress = address(t[t.length - 2], AddressFamily.INET, "the interface address", n);
        long metric = metric(t[t.length - 1], n);
        String iface = ifAddress.toString();
        Gateway gateway = gateway(join(t, 2, t.length - 2), AddressFamily.INET, iface, n);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Netmask", t[1]);
        routes.add(new Route(AddressFamily.INET, prefix, t[0], length == 32, gateway, RouteFlags.NONE, iface,
                Expire.NONE, n, attributes, metric));
    }

    /** Persistent routes are configuration, not the live table: checked so bad input is still reported, then left out. */
    private void persistentV4(String[] t, String line, int n) {
        if (t.length < 4) {
            throw fail(n, "a persistent IPv4 row of 4 columns (destination, netmask, gateway, metric), found " + Fields.quote(line));
        }
        IpAddress dest = address(t[0], AddressFamily.INET, "the network address", n);
        exactPrefix(dest, netmask(t[1], n), t[0] + " with netmask " + t[1], n);
    }

    private void routeV6(String[] t, String line, int n, int lastLine) {
        if (t.length < 4) {
            throw fail(n, "an IPv6 row of 4 columns (interface index, metric, destination, gateway), found " + Fields.quote(line));
        }
        if (!Lines.isDigits(t[0])) {
            throw fail(n, "an interface index (a number) in the first column, found " + Fields.quote(t[0]));
        }
        long metric = metric(t[1], n);
        int slash = t[2].indexOf('/');
        IpAddress dest = address(slash < 0 ? t[2] : t[2].substring(0, slash), AddressFamily.INET6, "the network destination", n);
        int length = slash < 0 ? -1 : Prefix.parseLength(t[2].substring(slash + 1), 128);
        if (length < 0) {
            throw fail(n, "an IPv6 destination with a prefix length 0..128 such as fe80::/64, found " + Fields.quote(t[2]));
        }
        Prefix prefix = exactPrefix(dest, length, t[2], n);
        if (persistent) {
            return; // configuration, not the live table (see persistentV4)
        }
        int index = Integer.parseInt(t[0]);
        String name = interfaceNames.get(index);
        String iface = name != null && !name.isEmpty() ? name : t[0];
        Gateway gateway = gateway(join(t, 3, t.length), AddressFamily.INET6, iface, lastLine);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("If", t[0]);
        routes.add(new Route(AddressFamily.INET6, prefix, t[2], length == 128, gateway, RouteFlags.NONE, iface,
                Expire.NONE, n, attributes, metric));
    }

    private Gateway gateway(String text, AddressFamily f, String iface, int n) {
        IpAddress a = IpAddress.tryParse(text);
        if (a != null && a.family() == f) {
            return new Gateway.Address(a);
        }
        if (a == null && Lines.isOnLink(text)) {
            // directly connected: the route's own interface, as BSD prints an interface for route add -interface
            return new Gateway.Interface(iface);
        }
        String what = "an " + f.label().replace("inet6", "IPv6").replace("inet", "IPv4") + " address or On-link as the gateway";
        throw fail(n, nameHint(what, text));
    }

    private IpAddress address(String token, AddressFamily f, String what, int n) {
        IpAddress a = IpAddress.tryParse(token);
        String kind = f == AddressFamily.INET ? "an IPv4 address" : "an IPv6 address";
        if (a == null || a.family() != f) {
            throw fail(n, nameHint(kind + " as " + what, token));
        }
        return a;
    }

    /** Names are never resolved: the user is told which command prints addresses instead. */
    private static String nameHint(String expected, String found) {
        if (IpAddress.tryParse(found) == null && Lines.looksLikeName(found)) {
            return expected + " (run route print, which prints addresses, not names), found the name " + Fields.quote(found);
        }
        return expected + ", found " + Fields.quote(found);
    }

    private int netmask(String token, int n) {
        IpAddress mask = IpAddress.tryParse(token);
        if (mask == null || mask.family() != AddressFamily.INET) {
            throw fail(n, nameHint("an IPv4 netmask such as 255.255.255.0", token));
        }
        int length = Netmasks.prefixLength(mask);
        if (length < 0) {
            throw fail(n, "a contiguous netmask such as 255.255.255.0, found " + Fields.quote(token));
        }
        return length;
    }

    private Prefix exactPrefix(IpAddress dest, int length, String shown, int n) {
        Prefix p = Prefix.of(dest.withoutZone(), length);
        if (!p.address().equals(dest.withoutZone())) {
            throw fail(n, "a destination with no bits outside its prefix (Windows prints " + p + "), found " + Fields.quote(shown));
        }
        return p;
    }

    private long metric(String token, int n) {
        return Metrics.parse(source, n, token);
    }

    private static String join(String[] t, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(t).subList(from, to));
    }

    private RouteInputException fail(int line, String problem) {
        return new RouteInputException(source, line, "expected " + problem);
    }
}
