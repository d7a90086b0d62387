package dev.routediff.parser.osquery;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.Metrics;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.spi.RouteInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the rows of one export into routes, the way the platform they came from meant them (see README). */
final class RouteMapper {

    /** The optional columns kept as attributes, in the routes table's column order. */
    private static final List<String> ATTRIBUTE_COLUMNS = List.of("source", "flags", "mtu", "type",
            "hopcount");
    private static final Prefix MULTICAST_V4 = Prefix.of(IpAddress.parse("224.0.0.0"), 4);
    private static final IpAddress LIMITED_BROADCAST = IpAddress.parse("255.255.255.255");

    private final String source;

    RouteMapper(String source) {
        this.source = source;
    }

    List<Route> map(Export export) {
        for (Row r : export.rows()) {
            for (String column : ExportReader.REQUIRED) {
                if (r.get(column) == null) {
                    throw fail(r.line(), "the routes table's column '" + column + "' in every row (destination, "
                            + "netmask, gateway and interface at least: select * from routes), found a row without it");
                }
            }
        }
        SourcePlatform platform = SourcePlatform.infer(export.rows());
        List<Row> rows = platform == SourcePlatform.MACOS ? mergeTypes(export.rows()) : export.rows();
        Set<String> upperHalves = platform == SourcePlatform.MACOS ? upperHalves(rows) : Set.of();
        List<Parsed> parsed = new ArrayList<>(rows.size());
        for (Row r : rows) {
            parsed.add(parse(r, platform, upperHalves));
        }
        Map<String, Prefix> connected = platform == SourcePlatform.WINDOWS ? connectedPrefixes(parsed) : Map.of();
        List<Route> routes = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            routes.add(route(p, platform, connected));
        }
        return routes;
    }

    /**
     * macOS's table lists a route once for each RTF_* flag it asks about (gateway, static, …), so a static default
     * route comes twice, as {@code gateway} and as {@code static} (osquery issue #2731 shows it). Rows equal in every
     * other column are one route; its types are joined in the order listed, its line is the first row's.
     */
    private static List<Row> mergeTypes(List<Row> rows) {
        Map<Map<String, String>, Integer> index = new HashMap<>();
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, String> key = new HashMap<>(r.columns());
            String type = key.remove("type");
            Integer at = index.get(key);
            if (at == null) {
                index.put(key, out.size());
                out.add(r);
            } else if (type != null) {
                Row first = out.get(at);
                Map<String, String> merged = new LinkedHashMap<>(first.columns());
                String types = merged.getOrDefault("type", "");
                merged.put("type", types.isEmpty() ? type : types + "," + type);
                out.set(at, new Row(merged, first.line()));
            }
        }
        return out;
    }

    /**
     * The interfaces (with the family, {@code en0/4}) that carry the upper half of the address space,
     * {@code 128.0.0.0/1} or {@code 8000::/1}: where a VPN put the two halves that override the default route.
     */
    private static Set<String> upperHalves(List<Row> rows) {
        Set<String> out = new HashSet<>();
        for (Row r : rows) {
            String d = r.get("destination").strip();
            if (r.get("netmask").strip().equals("1") && (d.equals("128.0.0.0") || d.equals("8000::"))) {
                out.add(r.get("interface").strip() + (d.indexOf(':') < 0 ? "/4" : "/6"));
            }
        }
        return out;
    }

    /** A row's destination read, before the gateway is settled. */
    private record Parsed(Row row, AddressFamily family, Prefix prefix, String iface, String gateway, String note) {
    }

    private Parsed parse(Row r, SourcePlatform platform, Set<String> upperHalves) {
        String destText = r.get("destination").strip();
        String maskText = r.get("netmask").strip();
        IpAddress dest = IpAddress.tryParse(destText);
        if (dest == null) {
            throw fail(r.line(), "an IP address as destination, found " + Fields.quote(destText));
        }
        AddressFamily family = dest.family();
        int max = family == AddressFamily.INET ? 32 : 128;
        int length = Prefix.parseLength(maskText, max);
        if (length < 0) {
            throw fail(r.line(), "a prefix length 0-" + max + " as netmask (osquery prints the mask's length, such "
                    + "as 24), found " + Fields.quote(maskText));
        }
        IpAddress address = dest.withoutZone();
        boolean zero = address.high() == 0 && address.low() == 0;
        if (length == 0 && !zero && (platform == SourcePlatform.LINUX || platform == SourcePlatform.UNKNOWN)) {
            // osquery's Linux table sets netmask only when rtm_dst_len is neither 32 nor 128, so host routes come
            // out as netmask 0; a non-zero destination with length 0 has no other reading
            length = max;
        }
        String note = null;
        String iface = r.get("interface").strip();
        if (length == 0 && zero && upperHalves.contains(iface + (family == AddressFamily.INET ? "/4" : "/6"))) {
            // osquery's macOS table prints netmask 0 for every 0.0.0.0 and :: destination (darwin/routes.cpp), so a
            // VPN's lower half 0/1 reads as a second default route; beside its upper half 128.0/1 on the same
            // interface it is that lower half
            length = 1;
            note = "netmask 0 read as 1: osquery prints 0 for every " + (family == AddressFamily.INET ? "0.0.0.0"
                    : "::") + " destination, and " + iface + " carries the upper half too";
        }
        Prefix prefix = Prefix.of(address, length);
        if (!prefix.address().equals(address)) {
            throw fail(r.line(), "a destination with no bits outside its netmask (" + prefix + "), found "
                    + Fields.quote(destText) + " with netmask " + maskText);
        }
        return new Parsed(r, family, prefix, iface, r.get("gateway").strip(), note);
    }

    /**
     * Windows: the longest non-host prefix of each interface that holds the interface's own address, its connected
     * subnet. osquery reports the adapter's default gateway on every IPv4 row of that adapter (PR #3259, the fix of
     * issue #3257), where route print says On-link; rows inside this subnet are on-link.
     */
    private static Map<String, Prefix> connectedPrefixes(List<Parsed> parsed) {
        Map<String, Prefix> connected = new HashMap<>();
        for (Parsed p : parsed) {
            IpAddress own = IpAddress.tryParse(p.iface());
            int length = p.prefix().length();
            if (own == null || p.family() != AddressFamily.INET || own.family() != AddressFamily.INET || length == 0
                    || length == 32 || !p.prefix().contains(own)) {
                continue;
            }
            Prefix known = connected.get(p.iface());
            if (known == null || known.length() < length) {
                connected.put(p.iface(), p.prefix());
            }
        }
        return connected;
    }

    private Route route(Parsed p, SourcePlatform platform, Map<String, Prefix> connected) {
        Row r = p.row();
        String gw = p.gateway();
        String iface = p.iface();
        Gateway gateway;
        IpAddress hop = IpAddress.tryParse(gw);
        if (gw.isEmpty() || hop != null && hop.high() == 0 && hop.low() == 0) {
            gateway = new Gateway.Interface(iface); // no next hop: Windows prints 0.0.0.0 / :: for On-link
        } else if (hop != null) {
            gateway = new Gateway.Address(hop);
        } else if (gw.startsWith("link#") && Fields.isDigits(gw.substring(5)) && gw.length() <= 14) {
            gateway = new Gateway.Link(Integer.parseInt(gw.substring(5)));
        } else if (SourcePlatform.isMac(gw)) {
            gateway = new Gateway.Mac(gw);
        } else {
            throw fail(r.line(), "an address, link#N, a MAC address or nothing as gateway, found " + Fields.quote(gw));
        }
        boolean adapterGateway = false;
        if (platform == SourcePlatform.WINDOWS && p.family() == AddressFamily.INET && gateway instanceof Gateway.Address) {
            Prefix subnet = connected.get(iface);
            Prefix dest = p.prefix();
            if (subnet != null && subnet.contains(dest) || MULTICAST_V4.contains(dest)
                    || dest.length() == 32 && dest.address().equals(LIMITED_BROADCAST)) {
                gateway = new Gateway.Interface(iface);
                adapterGateway = true;
            }
        }
        RouteFlags flags = RouteFlags.NONE;
        String flagText = r.get("flags");
        if (platform == SourcePlatform.MACOS && flagText != null && Fields.isDigits(flagText.strip())
                && !flagText.isBlank() && flagText.strip().length() <= 10) {
            flags = RouteFlags.parse(letters(Long.parseLong(flagText.strip())));
        }
        int max = p.family() == AddressFamily.INET ? 32 : 128;
        boolean host = platform == SourcePlatform.MACOS ? flags.has(RouteFlag.HOST) : p.prefix().length() == max;
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String column : ATTRIBUTE_COLUMNS) {
            String v = r.get(column);
            if (v != null && !(column.equals("source") && v.isEmpty())) {
                attributes.put(column, v);
            }
        }
        if (p.note() != null) {
            attributes.put("note", p.note());
        }
        if (adapterGateway) {
            attributes.put("adapterGateway", p.gateway());
        }
        attributes.put("platform", platform.id());
        String raw = r.get("destination").strip() + "/" + r.get("netmask").strip();
        String metricText = r.get("metric");
        // osquery prints -1 where the platform gives no metric
        Long metric = metricText == null || metricText.isBlank() || metricText.strip().equals("-1") ? null
                : Metrics.parse(source, r.line(), metricText.strip());
        return new Route(p.family(), p.prefix(), raw, host, gateway, flags, iface, Expire.NONE, r.line(), attributes,
                metric);
    }

    /** The netstat letters of an {@code rtm_flags} value; bits routediff has no letter for are left out. */
    private static String letters(long bits) {
        StringBuilder b = new StringBuilder();
        for (RouteFlag f : RouteFlag.values()) { // declared in the order netstat prints the letters
            if ((bits & (f.bit() & 0xFFFF_FFFFL)) != 0) {
                b.append(f.letter());
            }
        }
        return b.toString();
    }

    private RouteInputException fail(int line, String problem) {
        return new RouteInputException(source, line, "expected " + problem);
    }
}
