package dev.routediff.rules.wireguard;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.parser.macos.testkit.NetstatRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test route tables in the rows netstat -nr prints on macOS, read by the real macOS parser (its test-jar's
 * {@code NetstatRows}).
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
        return NetstatRows.row(destination, gateway, flags, iface);
    }

    static RouteTable table(String source, Route... rows) {
        return NetstatRows.table(source, List.of(rows));
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
}
