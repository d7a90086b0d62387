package dev.routediff.rules.clientvpn;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.parser.macos.testkit.NetstatRows;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Test route tables, written as netstat rows and read by the real macOS parser (its test-jar's {@code NetstatRows}).
 */
final class Tables {

    private Tables() {
    }

    /** One IPv4 row as netstat prints it. */
    static Route row(String destination, String gateway, String flags, String iface) {
        return row(destination, gateway, flags, iface, "");
    }

    static Route row(String destination, String gateway, String flags, String iface, String expire) {
        return NetstatRows.row(destination, gateway, flags, iface, expire);
    }

    /** A table of the rows, numbered from line 1. */
    static RouteTable table(String source, Route... rows) {
        return table(source, List.of(rows));
    }

    static RouteTable table(String source, List<Route> rows) {
        return NetstatRows.table(source, rows);
    }

    /** A bundled {@code netstat -nr -f inet} example, read by the macOS parser. */
    static RouteTable resource(String name) {
        return NetstatRows.file(path(name));
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
}
