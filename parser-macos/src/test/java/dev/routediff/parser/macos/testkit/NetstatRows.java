package dev.routediff.parser.macos.testkit;

import dev.routediff.core.model.Route;
import dev.routediff.core.model.RouteTable;
import dev.routediff.core.testkit.ParserFixtures;
import dev.routediff.parser.macos.MacosNetstatParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Route tables for rule-set tests, written the way {@code netstat -rn} prints them and read by the real macOS parser,
 * so a test says {@code row("10.243/27", "10.243.0.7", "UGSc", "utun3")} and gets what routediff gets from a Mac.
 */
public final class NetstatRows {

    private static final MacosNetstatParser PARSER = new MacosNetstatParser();
    private static final String INET_HEADER = "Destination        Gateway            Flags           Netif Expire";
    private static final String INET6_HEADER = "Destination                             Gateway"
            + "                                 Flags               Netif Expire";

    private NetstatRows() {
    }

    /** One row without an Expire value. */
    public static Route row(String destination, String gateway, String flags, String iface) {
        return row(destination, gateway, flags, iface, "");
    }

    /**
     * One row as netstat prints it: IPv6 when the destination holds a ':' or is a {@code default} via an IPv6
     * gateway, IPv4 otherwise; {@code expire} is "", a number of seconds or {@code !}.
     */
    public static Route row(String destination, String gateway, String flags, String iface, String expire) {
        boolean inet6 = destination.contains(":") || (destination.equals("default") && gateway.contains(":"));
        String text = inet6
                ? String.format("Routing tables%n%nInternet6:%n%s%n%-39s %-39s %-10s %14s %6s%n", INET6_HEADER,
                        destination, gateway, flags, iface, expire)
                : String.format("Routing tables%n%nInternet:%n%s%n%-18s %-18s %-10s %10s %6s%n", INET_HEADER,
                        destination, gateway, flags, iface, expire);
        RouteTable t = ParserFixtures.parse(PARSER, text);
        if (t.size() != 1) {
            throw new AssertionError("expected one route from '" + text + "', got " + t.size());
        }
        return t.routes().get(0);
    }

    /** The rows as one table, numbered from line 1 in the order given. */
    public static RouteTable table(String source, List<Route> rows) {
        List<Route> numbered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Route r = rows.get(i);
            numbered.add(new Route(r.family(), r.destination(), r.destinationRaw(), r.host(), r.gateway(), r.flags(),
                    r.iface(), r.expire(), i + 1, r.attributes()));
        }
        return new RouteTable(source, PARSER.info().id(), numbered);
    }

    /** A saved {@code netstat -rn} file, read by the macOS parser. */
    public static RouteTable file(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return PARSER.parse(r, path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
