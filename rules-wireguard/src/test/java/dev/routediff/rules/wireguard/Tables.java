package dev.routediff.rules.wireguard;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test-only route tables in the rows netstat -nr prints on macOS. The parser lives in another module, so this
 * expands just the abbreviations the tests use ({@code default}, {@code 0/1}, {@code 128.0/1}, classful lengths),
 * as rules-clientvpn's builder does; IPv6 rows are written in full.
 */
final class Tables {

    /** The repository root: examples/wireguard holds the configuration files the tests read. */
    static final Path ROOT = Path.of(System.getProperty("routediff.root", "..")).toAbsolutePath().normalize();

    private Tables() {
    }

    static String example(String name) {
        return ROOT.resolve("examples/wireguard").resolve(name).toString();
    }

    static Route row(String destination, String gateway, String flags, String iface) {
        RouteFlags f = RouteFlags.parse(flags);
        boolean host = f.has(RouteFlag.HOST);
        // netstat prints both defaults as "default"; the gateway tells the section.
        Prefix d = destination.equals("default") && gateway.contains(":") ? Prefix.DEFAULT_V6 : expand(destination, host);
        return new Route(d.family(), d, destination, host, gateway(gateway), f, iface, Expire.NONE, 0, Map.of());
    }

    static RouteTable table(String source, Route... rows) {
        List<Route> numbered = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Route r = rows[i];
            numbered.add(new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(), r.flags(),
                    r.iface(), r.expire(), i + 1, r.attributes()));
        }
        return new RouteTable(source, "test", numbered);
    }

    /** A home Mac before connecting: default via 192.168.1.1 on en0, and an IPv6 default via fe80::1%en0. */
    static List<Route> home() {
        return List.of(
                row("default", "192.168.1.1", "UGScg", "en0"),
                row("127", "127.0.0.1", "UCS", "lo0"),
                row("127.0.0.1", "127.0.0.1", "UH", "lo0"),
                row("192.168.1", "link#15", "UCS", "en0"),
                row("192.168.1.1/32", "link#15", "UCS", "en0"),
                row("default", "fe80::1%en0", "UGcg", "en0"));
    }

    static RouteTable homeTable(Route... extra) {
        List<Route> rows = new ArrayList<>(home());
        rows.addAll(List.of(extra));
        return table("home", rows.toArray(Route[]::new));
    }

    static Prefix expand(String text, boolean host) {
        if (text.equals("default")) {
            return Prefix.DEFAULT_V4;
        }
        if (text.contains(":")) {
            return Prefix.parse(text);
        }
        int slash = text.indexOf('/');
        String dotted = slash < 0 ? text : text.substring(0, slash);
        int octets = dotted.split("\\.").length;
        StringBuilder full = new StringBuilder(dotted);
        for (int i = octets; i < 4; i++) {
            full.append(".0");
        }
        IpAddress a = IpAddress.parse(full.toString());
        if (slash >= 0) {
            return Prefix.of(a, Integer.parseInt(text.substring(slash + 1)));
        }
        if (host || octets == 4) {
            return Prefix.host(a);
        }
        int first = (int) (a.low() >>> 24);
        return Prefix.of(a, first < 128 ? 8 : first < 192 ? 16 : 24);
    }

    private static Gateway gateway(String text) {
        IpAddress a = IpAddress.tryParse(text);
        if (a != null) {
            return new Gateway.Address(a);
        }
        if (text.startsWith("link#")) {
            return new Gateway.Link(Integer.parseInt(text.substring(5)));
        }
        return new Gateway.Interface(text);
    }
}
