package dev.routediff.parser.linux;

import dev.routediff.core.input.Fields;
import dev.routediff.core.input.Metrics;
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
 * Reads {@code /proc/net/route}: the kernel's IPv4 FIB, one tab-separated row per route, addresses and masks as
 * eight hex digits in host byte order. Little-endian hosts (x86, little-endian ARM: nearly every Linux machine)
 * are assumed; the file itself does not say.
 */
@AutoService(RouteTableParser.class)
public final class ProcRouteParser extends ProcRouteFileParser {

    static final String ID = "linux-proc-route";

    static final List<String> HEADER = List.of("Iface", "Destination", "Gateway", "Flags", "RefCnt", "Use",
            "Metric", "Mask", "MTU", "Window", "IRTT");

    public ProcRouteParser() {
        super(new ParserInfo(ID, "Linux /proc/net/route (IPv4 kernel routing table, little-endian hex)",
                List.of("Linux (little-endian hosts)"), List.of("cat /proc/net/route"), Platform.LINUX),
                "/proc/net/route", HEADER);
    }

    @Override
    boolean isRow(List<String> f) {
        return f.size() == HEADER.size();
    }

    @Override
    Route row(String source, int n, String line, List<String> f) {
        if (!isRow(f)) {
            throw new RouteInputException(source, n, "expected " + HEADER.size() + " fields (Iface to IRTT), found "
                    + f.size() + " in " + Fields.quote(line));
        }
        String iface = f.get(0);
        IpAddress dst = hex(source, n, "Destination", f.get(1));
        IpAddress gw = hex(source, n, "Gateway", f.get(2));
        long flagBits = Addresses.parseHex(f.get(3), 4);
        if (flagBits < 0) {
            throw new RouteInputException(source, n, "expected Flags as four hex digits, found '" + f.get(3) + "'");
        }
        IpAddress mask = hex(source, n, "Mask", f.get(7));
        int len = Addresses.maskLength(mask);
        if (len < 0) {
            throw new RouteInputException(source, n, "expected a contiguous Mask, found '" + f.get(7) + "' ("
                    + mask + ")");
        }
        Prefix prefix = Addresses.exactPrefix(dst, len);
        if (prefix == null) {
            throw new RouteInputException(source, n, "expected a Destination with no bits beyond its Mask, found "
                    + dst + " with mask " + mask);
        }
        long metric = Metrics.parse(source, n, f.get(6));
        for (int i : new int[] {4, 5, 8, 9, 10}) {
            if (!Text.isDecimal(f.get(i))) {
                throw new RouteInputException(source, n, "expected a decimal " + HEADER.get(i) + ", found '"
                        + f.get(i) + "'");
            }
        }
        boolean noDevice = iface.equals("*");
        Gateway gateway = Gateways.of(gw, (flagBits & LinuxFlags.RTF_REJECT) != 0, noDevice, iface);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i : new int[] {4, 5, 8, 9, 10}) {
            attributes.put(HEADER.get(i), f.get(i));
        }
        return new Route(AddressFamily.INET, prefix, f.get(1), len == 32, gateway,
                LinuxFlags.fromBits(f.get(3), flagBits), noDevice ? "" : iface, Expire.NONE, n, attributes, metric);
    }

    private static IpAddress hex(String source, int n, String column, String text) {
        IpAddress a = Addresses.fromLittleEndianHex(text);
        if (a == null) {
            throw new RouteInputException(source, n, "expected " + column + " as eight hex digits, found '"
                    + text + "'");
        }
        return a;
    }
}
