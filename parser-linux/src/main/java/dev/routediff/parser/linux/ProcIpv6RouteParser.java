package dev.routediff.parser.linux;

import dev.routediff.core.input.Fields;
import com.google.auto.service.AutoService;
import dev.routediff.core.model.AddressFamily;
import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.rules.Platform;
import dev.routediff.core.spi.ParserInfo;
import dev.routediff.core.spi.RouteInputException;
import dev.routediff.core.spi.RouteTableParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code /proc/net/ipv6_route}: no header, ten blank-separated fields per row: destination (32 hex digits,
 * network order), its prefix length (2 hex digits), source and its length, next hop, then metric, refcount, use
 * and flags (8 hex digits each) and the device.
 */
@AutoService(RouteTableParser.class)
public final class ProcIpv6RouteParser extends ProcRouteFileParser {

    static final String ID = "linux-proc-ipv6-route";

    private static final int[] WIDTHS = {32, 2, 32, 2, 32, 8, 8, 8, 8};

    public ProcIpv6RouteParser() {
        super(new ParserInfo(ID, "Linux /proc/net/ipv6_route (IPv6 kernel routing table, hex)", List.of("Linux"),
                List.of("cat /proc/net/ipv6_route"), Platform.LINUX), "/proc/net/ipv6_route", List.of());
    }

    @Override
    boolean isRow(List<String> f) {
        if (f.size() != WIDTHS.length + 1) {
            return false;
        }
        for (int i = 0; i < WIDTHS.length; i++) {
            String s = f.get(i);
            if (s.length() != WIDTHS[i]) {
                return false;
            }
            for (int j = 0; j < s.length(); j++) {
                if (Character.digit(s.charAt(j), 16) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    Route row(String source, int n, String line, List<String> f) {
        if (!isRow(f)) {
            throw new RouteInputException(source, n, "expected a /proc/net/ipv6_route row (destination, length,"
                    + " source, length, next hop as hex, metric, refcnt, use, flags, device), found " + Fields.quote(line));
        }
        IpAddress dst = Addresses.fromIpv6Hex(f.get(0));
        int len = (int) Addresses.parseHex(f.get(1), 2);
        IpAddress src = Addresses.fromIpv6Hex(f.get(2));
        int srcLen = (int) Addresses.parseHex(f.get(3), 2);
        IpAddress next = Addresses.fromIpv6Hex(f.get(4));
        if (len > 128 || srcLen > 128) {
            throw new RouteInputException(source, n, "expected prefix lengths 00 to 80 (hex), found '"
                    + (len > 128 ? f.get(1) : f.get(3)) + "'");
        }
        Prefix prefix = Addresses.exactPrefix(dst, len);
        if (prefix == null) {
            throw new RouteInputException(source, n, "expected a destination with no bits beyond /" + len
                    + ", found " + dst);
        }
        String iface = f.get(9);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (srcLen != 0 || !Addresses.isUnspecified(src)) {
            Prefix from = Addresses.exactPrefix(src, srcLen);
            if (from == null) {
                throw new RouteInputException(source, n, "expected a source with no bits beyond /" + srcLen
                        + ", found " + src);
            }
            // a source-specific route: it only applies to packets from this prefix
            attributes.put("from", from.toString());
        }
        attributes.put("refcnt", Long.toString(Addresses.parseHex(f.get(6), 8)));
        attributes.put("use", Long.toString(Addresses.parseHex(f.get(7), 8)));
        long flags = Addresses.parseHex(f.get(8), 8);
        boolean noDevice = iface.equals("*");
        Gateway gateway = Gateways.of(next, (flags & LinuxFlags.RTF_REJECT) != 0, noDevice, iface);
        // eight hex digits (shaped() checked them): always a 32-bit metric
        long metric = Addresses.parseHex(f.get(5), 8);
        return new Route(AddressFamily.INET6, prefix, f.get(0) + " " + f.get(1), len == 128, gateway,
                LinuxFlags.fromBits(f.get(8), flags), noDevice ? "" : iface, Expire.NONE, n, attributes, metric);
    }
}
