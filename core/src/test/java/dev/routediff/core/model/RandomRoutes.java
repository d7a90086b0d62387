package dev.routediff.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded routes of every shape a table stores: the compact IPv4 row and each reason a row is kept as an object
 * (IPv6, zones, irregular masks, interface and other gateways, MACs not in netstat's form, extra columns, long
 * expiries, non-Latin-1 text). Values are drawn from small sets so that tables share routes for diffs.
 */
public final class RandomRoutes {

    private static final String[] FLAGS = {"UGSc", "UGScg", "UCS", "UH", "UHLWI", "UHLWIi", "UHLS", "UC", "ULWIi"};
    private static final String[] IFACES = {"en0", "en1", "utun3", "lo0", "bridge100"};

    private final Random rnd;

    public RandomRoutes(long seed) {
        this.rnd = new Random(seed);
    }

    public Random random() {
        return rnd;
    }

    public List<Route> table(int size) {
        List<Route> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(route(i + 1));
        }
        return out;
    }

    public Route route(int line) {
        RouteFlags flags = RouteFlags.parse(FLAGS[rnd.nextInt(FLAGS.length)]);
        String iface = IFACES[rnd.nextInt(IFACES.length)];
        Expire expire = switch (rnd.nextInt(6)) {
            case 0 -> Expire.EXPIRED;
            case 1 -> Expire.seconds(rnd.nextInt(1200));
            case 2 -> Expire.seconds(rnd.nextInt(20) == 0 ? 5_000_000_000L : 0);
            default -> Expire.NONE;
        };
        Map<String, String> attributes = rnd.nextInt(12) == 0
                ? new LinkedHashMap<>(Map.of("Refs", Integer.toString(rnd.nextInt(9)))) : Map.of();
        if (rnd.nextInt(8) == 0) {
            IpAddress a = IpAddress.ipv6(0xfe80L << 48 | rnd.nextInt(4), rnd.nextInt(16),
                    rnd.nextBoolean() ? iface : null);
            Prefix p = Prefix.of(a, rnd.nextBoolean() ? 64 : 128);
            Gateway g = rnd.nextBoolean() ? new Gateway.Link(rnd.nextInt(12)) : new Gateway.Address(a);
            return new Route(AddressFamily.INET6, p, p.toString(), p.isHostLength(), g, flags, iface, expire, line,
                    attributes);
        }
        Prefix dest;
        String raw;
        if (rnd.nextInt(30) == 0) {
            dest = new Prefix(IpAddress.ipv4(0x0A000000L + rnd.nextInt(4)), -1, "0xffffff");
            raw = "10&0xffffff";
        } else {
            int len = new int[] {0, 8, 16, 24, 27, 30, 32}[rnd.nextInt(7)];
            dest = Prefix.of(IpAddress.ipv4(0x0AF30000L | rnd.nextInt(4) << 8 | rnd.nextInt(8)), len);
            raw = rnd.nextInt(40) == 0 ? "\u0645" + dest : dest.toString().replace(".0/", "/");
        }
        Gateway g = switch (rnd.nextInt(7)) {
            case 0 -> new Gateway.Link(rnd.nextInt(12));
            case 1 -> new Gateway.Mac(rnd.nextInt(5) == 0 ? "0A:1b:2:3:4:5" : "a:1b:2:3:4:" + rnd.nextInt(3));
            case 2 -> new Gateway.Interface(iface);
            case 3 -> new Gateway.Other("gw-" + rnd.nextInt(3));
            default -> new Gateway.Address(IpAddress.ipv4(0xC0A80001L + rnd.nextInt(3)));
        };
        return new Route(AddressFamily.INET, dest, raw, flags.has(RouteFlag.HOST), g, flags, iface, expire, line,
                attributes);
    }
}
