package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.Expire;
import dev.routediff.core.model.Gateway;
import dev.routediff.core.model.IpAddress;
import dev.routediff.core.model.Prefix;
import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteFlag;
import dev.routediff.core.model.RouteFlags;
import dev.routediff.core.model.RouteTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test-only route tables. The macOS parser lives in another module, so this expands just the netstat
 * abbreviations the tests use (netstat-macos.md section 4): {@code default}, dropped zero octets, classful lengths.
 */
final class Tables {

    private Tables() {
    }

    /** One IPv4 row as netstat prints it. */
    static Route row(String destination, String gateway, String flags, String iface) {
        return row(destination, gateway, flags, iface, "");
    }

    static Route row(String destination, String gateway, String flags, String iface, String expire) {
        RouteFlags f = RouteFlags.parse(flags);
        boolean host = f.has(RouteFlag.HOST);
        Prefix d = expand(destination, host);
        return new Route(d.family(), d, destination, host, gateway(gateway), f, iface, expire(expire), 0, Map.of());
    }

    /** A table of the rows, numbered from line 1. */
    static RouteTable table(String source, Route... rows) {
        return table(source, List.of(rows));
    }

    static RouteTable table(String source, List<Route> rows) {
        List<Route> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Route r = rows.get(i);
            numbered.add(new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(), r.flags(),
                    r.iface(), r.expire(), i + 1, r.attributes()));
        }
        return new RouteTable(source, "test", numbered);
    }

    /** Reads the rows of a bundled {@code netstat -nr -f inet} example (whitespace-separated columns). */
    static RouteTable resource(String name) {
        List<Route> rows = new ArrayList<>();
        for (String line : lines(name)) {
            String[] t = line.trim().split("\\s+");
            if (t.length < 4 || t[0].equals("Destination") || line.isBlank()) {
                continue;
            }
            rows.add(row(t[0], t[1], t[2], t[3], t.length > 4 ? t[4] : ""));
        }
        return table(name, rows);
    }

    /** A test resource as a file path (the JSON readers take paths). */
    static Path path(String resource) {
        try {
            var url = Tables.class.getResource("/" + resource);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String name) {
        try {
            return Files.readAllLines(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        if (text.matches("[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}")) {
            return new Gateway.Mac(text);
        }
        return new Gateway.Interface(text);
    }

    private static Expire expire(String text) {
        if (text.isEmpty()) {
            return Expire.NONE;
        }
        return text.equals("!") ? Expire.EXPIRED : Expire.seconds(Long.parseLong(text));
    }
}
