package dev.routediff.cli.render;

import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --redact}: public IPv4 and IPv6 addresses and MAC addresses in the output become placeholders
 * ({@code pub4-1}, {@code pub6-1}, {@code mac-1}) so that a report can go into a public ticket. Private and special
 * ranges, prefix lengths and netmasks stay as they are.
 *
 * <p>It works on the text a command writes, line by line, so every format is redacted the same way. Placeholders
 * are numbered in address order over every address the inputs and the command line hold (registered before the
 * first line is written), not in order of appearance: the same inputs give the same placeholders in the text table,
 * JSON, Markdown and HTML. An address met only while writing (one a rule set derived) is numbered after those.
 */
public final class Redactor {

    /**
     * Candidates, checked by {@link #replacement}: an IPv6 literal or a colon-separated MAC (hex groups and colons,
     * a dotted IPv4 tail, a zone, a length), a dash-separated MAC, a dotted IPv4 address with an optional length, and
     * netstat's shortened networks with an explicit length ({@code 52.94/16}).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\w:.%-])(?:"
                    + "(?<colon>[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}){0,3})(?<zone>%[\\w.-]+)?"
                    + "|(?<dashmac>[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})"
                    + "|(?<v4>\\d{1,3}(?:\\.\\d{1,3}){3})"
                    + "|(?<short>\\d{1,3}(?:\\.\\d{1,3}){1,2})(?=/\\d)"
                    + ")(?<len>/\\d{1,3})?(?![\\w-])(?!\\.\\d)");

    private final TreeSet<IpAddress> known4 = new TreeSet<>();
    private final TreeSet<IpAddress> known6 = new TreeSet<>();
    private final TreeSet<Long> knownMacs = new TreeSet<>();
    private final Map<String, String> placeholders = new HashMap<>();
    private boolean numbered;
    private int next4;
    private int next6;
    private int nextMac;

    /** Registers the public addresses of a text (a command line argument, a setting) for numbering. */
    public void register(String text) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Token t = token(m);
            if (t != null && t.isPublic()) {
                remember(t);
            }
        }
    }

    /**
     * Registers a table's addresses and returns the table to render: the same one, or, when netstat printed a public
     * destination shortened without a length ({@code 52.94.1} for a /24), a copy whose printed form is the full
     * CIDR, which a text filter can recognise.
     */
    public RouteTable prepare(RouteTable table) {
        List<Route> rewritten = null;
        for (int i = 0; i < table.size(); i++) {
            Route r = table.route(i);
            register(r.destination().toString());
            register(r.gateway().text());
            for (String v : r.attributes().values()) {
                register(v);
            }
            boolean hidden = isPublic(r.destination().address(), r.destination().length())
                    && !r.destinationRaw().contains(r.destination().address().toString());
            if (hidden && rewritten == null) {
                rewritten = new ArrayList<>(table.routes().subList(0, i));
            }
            if (rewritten != null) {
                rewritten.add(hidden ? new Route(r.family(), r.destination(), r.destination().toString(), r.host(),
                        r.gateway(), r.flags(), r.iface(), r.expire(), r.line(), r.attributes()) : r);
            }
        }
        if (rewritten == null) {
            return table;
        }
        RouteTable redacted = new RouteTable(table.source(), table.parserId(), rewritten);
        // policy rules name tables, marks and (rarely) private ranges: they are kept as read
        return table.policy().isEmpty() ? redacted : redacted.withPolicy(table.policy());
    }

    /** One line (or any text without a token cut in two) with its public addresses replaced. */
    public String redact(CharSequence text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            Token t = token(m);
            if (t == null || !t.isPublic()) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 16);
            }
            String p = placeholder(t);
            sb.append(text, last, m.start()).append(p);
            if (t.zone != null) {
                sb.append(t.zone);
            }
            if (t.length != null) {
                sb.append(t.length);
            }
            last = m.end();
            last = keepColumns(text, last, sb, (m.end() - m.start()) - (p.length()
                    + (t.zone == null ? 0 : t.zone.length()) + (t.length == null ? 0 : t.length.length())));
        }
        if (sb == null) {
            return text.toString();
        }
        return sb.append(text, last, text.length()).toString();
    }

    /**
     * An aligned table pads a cell with spaces up to the column's width and two more: a placeholder of another
     * length than its address takes or gives back that many of them, so the columns after it stay in line.
     */
    private static int keepColumns(CharSequence text, int at, StringBuilder sb, int shorter) {
        int spaces = 0;
        while (at + spaces < text.length() && text.charAt(at + spaces) == ' ') {
            spaces++;
        }
        if (spaces < 2 || shorter == 0) {
            return at;
        }
        if (shorter > 0) {
            sb.append(" ".repeat(shorter));
            return at;
        }
        return at + Math.min(-shorter, spaces - 1);
    }

    /** True when this address (of a prefix this long, or -1) would be replaced. */
    public static boolean isPublic(IpAddress a, int length) {
        return new Token(a, null, length < 0 ? null : "/" + length, null).isPublic();
    }

    private void remember(Token t) {
        if (t.address == null) {
            knownMacs.add(t.mac);
        } else if (t.address.family() == AddressFamily.INET) {
            known4.add(t.address.withoutZone());
        } else {
            known6.add(t.address.withoutZone());
        }
    }

    private String placeholder(Token t) {
        if (!numbered) {
            numbered = true;
            for (IpAddress a : known4) {
                placeholders.put(a.toString(), "pub4-" + ++next4);
            }
            for (IpAddress a : known6) {
                placeholders.put(a.toString(), "pub6-" + ++next6);
            }
            for (Long m : knownMacs) {
                placeholders.put(macKey(m), "mac-" + ++nextMac);
            }
        }
        String key = t.address == null ? macKey(t.mac) : t.address.withoutZone().toString();
        String p = placeholders.get(key);
        if (p == null) {
            p = t.address == null ? "mac-" + ++nextMac
                    : t.address.family() == AddressFamily.INET ? "pub4-" + ++next4 : "pub6-" + ++next6;
            placeholders.put(key, p);
        }
        return p;
    }

    private static String macKey(long mac) {
        return "mac:" + Long.toHexString(mac);
    }

    private static Token token(Matcher m) {
        String len = m.group("len");
        String colon = m.group("colon");
        if (colon != null) {
            IpAddress a = IpAddress.tryParse(colon);
            if (a != null && a.family() == AddressFamily.INET6) {
                if (len != null && Integer.parseInt(len.substring(1)) > 128) {
                    return null;
                }
                return new Token(a, m.group("zone"), len, null);
            }
            return len == null && m.group("zone") == null ? mac(colon.split(":", -1)) : null;
        }
        String dash = m.group("dashmac");
        if (dash != null) {
            return len == null ? mac(dash.split("-", -1)) : null;
        }
        String v4 = m.group("v4");
        if (v4 == null) {
            v4 = m.group("short");
            String[] parts = v4.split("\\.");
            StringBuilder full = new StringBuilder(v4);
            for (int i = parts.length; i < 4; i++) {
                full.append(".0");
            }
            v4 = full.toString();
        }
        IpAddress a = IpAddress.tryParse(v4);
        if (a == null || a.family() != AddressFamily.INET
                || (len != null && Integer.parseInt(len.substring(1)) > 32)) {
            return null;
        }
        return new Token(a, null, len, null);
    }

    /** Six groups of one or two hex digits (netstat drops leading zeros), or nothing. */
    private static Token mac(String[] groups) {
        if (groups.length != 6) {
            return null;
        }
        long v = 0;
        for (String g : groups) {
            if (g.isEmpty() || g.length() > 2) {
                return null;
            }
            v = v << 8 | Long.parseLong(g, 16);
        }
        return new Token(null, null, null, v);
    }

    /** An address (with its zone and "/len" text when printed) or a MAC address. */
    private record Token(IpAddress address, String zone, String length, Long mac) {

        boolean isPublic() {
            if (address == null) {
                boolean broadcast = mac == 0xFFFF_FFFF_FFFFL;
                boolean multicast = (mac >>> 24) == 0x01005EL || (mac >>> 32) == 0x3333L;
                return !broadcast && !multicast && mac != 0;
            }
            int len = length == null ? -1 : Integer.parseInt(length.substring(1));
            if (address.family() == AddressFamily.INET) {
                // networks shorter than a /8 (0/1, 128/1, 0/0) name no one
                return (len < 0 || len >= 8) && isPublicIpv4(address.low());
            }
            return (len < 0 || len >= 16) && isPublicIpv6(address);
        }
    }

    private static boolean isPublicIpv4(long v) {
        int a = (int) (v >>> 24 & 0xFF);
        int b = (int) (v >>> 16 & 0xFF);
        int c = (int) (v >>> 8 & 0xFF);
        if (a == 0 || a == 10 || a == 127 || a >= 224) {
            return false; // this network, private, loopback, multicast, reserved and broadcast
        }
        if ((a == 100 && (b & 0xC0) == 64) || (a == 169 && b == 254) || (a == 172 && (b & 0xF0) == 16)
                || (a == 192 && b == 168) || (a == 198 && (b & 0xFE) == 18)) {
            return false; // shared (CGNAT), link-local, private, benchmarking
        }
        if ((a == 192 && b == 0 && (c == 0 || c == 2)) || (a == 198 && b == 51 && c == 100)
                || (a == 203 && b == 0 && c == 113)) {
            return false; // IETF protocol assignments and the documentation ranges
        }
        return !isNetmask(v);
    }

    /** 128.0.0.0, 192.0.0.0 …: Windows prints netmasks beside destinations, and a mask names no one. */
    private static boolean isNetmask(long v) {
        long inverted = ~v & 0xFFFF_FFFFL;
        return (inverted & (inverted + 1)) == 0;
    }

    private static boolean isPublicIpv6(IpAddress a) {
        long hi = a.high();
        int first16 = (int) (hi >>> 48);
        if ((first16 & 0xE000) != 0x2000) {
            return false; // only global unicast (2000::/3) names a network: not ::1, fe80::/10, fc00::/7, ff00::/8
        }
        return !(first16 == 0x2001 && (int) (hi >>> 32 & 0xFFFF) == 0x0db8); // documentation
    }

    /** For tests and docs: what a token would become, without numbering anything new. */
    static String kindOf(String text) {
        Matcher m = TOKEN.matcher(text);
        if (!m.matches()) {
            return "none";
        }
        Token t = token(m);
        if (t == null) {
            return "none";
        }
        return (t.isPublic() ? "public " : "kept ") + (t.address == null ? "mac" : t.address.family().label()
                .toLowerCase(Locale.ROOT));
    }
}
